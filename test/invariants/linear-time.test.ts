import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';
import { GROWTH_LIMIT, linearGrowth } from '../support/linear-growth.js';

// Each stage alone, and splitSentences, have the same check in their own test folders.

const HOSTILE_UNITS: [string, string][] = [
  ['combining marks', '\u064b'],
  ['a mark after each space', ' \u064e'],
  ['full stops', '.'],
  ['spaces', ' '],
  ['no-break spaces and tabs', '\u00a0\t'],
  ['newlines', '\n'],
  ['CRLF', '\r\n'],
  ['full stops between digits', '1.'],
  ['thousands separators between digits', '1,'],
  ['alternating Latin and Arabic', 'aب'],
  ['one long line of words', 'كلمة '],
  ['nested guillemets', '«'],
  ['nested brackets', '('],
  ['nested curly quotes', '“'],
  ['presentation forms', '\ufefb\ufe8e'],
  ['isolated mark forms', '\ufe70'],
  ['zero-width controls', '\u200f\u200b'],
  ['URL-like slashes and dots', 'a/b.'],
  ['question and exclamation runs', '؟!'],
  ['Arabic letter then full stop', 'ج.'],
  ['tatweels', '\u0640'],
  ['a tatweel after a proclitic, before a number', '\u0628\u0640 3 '],
  ['a case ending standing after each word', 'كتب \u064f '],
  ['Quranic signs between words', 'كلمة \u06da '],
  ['emoji joined by ZWJ', '\u{1F469}\u200d'],
  ['keycap emoji', '1\ufe0f\u20e3'],
];

describe('linear time on hostile input', () => {
  it.each(HOSTILE_UNITS)(
    'normalize grows linearly on %s',
    (_, unit) => {
      expect(linearGrowth(unit, (text) => normalize(text))).toBeLessThan(GROWTH_LIMIT);
    },
    60_000,
  );
});

describe('linear time when a look-ahead fails at the end of the input', () => {
  it.each<[string, string, string]>([
    ['e-mail-like text with an at sign at the end', 'x!', '@'],
    ['dotted Arabic initials that run into a Latin letter', '\u0623.\u0628', 'a'],
  ])(
    'normalize grows linearly on %s',
    (_, unit, tail) => {
      expect(linearGrowth(unit, (text) => normalize(text), 128 * 1024, tail)).toBeLessThan(
        GROWTH_LIMIT,
      );
    },
    60_000,
  );
});
