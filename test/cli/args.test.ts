import { describe, expect, it } from 'vitest';
import {
  CONFLICTS,
  conflictHelp,
  flagOf,
  optionHelp,
  parseArgs,
  UsageError,
} from '../../src/cli/args.js';
import { helpText } from '../../src/cli/help.js';
import { OPTION_NAMES, OPTION_SPECS } from '../../src/options/schema.js';

describe('parseArgs', () => {
  it('has a flag for every option of the schema, listed in --help with its values', () => {
    const help = optionHelp();
    for (const name of OPTION_NAMES) {
      expect(help).toContain(`--${flagOf(name)}`);
      for (const value of OPTION_SPECS[name].values) {
        if (typeof value === 'string') expect(help).toContain(value);
      }
    }
  });

  it.each([
    [['--digits', 'arabic-indic'], { digits: 'arabic-indic' }],
    [['--digits=persian'], { digits: 'persian' }],
    [['--preset', 'search', '--fold-alef=false'], { preset: 'search', foldAlef: false }],
    [
      ['--no-punctuation-spacing', '--visual-order-numbers'],
      { punctuationSpacing: false, visualOrderNumbers: true },
    ],
  ])('reads normalisation options %j', (argv, options) => {
    expect(parseArgs(argv).options).toEqual(options);
  });

  it('reads files, standard input, outputs and modes', () => {
    const args = parseArgs([
      '--jsonl',
      '--field',
      'text',
      '--field',
      'meta.title',
      '-j',
      '2',
      '-o',
      'out',
      'a',
      '-',
      '--',
      '-b',
    ]);
    expect(args).toMatchObject({
      inputs: ['a', '-', '-b'],
      output: 'out',
      jobs: 2,
      mode: 'jsonl',
      fields: [['text'], ['meta', 'title']],
    });
    expect(parseArgs(['--jsonl']).fields).toEqual([['text']]);
    expect(
      parseArgs(['--sentences', '--abbreviation', 'ت', '--abbreviation=Corp']).abbreviations,
    ).toEqual(['ت', 'Corp']);
  });

  it.each([
    [['--digits', 'roman']],
    [['--digits']],
    [['--colour', 'red']],
    [['--no-digits']],
    [['--preset', 'fast']],
    [['--jobs', '0']],
    [['--field', 'text']],
    [['--format', 'jsonl']],
    [['--sentences', '--format', 'xml']],
    [['-o', 'x', '--in-place', 'a']],
    [['--in-place']],
    [['--out-dir', 'd', '-']],
    [['--strict=yes']],
    [['--abbreviation', 'Corp']],
    [['--jobs', '0x2']],
    [['--jobs', '1e2']],
    [['--jobs', ' 2']],
    [['--jobs', '2.0']],
    [['--jobs', '257']],
    [['--help=1']],
    [['--version=yes']],
    [['--sentences', '--abbreviation', 'a b']],
    [['--sentences', '--abbreviation', '']],
    [['--encoding', 'klingon']],
    [['--include', '*.txt', 'dir']],
    [['-r', '-']],
    [['-x']],
  ])('rejects %j as a usage error', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });

  it.each([
    [['-j2', 'a'], { jobs: 2, inputs: ['a'] }],
    [['-qj2', 'a'], { jobs: 2, quiet: true, inputs: ['a'] }],
    [['--jobs=3'], { jobs: 3 }],
    [['-o', '-', 'a'], { output: undefined, inputs: ['a'] }],
    [['--', '--jsonl', '-q'], { mode: 'text', inputs: ['--jsonl', '-q'] }],
    [['-r', '--include', '*.txt', 'dir'], { recursive: true, include: ['*.txt'] }],
    [['--encoding', 'cp1256'], { encoding: 'windows-1256' }],
    [['--encoding=arabic'], { encoding: 'iso-8859-6' }],
  ])('reads %j as the tools people know do', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it('takes a repeated --field once', () => {
    expect(parseArgs(['--jsonl', '--field', 'text', '--field', 'text']).fields).toEqual([['text']]);
  });

  it.each([
    ['--sentnces', '--sentences'],
    ['--jsnol', '--jsonl'],
    ['--outdir', '--out-dir'],
    ['--digit', '--digits'],
    ['--recurs', '--recursive'],
  ])('suggests the flag meant for the unknown %s', (typed, meant) => {
    expect(() => parseArgs([typed])).toThrow(`unknown option ${typed} (did you mean ${meant}?)`);
  });

  it('suggests nothing for a flag far from every known one', () => {
    expect(() => parseArgs(['--colour'])).toThrow(/^unknown option --colour$/);
  });

  it.each([
    [['--jsonl', '--sentences'], '--jsonl and --sentences'],
    [['--sentences', '--jsonl'], '--jsonl and --sentences'],
    [['-o', 'x', '--out-dir', 'd', 'a'], '-o and --out-dir'],
    [['--in-place', '--output=x', 'a'], '--output and --in-place'],
    [['--out-dir', 'd', '--in-place', 'a'], '--out-dir and --in-place'],
  ])('refuses the conflicting flags %j, naming both', (argv, named) => {
    expect(() => parseArgs(argv)).toThrow(`${named} cannot be used together`);
  });

  it('lists every conflict in --help', () => {
    const help = helpText();
    expect(help).toContain(conflictHelp());
    for (const [a, b] of CONFLICTS) expect(help).toContain(`${a} / ${b}`);
  });

  it('says in --help what the default encoding does and every exit code', () => {
    const help = helpText();
    expect(help).toMatch(/Default: UTF-8[\s\S]*UTF-16 byte order mark/);
    for (const code of ['0  ', '1  ', '2  ', '3  ', '129, 130, 143']) expect(help).toContain(code);
  });
});
