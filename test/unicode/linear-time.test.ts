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
  ['tatweels', '\u0640'],
  ['tatweels between invisible controls', '\u0640\u200b'],
  ['invisible controls before a tatweel', '\u200b\u200b\u200b\u0640'],
  ['a tatweel seat under several marks', '\u0640\u0670\u0653\u064e\u0654'],
  ['a tatweel after a proclitic, before a quote', '\u0644\u0640"'],
  ['a proclitic with many marks before a tatweel', `\u0628${'\u064e'.repeat(30)}\u0640"`],
  ['a tatweel standing between spaces', ' \u0640'],
  ['a case ending standing after each word', 'كتب \u064f '],
  ['a vowel after a vowelled ending, left where it is', 'كتبَ \u064f '],
  ['a vowel glued to the article', ' \u0650ال'],
  ['Quranic signs between words', 'كلمة \u06da '],
  ['emoji joined by ZWJ', '\u{1F469}\u200d'],
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
