import { describe, expect, it } from 'vitest';
import { cleanUnicode } from '../../src/index.js';
import { GROWTH_LIMIT, linearGrowth } from '../support/linear-growth.js';

const STAGE_1_UNITS: [string, string][] = [
  ['one haraka repeated', '\u064e'],
  ['a letter with marks out of canonical order', 'ب\u0651\u064e'],
  ['marks out of order with no letter', '\u0651\u064e'],
  ['a tanween cut off after each word', 'ب \u064b'],
  ['a haraka before each letter', ' \u064fت'],
  ['detached marks with no letter after them', ' \u0670'],
  ['one-letter fragments', 'أ \u0651ن '],
  ['spaces', ' '],
  ['no-break spaces and tabs', '\u00a0\t'],
  ['CRLF', '\r\n'],
  ['presentation forms', '\ufefb\ufe8e'],
  ['isolated mark forms', '\ufe70'],
  ['zero-width controls', '\u200f\u200b'],
  ['a supplementary letter with marks', '\u{1d400}\u0301'],
];

describe('cleanUnicode takes linear time', () => {
  it.each(STAGE_1_UNITS)('on %s', (_, unit) => {
    expect(linearGrowth(unit, (text) => cleanUnicode(text))).toBeLessThan(GROWTH_LIMIT);
  });

  it('on a detached mark after a Latin letter, with more detached marks after it', () => {
    const unit = `a${' \u0670'.repeat(8)}`;
    expect(linearGrowth(unit, (text) => cleanUnicode(text))).toBeLessThan(GROWTH_LIMIT);
  });
});
