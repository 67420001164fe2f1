import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, ensureBuilt, nodeForCli, root, runCli } from './run-cli.js';

let dir: string;
let normalize: (text: string, options?: object) => string;
const cli = (args: string[], input?: string | Buffer) => runCli(dir, args, input);
const text = 'علیھا داعش في ۲۰۱۸\n';
const asRoot = process.getuid?.() === 0;

/** Files of `folder` that a run may have left behind. */
const leftovers = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

beforeAll(async () => {
  ensureBuilt();
  ({ normalize } = await import(pathToFileURL(join(root, 'dist/index.js')).href));
  dir = mkdtempSync(join(tmpdir(), 'arabic-normalize-safety-'));
  writeFileSync(join(dir, 'a.txt'), text);
  writeFileSync(join(dir, 'b.txt'), 'الـعـراق ۳\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI never corrupts or destroys data', () => {
  it('refuses --jsonl with --sentences (either order), naming both, and writes nothing', () => {
    for (const args of [
      ['--jsonl', '--sentences'],
      ['--sentences', '--jsonl'],
    ]) {
      const { code, stdout, stderr } = cli([...args, 'a.txt']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('--jsonl and --sentences cannot be used together');
    }
  });

  it('warns when plain-text input looks like JSON Lines, and refuses it under --strict', () => {
    writeFileSync(join(dir, 'dump.jsonl'), '{"text":"علیھا, ۲۰۱۸"}\n{"text":"ok"}\n');
    const warned = cli(['dump.jsonl']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('dump.jsonl: looks like JSON Lines');
    const refused = cli(['--strict', '-o', 'out-strict.txt', 'dump.jsonl']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('looks like JSON Lines');
    expect(readdirSync(dir)).not.toContain('out-strict.txt');
    expect(cli(['--jsonl', 'dump.jsonl']).stderr).toBe('');
  });

  it.each([
    ['-o naming the input', ['-o', 'a.txt', 'a.txt']],
    ['-o naming the input as ./a.txt', ['-o', './a.txt', 'a.txt']],
    ['-o naming a symbolic link to the input', ['-o', 'link-to-a.txt', 'a.txt']],
    ['--out-dir . mapping the input onto itself', ['--out-dir', '.', 'a.txt']],
    ['--out-dir of the input folder, through its absolute path', ['--out-dir', '<dir>', 'a.txt']],
  ])('refuses %s with exit 2, leaving the input as it was', (_name, args) => {
    rmSync(join(dir, 'link-to-a.txt'), { force: true });
    symlinkSync('a.txt', join(dir, 'link-to-a.txt'));
    const { code, stderr } = cli(args.map((a) => (a === '<dir>' ? dir : a)));
    expect(code).toBe(2);
    expect(stderr).toMatch(/would (write over|be written over) the input a\.txt/);
    expect(stderr).toContain('--in-place');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(text);
  });

  it('refuses two inputs that map to the same --out-dir target', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub/a.txt'), text);
    const outside = join(dir, 'a.txt');
    const { code, stderr } = runCli(join(dir, 'sub'), ['--out-dir', 'o', '-j2', outside, 'a.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/would both be written to o\/a\.txt/);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a.txt']);
  });

  it('fails at once, in words, when an output folder cannot be created', () => {
    const started = Date.now();
    const proc = cli(['-o', '/proc/x/y', 'a.txt']);
    expect(proc.code).toBe(3);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(proc.stderr).toMatch(/^arabic-normalize: cannot create the folder \/proc\/x: .+\n$/);
    const blocked = cli(['-o', 'a.txt/y.txt', 'b.txt']);
    expect(blocked.code).toBe(3);
    expect(blocked.stderr).toContain('a file is in the way');
  });
});

describe('the CLI follows the conventions people expect', () => {
  it('says a missing file in words, on one line', () => {
    const { code, stderr } = cli(['nope.txt']);
    expect(code).toBe(3);
    expect(stderr).toBe('arabic-normalize: nope.txt: no such file\n');
  });

  it('groups short flags, takes attached values, ends options at -- and writes -o - to standard output', () => {
    writeFileSync(join(dir, '-dash.txt'), text);
    const { code, stdout } = cli(['-qj2', '-o', '-', '--', 'a.txt', '-dash.txt']);
    expect(code).toBe(0);
    expect(stdout).toBe(normalize(text) + normalize(text));
  });

  it('suggests the flag meant and gives one help hint', () => {
    const { code, stderr } = cli(['--sentnces', 'a.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "arabic-normalize: unknown option --sentnces (did you mean --sentences?)\nTry 'arabic-normalize --help'.\n",
    );
  });

  it.each([
    [['--jobs', '0x2', 'a.txt']],
    [['--jobs', '1e2', 'a.txt']],
    [['--help=1']],
    [['--sentences', '--abbreviation', 'a b', 'a.txt']],
    [['--encoding', 'klingon', 'a.txt']],
  ])('exits 2 for the usage error %j', (args) => {
    expect(cli(args).code).toBe(2);
  });

  it('refuses a folder with a hint, and walks it with -r and --include', () => {
    mkdirSync(join(dir, 'raw/deep'), { recursive: true });
    writeFileSync(join(dir, 'raw/one.txt'), text);
    writeFileSync(join(dir, 'raw/deep/two.txt'), 'ک\n');
    writeFileSync(join(dir, 'raw/skip.bin'), 'ی\n');
    writeFileSync(join(dir, 'raw/.hidden.txt'), 'ی\n');
    const refused = cli(['raw']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('raw: is a directory (give -r');
    const walked = cli(['-r', '--include', '*.txt', '--out-dir', 'clean', 'raw']);
    expect(walked.code).toBe(0);
    expect(readFileSync(join(dir, 'clean/raw/one.txt'), 'utf8')).toBe(normalize(text));
    expect(readFileSync(join(dir, 'clean/raw/deep/two.txt'), 'utf8')).toBe(normalize('ک\n'));
    expect(readdirSync(join(dir, 'clean/raw')).sort()).toEqual(['deep', 'one.txt']);
  });

  it('reads windows-1256 and ISO-8859-6 with --encoding, and UTF-16 by its byte order mark', () => {
    // "قال الوزير" in windows-1256
    writeFileSync(
      join(dir, 'cp1256.txt'),
      Buffer.from([0xde, 0xc7, 0xe1, 0x20, 0xc7, 0xe1, 0xe6, 0xd2, 0xed, 0xd1, 0x0a]),
    );
    expect(cli(['--encoding', 'windows-1256', 'cp1256.txt']).stdout).toBe('قال الوزير\n');
    writeFileSync(join(dir, 'utf16.txt'), Buffer.from(`\ufeff${text}`, 'utf16le'));
    expect(cli(['utf16.txt']).stdout).toBe(normalize(text));
    const be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
    expect(cli([], be).stdout).toBe(normalize(text));
  });

  it('--jsonl normalises arrays of strings element by element and reports other field values', () => {
    const input = '{"text":["علیھا","ک"],"n":1}\n{"text":{"a":"ی"}}\n';
    const { code, stdout, stderr } = cli(['--jsonl'], input);
    expect(code).toBe(0);
    expect(stdout).toBe('{"text":["عليها","ك"],"n":1}\n{"text":{"a":"ی"}}\n');
    expect(stderr).toContain('<stdin>:2: field text holds an object, not text: left as it was');
    expect(stderr).toContain('1 field(s) holding something other than text left as they were');
  });

  it('--jsonl reports invalid UTF-8 with its line number, with one job or two', () => {
    const input = Buffer.concat([
      Buffer.from('{"text":"a"}\n{"text":"'),
      Buffer.from([0xff]),
      Buffer.from('"}\n'),
    ]);
    for (const jobs of ['1', '2']) {
      const { code, stderr } = cli(['--jsonl', '--jobs', jobs], input);
      expect(code).toBe(0);
      expect(stderr).toContain('<stdin>:2: invalid UTF-8 at byte 22, replaced by U+FFFD');
    }
  });

  it('--jsonl addresses a key holding a dot, and a repeated --field still writes valid JSON', () => {
    const input = '{"a.b":"ک","text":"علیھا  ۲۰"}\n';
    const { stdout } = cli(
      ['--jsonl', '--field', 'a\\.b', '--field', 'text', '--field', 'text'],
      input,
    );
    expect(JSON.parse(stdout)).toEqual({ 'a.b': 'ك', text: normalize('علیھا  ۲۰') });
  });

  it('-o through a symbolic link replaces the file it points to and keeps the link', () => {
    writeFileSync(join(dir, 'real.txt'), 'old\n');
    symlinkSync('real.txt', join(dir, 'to-real.txt'));
    expect(cli(['-o', 'to-real.txt', 'a.txt']).code).toBe(0);
    expect(lstatSync(join(dir, 'to-real.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'to-real.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe(normalize(text));
    expect(leftovers(dir)).toEqual([]);
  });

  it('-o /dev/null writes into the device and leaves it a device', () => {
    expect(cli(['-o', '/dev/null', 'a.txt']).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('-o into a FIFO writes straight into it for its reader, and it stays a FIFO', () => {
    const fifo = join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo: nothing to test
    const reader = spawnSync(
      'sh',
      ['-c', `cat "${fifo}" & "${nodeForCli}" "${bin}" -o "${fifo}" a.txt; wait`],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(reader.status).toBe(0);
    expect(reader.stdout).toBe(normalize(text));
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it.runIf(asRoot)(
    '--in-place keeps the owner, group and mode of a file owned by another user',
    () => {
      const file = join(dir, 'owned.txt');
      writeFileSync(file, text);
      chownSync(file, 65534, 65534);
      chmodSync(file, 0o640);
      expect(cli(['--in-place', 'owned.txt']).code).toBe(0);
      const info = statSync(file);
      expect([info.uid, info.gid, info.mode & 0o777]).toEqual([65534, 65534, 0o640]);
      expect(readFileSync(file, 'utf8')).toBe(normalize(text));
    },
  );

  it('writing to a full standard output exits 3 with one line', () => {
    const result = spawnSync('sh', ['-c', `"${nodeForCli}" "${bin}" a.txt > /dev/full`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('arabic-normalize: standard output: no space left on device\n');
  });

  it('refuses to append its output to one of its inputs', () => {
    const result = spawnSync('sh', ['-c', `"${nodeForCli}" "${bin}" b.txt >> b.txt`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('b.txt: the input is also standard output');
  });
});
