import { once } from 'node:events';
import { createReadStream, createWriteStream, rmdirSync, rmSync } from 'node:fs';
import { chmod, chown, lstat, mkdir, open, readlink, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Sink } from './process.js';

/** A file or stream problem, said in words: exit code 3. */
export class IoError extends Error {
  constructor(
    message: string,
    /** The system error code behind it (`EPIPE`, `ENOSPC`...), if any. */
    readonly code?: string,
  ) {
    super(message);
  }
}

const WORDS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a file is in the way (not a directory)',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENXIO: 'no reader or device at the other end',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EFBIG: 'file too large',
  EPIPE: 'the reader went away',
};

/** One line saying what went wrong with `path` (or the path the error names), without a stack. */
export function describeError(error: unknown, path?: string): string {
  if (error instanceof IoError) return error.message;
  const e = error as NodeJS.ErrnoException;
  const words = (e.code && WORDS[e.code]) ?? e.message?.replace(/^[A-Z]+: /, '') ?? String(error);
  const where = path ?? e.path;
  return where === undefined ? words : `${where}: ${words}`;
}

/** Bytes read at a time from a file: few system calls; the text is decoded in smaller slices. */
const READ_SIZE = 1 << 20;

/** Reads a file (or standard input for `-`) in chunks of 1 MiB, each a buffer of its own. */
export function readInput(input: string): AsyncIterable<Uint8Array> {
  return input === '-' ? process.stdin : createReadStream(input, { highWaterMark: READ_SIZE });
}

/**
 * Reads a file (or standard input for `-`) in chunks of 1 MiB that share one buffer: a chunk is
 * valid only until the next is asked for, so the reader must be done with it (decoding copies what
 * it keeps). A new buffer per read left about 75 MB of read and written buffers waiting for the
 * collector on a 100 MB file.
 */
export function readInputInPlace(input: string): AsyncIterable<Uint8Array> {
  return input === '-' ? process.stdin : readReusing(input);
}

async function* readReusing(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(READ_SIZE);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, READ_SIZE, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

/**
 * A sink over a Node writable stream that waits when the stream asks it to, and fails when it
 * fails; with `name`, its errors are said in words naming it.
 */
export function streamSink(stream: NodeJS.WritableStream, name?: string): Sink {
  let failure: unknown;
  const failed = (error: NodeJS.ErrnoException) => {
    failure ??= name === undefined ? error : new IoError(describeError(error, name), error.code);
    return failure;
  };
  stream.on('error', failed);
  return {
    write(data, written) {
      if (failure !== undefined) throw failure;
      let more: boolean;
      try {
        more =
          written === undefined
            ? stream.write(data)
            : stream.write(data, (error) => {
                if (error == null) written();
              });
      } catch (error) {
        throw failed(error as NodeJS.ErrnoException); // Node 18 throws a file's write error here
      }
      if (!more) {
        return new Promise<void>((resolve, reject) => {
          const done = (error?: unknown) => {
            stream.off('drain', done);
            stream.off('error', done);
            if (error === undefined) resolve();
            else reject(failure ?? error);
          };
          stream.on('drain', done);
          stream.on('error', done);
        });
      }
    },
  };
}

/**
 * The temporary files and scratch folders this run may have created, so that every way out of it
 * (error, signal, a closed pipe) removes them. Paths are registered before they are created.
 */
export const tempFiles = {
  open: new Set<string>(),
  track(path: string, open: boolean): void {
    if (open) tempFiles.open.add(path);
    else tempFiles.open.delete(path);
  },
};

/** Folders this run created for its outputs, removed again (when still empty) if the run fails. */
const createdFolders: string[] = [];

/** Removes the folders the run created, newest first, leaving any that are not empty. */
export function removeCreatedFolders(): void {
  for (const folder of createdFolders.reverse()) {
    try {
      rmdirSync(folder);
    } catch {}
  }
  createdFolders.length = 0;
}

/** Removes every temporary file and scratch folder still registered. */
export function removeTempFiles(): void {
  for (const path of tempFiles.open) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {}
  }
  tempFiles.open.clear();
}

/**
 * Creates `dir` and its missing parents one by one, so that a path that cannot be created fails at
 * once with the reason (`mkdir -p` through Node can loop on some paths, e.g. under /proc).
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw new IoError(describeError(error, at));
    });
    if (info?.isDirectory()) break;
    if (info !== undefined) throw new IoError(`${at}: a file is in the way of the folder ${dir}`);
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const path of missing.reverse()) {
    const made = await mkdir(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw new IoError(`cannot create the folder ${describeError(error, path)}`);
      },
    );
    if (made) createdFolders.push(path);
  }
}

/** Where an output goes, decided before anything is read. */
export interface OutputPlan {
  /** The path as given (for messages). */
  shown: string;
  /** The file really written: symbolic links followed. */
  real: string;
  /** Written straight into (a device, a FIFO) rather than through a temporary file. */
  direct: boolean;
  /** Owner and permission bits of the file replaced, kept on the new one. */
  keep?: { mode: number; uid: number; gid: number };
  /** The temporary file beside `real` (registered in {@link tempFiles} when planned). */
  temp: string;
  /** device:inode of an existing target, to compare with the inputs. */
  identity?: string;
}

let tempCounter = 0;

/** Follows symbolic links from `path` to the path they end at (which may not exist yet). */
async function followLinks(path: string): Promise<string> {
  let at = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(at).catch(() => undefined);
    if (!info?.isSymbolicLink()) return at;
    const link = await readlink(at);
    at = resolve(dirname(at), link);
  }
  throw new IoError(`${path}: too many symbolic links`);
}

export const identityOf = (info: { dev: number; ino: number }) => `${info.dev}:${info.ino}`;

/**
 * Plans the writing of `target`: a regular file (or a new one) is written to a temporary file in
 * the same folder, then renamed onto it, keeping its owner and permission bits; a symbolic link is
 * followed to its target, which is replaced (the link stays); a device or FIFO is written straight
 * into; a folder is an error. The folder is created now, so a path that cannot be is an error
 * before any work.
 */
export async function planOutput(target: string): Promise<OutputPlan> {
  const real = await followLinks(target);
  const info = await stat(real).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new IoError(describeError(error, target));
  });
  if (info?.isDirectory()) throw new IoError(`${target}: is a directory`);
  if (info === undefined) await makeDirectory(dirname(real));
  const direct = info !== undefined && !info.isFile();
  const temp = join(dirname(real), `.${basename(real)}.${process.pid}.${++tempCounter}.tmp`);
  const plan: OutputPlan = { shown: target, real, direct, temp };
  if (info !== undefined) {
    plan.identity = identityOf(info);
    if (info.isFile()) plan.keep = { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
  }
  if (!direct) tempFiles.track(temp, true);
  return plan;
}

/**
 * Runs `fill` with a sink on the planned output. Through a temporary file, the target changes only
 * when everything was written: on any error the temporary file is removed and the target is left as
 * it was.
 */
export async function writeOutput<T>(
  plan: OutputPlan,
  fill: (sink: Sink) => Promise<T>,
): Promise<T> {
  const path = plan.direct ? plan.real : plan.temp;
  const file = createWriteStream(path, {
    flags: plan.direct ? 'w' : 'wx',
    highWaterMark: 1 << 20,
  });
  const failed = new Promise<never>((_, reject) => file.once('error', reject));
  failed.catch(() => undefined);
  try {
    await Promise.race([once(file, 'open'), failed]);
    const result = await Promise.race([fill(streamSink(file)), failed]);
    file.end();
    await Promise.race([once(file, 'close'), failed]);
    if (!plan.direct) {
      if (plan.keep !== undefined) {
        await chmod(plan.temp, plan.keep.mode);
        // As root, the replaced file keeps its owner; others cannot give a file away (and their
        // new file is theirs, as with any editor that saves by renaming).
        await chown(plan.temp, plan.keep.uid, plan.keep.gid).catch(() => undefined);
      }
      await rename(plan.temp, plan.real);
      tempFiles.track(plan.temp, false);
    }
    return result;
  } catch (error) {
    file.destroy();
    if (!plan.direct) {
      await unlink(plan.temp).catch(() => undefined);
      tempFiles.track(plan.temp, false);
    }
    const e = error as NodeJS.ErrnoException;
    if (typeof e?.code !== 'string') throw error; // bad data under --strict, a worker's error
    const named = e.path !== undefined && e.path !== plan.temp && e.path !== plan.real;
    throw new IoError(describeError(error, named ? e.path : plan.shown));
  }
}

/** Where `--out-dir` puts the output of `input`: its path relative to the working directory, or its name. */
export function outDirTarget(outDir: string, input: string): string {
  const rel = relative(process.cwd(), input);
  return join(outDir, rel.startsWith('..') || isAbsolute(rel) ? basename(input) : rel);
}
