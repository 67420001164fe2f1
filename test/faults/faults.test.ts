import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bin,
  ensureBuilt,
  exited,
  filesUnder,
  makeFifo,
  mountTmpfs,
  nodeForCli,
  root,
  runCli,
  startCli,
  unmount,
  until,
} from './support.js';

let dir: string;
let normalize: (text: string, options?: object) => string;
const mounts: string[] = [];
const asRoot = process.getuid?.() === 0;
const text = 'علیھا داعش في ۲۰۱۸\n';
const old = 'the old content, which must survive\n';
const shell = (script: string, env?: NodeJS.ProcessEnv) =>
  spawnSync('bash', ['-c', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_BIN: nodeForCli, CLI_BIN: bin },
    timeout: 60_000,
  });

beforeAll(async () => {
  ensureBuilt();
  ({ normalize } = await import(pathToFileURL(join(root, 'dist/index.js')).href));
  dir = mkdtempSync(join(tmpdir(), 'arabic-normalize-faults-'));
  writeFileSync(join(dir, 'a.txt'), text);
  writeFileSync(join(dir, 'big.txt'), text.repeat(60_000)); // about 2 MB
});

afterAll(() => {
  for (const at of mounts) unmount(at);
  rmSync(dir, { recursive: true, force: true });
});

describe('a full disk', () => {
  it('-o onto a full file system exits 3 with one line and leaves neither target nor temporary file', () => {
    const full = asRoot ? mountTmpfs(dir, 'full', 'size=64k') : undefined;
    if (full === undefined) {
      // No tmpfs to fill: the device that is always full.
      const result = runCli(dir, ['-o', '/dev/full', 'big.txt']);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe('arabic-normalize: /dev/full: no space left on device\n');
      return;
    }
    mounts.push(full);
    const result = runCli(dir, ['-o', 'full/out.txt', 'big.txt']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('arabic-normalize: full/out.txt: no space left on device\n');
    expect(filesUnder(full)).toEqual([]);
  });

  it.runIf(asRoot)('--in-place on a nearly full file system keeps the original whole', () => {
    const full = mountTmpfs(dir, 'nearly-full', 'size=64k');
    if (full === undefined) return;
    mounts.push(full);
    // 40 kB that normalising keeps as large (no run of one letter to reduce): a second copy does not fit.
    const original = `${'بی'.repeat(10_000)}\n`;
    writeFileSync(join(full, 'keep.txt'), original);
    const result = runCli(dir, ['--in-place', 'nearly-full/keep.txt']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^arabic-normalize: .*no space left on device\n$/);
    expect(readFileSync(join(full, 'keep.txt'), 'utf8')).toBe(original);
    expect(filesUnder(full)).toEqual(['keep.txt']);
  });

  it('a full standard output exits 3 with one line', () => {
    const result = shell('"$NODE_BIN" "$CLI_BIN" big.txt > /dev/full');
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('arabic-normalize: standard output: no space left on device\n');
  });
});

describe('a read-only output', () => {
  it.runIf(asRoot)(
    '-o and --in-place on a read-only file system exit 3 in words, changing nothing',
    () => {
      const ro = mountTmpfs(dir, 'ro', 'size=1m');
      if (ro === undefined) return;
      mounts.push(ro);
      writeFileSync(join(ro, 'keep.txt'), text);
      expect(spawnSync('mount', ['-o', 'remount,ro', ro]).status).toBe(0);
      const out = runCli(dir, ['-o', 'ro/out.txt', 'a.txt']);
      expect(out.code).toBe(3);
      expect(out.stderr).toBe('arabic-normalize: ro/out.txt: read-only file system\n');
      const inPlace = runCli(dir, ['--in-place', 'ro/keep.txt']);
      expect(inPlace.code).toBe(3);
      expect(inPlace.stderr).toBe('arabic-normalize: ro/keep.txt: read-only file system\n');
      expect(filesUnder(ro)).toEqual(['keep.txt']);
    },
  );

  it('an output folder that cannot be created fails at once', () => {
    const started = Date.now();
    const result = runCli(dir, ['-o', '/proc/nope/out.txt', 'a.txt']);
    expect(result.code).toBe(3);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('symbolic links and FIFOs', () => {
  it('--in-place through a symbolic link replaces the file it points to and keeps the link', () => {
    writeFileSync(join(dir, 'target.txt'), text);
    symlinkSync('target.txt', join(dir, 'link.txt'));
    expect(runCli(dir, ['--in-place', 'link.txt']).code).toBe(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('target.txt');
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe(normalize(text));
  });

  it('reads a FIFO and writes into a FIFO, which stays one', () => {
    if (!makeFifo(join(dir, 'in.fifo')) || !makeFifo(join(dir, 'out.fifo'))) return;
    const result = shell(
      'cat out.fifo > fifo-result.txt & cat a.txt > in.fifo & "$NODE_BIN" "$CLI_BIN" -o out.fifo in.fifo; wait',
    );
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'fifo-result.txt'), 'utf8')).toBe(normalize(text));
    expect(lstatSync(join(dir, 'out.fifo')).isFIFO()).toBe(true);
  });
});

describe('signals and kill -9 mid-run', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)(
    '%s mid-run removes its temporary file, leaves the target as it was and ends by the signal (%i in a shell)',
    async (signal, _shellCode) => {
      const folder = join(dir, `signal-${signal}`);
      mkdirSync(folder);
      writeFileSync(join(folder, 'out.txt'), old);
      const child = startCli(folder, ['-o', 'out.txt']);
      child.stdin!.write('قال الوزير\n'); // standard input stays open: the run is mid-way
      await until(() => filesUnder(folder).some((f) => f.endsWith('.tmp')), 'the temporary file');
      const ended = exited(child);
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(filesUnder(folder)).toEqual(['out.txt']);
      expect(readFileSync(join(folder, 'out.txt'), 'utf8')).toBe(old);
    },
  );

  it('SIGTERM with two worker threads mid-way through two files leaves no temporary file and no new folder', async () => {
    const folder = join(dir, 'signal-jobs');
    mkdirSync(folder);
    if (!makeFifo(join(folder, 'one.fifo')) || !makeFifo(join(folder, 'two.fifo'))) return;
    // Writers that keep the FIFOs open: the workers read a line each, then wait.
    const writers = ['one.fifo', 'two.fifo'].map((fifo) =>
      spawn('bash', ['-c', `exec > ${fifo}; printf 'قال\\n'; exec sleep 60`], { cwd: folder }),
    );
    const child = startCli(folder, ['--out-dir', 'out', '-j2', 'one.fifo', 'two.fifo']);
    try {
      await until(
        () => existsSync(join(folder, 'out')) && filesUnder(join(folder, 'out')).length === 2,
        'two temporary files',
      );
      const ended = exited(child);
      child.kill('SIGTERM');
      expect(await ended).toBe('SIGTERM');
      expect(filesUnder(folder)).toEqual(['one.fifo', 'two.fifo']);
      expect(existsSync(join(folder, 'out'))).toBe(false);
    } finally {
      for (const writer of writers) writer.kill('SIGKILL');
      child.kill('SIGKILL');
    }
  });

  it('kill -9 mid-run leaves the target whole, with its old content', async () => {
    const folder = join(dir, 'kill-9');
    mkdirSync(folder);
    writeFileSync(join(folder, 'out.txt'), old);
    const child = startCli(folder, ['-o', 'out.txt']);
    child.stdin!.write(text.repeat(1000));
    await until(() => filesUnder(folder).some((f) => f.endsWith('.tmp')), 'the temporary file');
    const ended = exited(child);
    child.kill('SIGKILL');
    expect(await ended).toBe('SIGKILL');
    expect(readFileSync(join(folder, 'out.txt'), 'utf8')).toBe(old);
  });
});

describe('a closed pipe', () => {
  it('| head with --jobs 2 stops quietly and leaves no scratch folder in the temporary directory', () => {
    const scratch = join(dir, 'tmp-head');
    mkdirSync(scratch);
    for (const name of ['x1.txt', 'x2.txt', 'x3.txt']) {
      writeFileSync(join(dir, name), text.repeat(100_000));
    }
    const result = shell(
      'set -o pipefail; "$NODE_BIN" "$CLI_BIN" --jobs 2 x1.txt x2.txt x3.txt | head -c 100 >/dev/null',
      {
        TMPDIR: scratch,
      },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(filesUnder(scratch)).toEqual([]);
  });
});

describe('bad bytes and malformed records', () => {
  const dump = Buffer.concat([
    Buffer.from('{"text":"علیھا"}\n{"text":"'),
    Buffer.from([0xc3, 0x28, 0xff]),
    Buffer.from('"}\n{"text": broken\n[1,2]\n{"text":"ok"}'),
  ]);

  it('are counted, reported with line numbers and passed on, with exit 0', () => {
    writeFileSync(join(dir, 'dump.jsonl'), dump);
    for (const jobs of ['1', '2']) {
      const result = runCli(dir, ['--jsonl', '-j', jobs, 'dump.jsonl']);
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')).toHaveLength(5);
      expect(result.stderr).toContain('dump.jsonl:2: invalid UTF-8 at byte');
      expect(result.stderr).toContain('dump.jsonl:3: malformed JSON record');
      expect(result.stderr).toContain('dump.jsonl:4: malformed JSON record');
      expect(result.stderr).toContain('2 malformed JSON record(s) passed through unchanged');
    }
  });

  it('stop an --in-place --strict run with exit 1, leaving the file and no temporary file', () => {
    const folder = join(dir, 'strict');
    mkdirSync(folder);
    writeFileSync(join(folder, 'dump.jsonl'), dump);
    const result = runCli(folder, ['--jsonl', '--strict', '--in-place', 'dump.jsonl']);
    expect(result.code).toBe(1);
    expect(readFileSync(join(folder, 'dump.jsonl'))).toEqual(dump);
    expect(filesUnder(folder)).toEqual(['dump.jsonl']);
  });
});
