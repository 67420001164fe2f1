import { describe, expect, it } from 'vitest';
import { mapFarsiLetters } from '../../src/index.js';
import { GROWTH_LIMIT, linearGrowth } from '../support/linear-growth.js';

describe('mapFarsiLetters takes linear time', () => {
  it.each([
    ['FARSI YEH repeated (one long word)', '\u06cc'],
    ['word-final FARSI YEH after every letter', 'ب\u06cc '],
    ['FARSI YEH with marks', '\u06cc\u064e\u0654'],
    ['presentation forms of FARSI YEH', '\ufbfd'],
  ])('on %s', (_, unit) => {
    expect(linearGrowth(unit, (text) => mapFarsiLetters(text))).toBeLessThan(GROWTH_LIMIT);
  });
});
