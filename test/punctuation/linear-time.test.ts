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
