import { once } from 'node:events';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { chmod, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { Sink } from './process.js';

/** Reads a file (or standard input for `-`) in 256 KiB chunks (small chunks keep the garbage per step small). */
export function readInput(input: string): AsyncIterable<Uint8Array> {
  return input === '-' ? process.stdin : createReadStream(input, { highWaterMark: 1 << 18 });
}

/** A sink over a Node writable stream that waits when the stream asks it to. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    write(data) {
      if (!stream.write(data)) return once(stream, 'drain').then(() => undefined);
    },
  };
}

/**
 * The temporary files (and scratch folders) being written, so that an interrupted run can remove them. A worker thread
 * replaces `track` to tell the main thread.
 */
export const tempFiles = {
  open: new Set<string>(),
  track(path: string, open: boolean): void {
    if (open) tempFiles.open.add(path);
    else tempFiles.open.delete(path);
  },
};

/** Removes every temporary file still open (on SIGINT or SIGTERM). */
export function removeTempFiles(): void {
  for (const path of tempFiles.open) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {}
  }
  tempFiles.open.clear();
}

/**
 * Runs `fill` with a sink on a temporary file beside `target`, then renames the temporary file
 * onto `target`; on any error the temporary file is removed and `target` is left as it was. An
 * existing `target` keeps its permission bits.
 */
export async function writeAtomically<T>(
  target: string,
  fill: (sink: Sink) => Promise<T>,
): Promise<T> {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  const file = createWriteStream(temp, { flags: 'wx', highWaterMark: 1 << 20 });
  tempFiles.track(temp, true);
  const failed = new Promise<never>((_, reject) => file.once('error', reject));
  failed.catch(() => undefined);
  try {
    await Promise.race([once(file, 'open'), failed]);
    const result = await Promise.race([fill(streamSink(file)), failed]);
    file.end();
    await Promise.race([once(file, 'close'), failed]);
    const mode = await stat(target).then(
      (s) => s.mode,
      () => undefined,
    );
    if (mode !== undefined) await chmod(temp, mode & 0o7777);
    await rename(temp, target);
    tempFiles.track(temp, false);
    return result;
  } catch (error) {
    file.destroy();
    await unlink(temp).catch(() => undefined);
    tempFiles.track(temp, false);
    throw error;
  }
}

/** Where `--out-dir` puts the output of `input`: its path relative to the working directory, or its name. */
export function outDirTarget(outDir: string, input: string): string {
  const rel = relative(process.cwd(), input);
  return join(outDir, rel.startsWith('..') || isAbsolute(rel) ? basename(input) : rel);
}
