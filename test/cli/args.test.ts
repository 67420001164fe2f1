import { describe, expect, it } from 'vitest';
import { flagOf, optionHelp, parseArgs, UsageError } from '../../src/cli/args.js';
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
    expect(parseArgs(['--sentences', '--hard-wrapped']).hardWrapped).toBe(true);
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
    [['--hard-wrapped']],
    [['--sentences', '--hard-wrapped=yes']],
  ])('rejects %j as a usage error', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});
