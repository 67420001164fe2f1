import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, ensureBuilt, nodeForCli } from './support.js';

let dir: string;
const MB = 1 << 20;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'arabic-normalize-memory-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI on `file` and returns its peak resident set size in MiB and its time in seconds. */
function measure(args: string[]): { rss: number; seconds: number; code: number | null } {
  const rssFile = join(dir, 'rss');
  const started = performance.now();
  const result = spawnSync(nodeForCli, [bin, ...args], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_OPTIONS: `--require ${join(import.meta.dirname, 'max-rss.cjs')}`,
      MAX_RSS_FILE: rssFile,
    },
    timeout: 120_000,
  });
  const seconds = (performance.now() - started) / 1000;
  return { rss: Number(readFileSync(rssFile, 'utf8')) / 1024, seconds, code: result.status };
}

/** A file of about `size` bytes made of `line(i)` lines. */
function write(name: string, size: number, line: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const l = `${line(i)}\n`;
    parts.push(l);
    length += Buffer.byteLength(l);
  }
  writeFileSync(join(dir, name), parts.join(''));
  return name;
}

const body = 'قال الوزير إن العمليات مستمرة في المنطقة منذ أيام';

describe('memory is bounded by the longest line, for every line shape', () => {
  it.each([
    ['digits', (i: number) => `${i}. ${body}`],
    ['spaces', (i: number) => `    ${body} ${i}`],
    ['dashes', (i: number) => `- ${body} ${i}`],
    ['guillemets', (i: number) => `«${body}» ${i}`],
    ['Persian letters', (i: number) => `گفت ${body} ${i}`],
  ])(
    'a file whose lines begin with %s: 16 MB more input, well under 40 MB more memory',
    (name, line) => {
      const small = write(`${name}-small.txt`, 2 * MB, line);
      const large = write(`${name}-large.txt`, 18 * MB, line);
      const a = measure([small]);
      const b = measure([large]);
      expect([a.code, b.code]).toEqual([0, 0]);
      // Holding the text whole costs about 4 bytes of memory per byte of input (UTF-16, copies):
      // 66 MB more here before lines of every shape could be cut. The garbage collector's slack
      // is some 15-20 MB.
      expect(b.rss - a.rss).toBeLessThan(40);
    },
  );
});

describe('JSON Lines on worker threads', () => {
  it('one long record with --jobs 2 takes about the time of one job (linear block split)', () => {
    const record = JSON.stringify({ id: 1, text: `${body} `.repeat(250_000) }); // about 25 MB
    writeFileSync(join(dir, 'long.jsonl'), `${record}\n{"text":"ک"}\n`);
    const one = measure(['--jsonl', 'long.jsonl']);
    const two = measure(['--jsonl', '--jobs', '2', 'long.jsonl']);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.seconds).toBeLessThan(2 * one.seconds + 2);
  });

  it('--jobs 256 on a short input starts only the threads the work needs', () => {
    const lines = Array.from({ length: 23 }, (_, i) => JSON.stringify({ i, text: body }));
    writeFileSync(join(dir, 'short.jsonl'), `${lines.join('\n')}\n`);
    const one = measure(['--jsonl', 'short.jsonl']);
    const many = measure(['--jsonl', '--jobs', '256', 'short.jsonl']);
    expect(many.code).toBe(0);
    // One more thread costs some ten MB; 256 of them would cost gigabytes.
    expect(many.rss - one.rss).toBeLessThan(100);
  });
});
