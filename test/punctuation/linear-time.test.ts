import { describe, expect, it } from 'vitest';
import type { PunctuationOptions } from '../../src/options/types.js';
import { normalizePunctuation } from '../../src/punctuation/index.js';
import { GROWTH_LIMIT, linearGrowth } from '../support/linear-growth.js';

const HOSTILE_UNITS: [string, string][] = [
  ['Markdown link starts without a close', ']('],
  ['e-mail local parts without an at sign', 'a!'],
  ['at signs without a domain', 'a@'],
  ['dotted Arabic initials', 'أ.'],
  ['digit groups and hyphens', '1-'],
  ['visual-order number shapes', '1-2-3+'],
  ['URL schemes', 'http://'],
  ['path starts', ' /a'],
  ['spaces before commas', ' ,'],
  ['commas after full stops', '. ,'],
  ['opening brackets and spaces', '( '],
  ['ASCII quotes', '"'],
  ['spaced guillemets', ' « '],
  ['Latin dotted tokens', 'a.'],
  ['percent signs', '1٪'],
  ['a single long Latin token', 'a'],
  ['a single long number', '1'],
];

/**
 * One shape per look-ahead of stage 3, built so that the look-ahead runs to the end of the input
 * and fails there (the tail): without a memory of failed scans, every later start would rescan.
 */
const FAILING_LOOK_AHEADS: [string, string, string][] = [
  ['e-mail local parts that reach an at sign with no domain', 'x!', '@'],
  ['e-mail local parts that reach an at sign with a bad domain', 'a#', '@b.'],
  ['dotted Arabic abbreviations that run into a Latin letter', '\u0623.\u0628', 'a'],
  ['dotted Arabic groups of two letters that run into a Latin letter', '\u0628.\u0628', 'a'],
  ['URL bodies made of trailing punctuation', 'a://!', ''],
  ['hosts followed by a path', 'a.b/', ''],
  ['paths made of trailing punctuation', ' /a.', ''],
  ['Markdown targets that never close', '](a', ''],
  ['numbers whose last separator has no digit after it', '1,', ''],
  ['visual-order numbers with no plus sign', '1-2-', '1+a'],
  ['commas whose Arabic neighbour is far away', ',(', '\u0628'],
  ['spaces kept before marks between digits', '1 ,', '1'],
  ['stray commas after full stops', '\u0628. ,', ''],
  ['quotes with spaces inside', ' " ', ''],
  ['Arabic e-mail local parts before an at sign with no domain', '\u0628.', '@'],
  ['at signs between Arabic words', '\u0628@', ''],
  ['Arabic domains that never end in a letter', 'a@\u0628.', '1'],
  ['HTML references that never close', '&#1', ''],
  ['dotfile names', ' .a', ''],
  ['file extensions glued to Arabic words', '\u0628.pdf', '\u0628'],
  ['commas after code symbols', '*,', '\u0628'],
  ['Windows drive letters', ' C:\\', ''],
  ['Arabic paths with one folder', ' /\u0628', ''],
  ['brackets glued to Arabic words', '\u0628\u064e(', '\u0628'],
  ['quotes glued to Arabic words', '\u0628\u064e\u00ab', '\u0628'],
  ['numbers to rewrite after spaces, before Arabic words', ' \u06f11\u0628', '@b.co'],
  ['numbers to rewrite at line starts, before Arabic words', '\n\u06f11\u0628', '@b.co'],
];

describe('every look-ahead of stage 3 fails in linear time', () => {
  it.each(FAILING_LOOK_AHEADS)('%s', (_name, unit, tail) => {
    const run = (text: string) => normalizePunctuation(text, { visualOrderNumbers: true });
    expect(linearGrowth(unit, run, 64 * 1024, tail)).toBeLessThan(GROWTH_LIMIT);
  });
});

describe('stage 3 grows linearly on hostile input', () => {
  const options: PunctuationOptions = {
    visualOrderNumbers: true,
    digits: 'arabic-indic',
    quotes: 'guillemets',
  };
  it.each(HOSTILE_UNITS)('%s', (_name, unit) => {
    expect(linearGrowth(unit, (text) => normalizePunctuation(text, options))).toBeLessThan(
      GROWTH_LIMIT,
    );
  });
});
