import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli.js');
let dir: string;
// Expected outputs come from the same build as the binary: these tests check the command-line
// plumbing, and the library's own tests check the rules.
let normalize: (text: string, options?: object) => string;
let splitSentences: (text: string) => { text: string; start: number; end: number }[];

/** Runs the built binary in the temporary folder. */
function cli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const text = 'علیھا داعش في ۲۰۱۸\r\n\r\n\r\nوأضاف  أن 7.7 مليون شخص تحرروا. ثم انتهى\n';

beforeAll(async () => {
  // CI builds before testing; a developer running this file alone gets a build here.
  if (!existsSync(bin) || !existsSync(join(root, 'dist/index.js'))) {
    execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  }
  ({ normalize, splitSentences } = await import(pathToFileURL(join(root, 'dist/index.js')).href));
  dir = mkdtempSync(join(tmpdir(), 'arabic-normalize-cli-'));
  writeFileSync(join(dir, 'a.txt'), text);
  writeFileSync(join(dir, 'b.txt'), 'الـعـراق ۳\n');
  writeFileSync(
    join(dir, 'bad.txt'),
    Buffer.concat([Buffer.from('قال '), Buffer.from([0xff, 0xd8]), Buffer.from(' ک\n')]),
  );
  writeFileSync(
    join(dir, 'dump.jsonl'),
    '{"id":1,"text":"علیھا ۲۰۱۸","meta":{"title":"ک"},"n":1.0}\r\n{"id":2, broken\n\n{"id":3,"text":"ok"}',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('arabic-normalize (built binary)', () => {
  it('normalises a file to standard output', () => {
    const { code, stdout, stderr } = cli(['a.txt']);
    expect(code).toBe(0);
    expect(stdout).toBe(normalize(text));
    expect(stderr).toBe('');
  });

  it('normalises standard input, with options mirroring the API', () => {
    const { code, stdout } = cli(['--preset', 'search', '--digits', 'arabic-indic'], text);
    expect(code).toBe(0);
    expect(stdout).toBe(normalize(text, { preset: 'search', digits: 'arabic-indic' }));
  });

  it('concatenates several inputs in order, with -o writing a file', () => {
    const { code } = cli(['-o', 'out/joined.txt', 'a.txt', 'b.txt']);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'out/joined.txt'), 'utf8')).toBe(
      normalize(text) + normalize('الـعـراق ۳\n'),
    );
  });

  it('--jobs 2 gives the same output, in the same order, as one job', () => {
    const one = cli(['a.txt', 'b.txt', 'a.txt', 'b.txt']);
    const two = cli(['--jobs', '2', 'a.txt', 'b.txt', 'a.txt', 'b.txt']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--out-dir writes one file per input and leaves no temporary file behind', () => {
    const { code } = cli(['--out-dir', 'clean', '--jobs', '2', 'a.txt', 'b.txt']);
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'clean')).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(dir, 'clean/a.txt'), 'utf8')).toBe(normalize(text));
  });

  it('--in-place replaces the file, keeping its permissions', () => {
    mkdirSync(join(dir, 'inplace'));
    const file = join(dir, 'inplace/c.txt');
    writeFileSync(file, text);
    chmodSync(file, 0o640);
    expect(cli(['--in-place', 'inplace/c.txt']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(normalize(text));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'inplace'))).toEqual(['c.txt']);
  });

  it('--in-place --strict on bad input leaves the original untouched and exits 1', () => {
    const before = readFileSync(join(dir, 'bad.txt'));
    const { code, stderr } = cli(['--in-place', '--strict', 'bad.txt']);
    expect(code).toBe(1);
    expect(stderr).toContain('bad.txt: invalid UTF-8 at byte 7');
    expect(readFileSync(join(dir, 'bad.txt'))).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces invalid UTF-8 by U+FFFD, reporting file and byte offset and a count', () => {
    const { code, stdout, stderr } = cli(['bad.txt']);
    expect(code).toBe(0);
    expect(stdout).toBe(normalize('قال \ufffd\ufffd ک\n'));
    expect(stderr).toContain('bad.txt: invalid UTF-8 at byte 7');
    expect(stderr).toContain('bad.txt: invalid UTF-8 at byte 8');
    expect(stderr).toContain('2 invalid UTF-8 sequence(s) replaced by U+FFFD');
  });

  it('--jsonl normalises the named fields and passes a malformed record through with its line number', () => {
    const { code, stdout, stderr } = cli([
      '--jsonl',
      '--field',
      'text',
      '--field',
      'meta.title',
      'dump.jsonl',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '{"id":1,"text":"عليها 2018","meta":{"title":"ك"},"n":1.0}\r\n{"id":2, broken\n\n{"id":3,"text":"ok"}',
    );
    expect(stderr).toContain('dump.jsonl:2: malformed JSON record passed through unchanged');
    expect(stderr).toContain('1 malformed JSON record(s) passed through unchanged');
  });

  it('--jsonl --jobs 2 on one input (several blocks) gives the same output, in order, as one job', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) =>
      JSON.stringify({ i, text: `سطر ${i} علیھا  ۲۰` }),
    );
    writeFileSync(join(dir, 'big.jsonl'), `${lines.join('\n')}\n`); // > 1 MiB: several blocks
    const one = cli(['--jsonl', 'big.jsonl']);
    const two = cli(['--jsonl', '--jobs', '2', 'big.jsonl']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n')[39_999]).toBe(
      JSON.stringify({ i: 39_999, text: 'سطر 39999 عليها 20' }),
    );
  });

  it('--jsonl filters standard input line for line, as a Hadoop Streaming or RDD.pipe command', () => {
    const input = '{"text":"علیھا"}\n\n{"text":"ok","n":1e400}\nnot json\n';
    const { code, stdout } = cli(['--jsonl', '--jobs', '2', '--quiet'], input);
    expect(code).toBe(0);
    expect(stdout).toBe('{"text":"عليها"}\n\n{"text":"ok","n":1e400}\nnot json\n');
  });

  it('--jsonl --strict stops at a malformed record with exit code 1', () => {
    const { code, stderr } = cli(['--jsonl', '--strict', 'dump.jsonl']);
    expect(code).toBe(1);
    expect(stderr).toContain('dump.jsonl:2: malformed JSON record');
  });

  it('--sentences writes one sentence per line, or JSON objects with offsets', () => {
    const expected = splitSentences(normalize(text));
    expect(cli(['--sentences', 'a.txt']).stdout).toBe(expected.map((s) => `${s.text}\n`).join(''));
    const jsonl = cli(['--sentences', '--format', 'jsonl', 'a.txt']).stdout.trim().split('\n');
    expect(jsonl.map((l) => JSON.parse(l))).toEqual(expected);
  });

  it('an interrupted run removes its temporary file, leaves no half-written output and ends by SIGINT (130 in a shell)', async () => {
    mkdirSync(join(dir, 'interrupted'));
    const child = spawn(process.execPath, [bin, '-o', 'interrupted/out.txt'], { cwd: dir });
    child.stdin.write('قال الوزير\n'); // standard input stays open: the run is mid-way
    const listing = () => readdirSync(join(dir, 'interrupted'));
    while (!listing().some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve(code ?? signal)),
    );
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(listing()).toEqual([]);
  });

  it('--abbreviation adds an abbreviation to the sentence splitter', () => {
    const input = 'وقعت الاتفاقية مع شركة Qwv. أمس في الرياض.\n';
    const plain = cli(['--sentences'], input).stdout.trim().split('\n');
    const withQwv = cli(['--sentences', '--abbreviation', 'Qwv'], input).stdout.trim().split('\n');
    expect(plain).toHaveLength(2);
    expect(withQwv).toEqual([normalize(input).trim()]);
  });

  it('--hard-wrapped joins wrapped lines into sentences, written one per line', () => {
    const input = 'أعلن الوزير أن المشروع\nسيكتمل قريبا. وأضاف أن\nالعمل مستمر.\n\nفقرة ثانية\n';
    expect(cli(['--sentences'], input).stdout.trim().split('\n')).toHaveLength(5);
    expect(cli(['--sentences', '--hard-wrapped'], input).stdout).toBe(
      'أعلن الوزير أن المشروع سيكتمل قريبا.\nوأضاف أن العمل مستمر.\nفقرة ثانية\n',
    );
    const jsonl = cli(['--sentences', '--hard-wrapped', '--format', 'jsonl'], input).stdout;
    expect(JSON.parse(jsonl.split('\n')[0]!).text).toBe('أعلن الوزير أن المشروع\nسيكتمل قريبا.');
  });

  it.each([
    ['an unknown option', ['--colour', 'red'], 2],
    ['a bad option value', ['--digits', 'roman', 'a.txt'], 2],
    ['a missing file', ['missing.txt'], 3],
    ['a directory given as a file', ['.'], 3],
  ])('exits with the documented code for %s', (_name, args, code) => {
    const result = cli(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(/^arabic-normalize: /);
  });

  it('is built separately: the library files in dist/ import no Node module', () => {
    const library = readdirSync(join(root, 'dist')).filter(
      (f) => /\.(c?js)$/.test(f) && !f.startsWith('cli.'),
    );
    expect(library.length).toBeGreaterThan(0);
    for (const file of library) {
      expect(readFileSync(join(root, 'dist', file), 'utf8')).not.toMatch(
        /["']node:|require\(["'](fs|path|os|worker_threads)["']\)/,
      );
    }
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--help shows usage, exit codes and examples', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: arabic-normalize');
    expect(stdout).toContain('Exit codes:');
    expect(stdout).toContain('--digits ascii|arabic-indic|persian|keep');
  });
});
