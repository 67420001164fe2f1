import { describe, expect, it } from 'vitest';
import {
  ARABIC_LETTERS,
  ARABIC_MARKS,
  DIGITS,
  HORIZONTAL_SPACES,
  LATIN_LETTERS,
  LINE_BREAKS,
} from '../../src/punctuation/character-classes.js';
import { NUMERIC_SIGNS } from '../../src/punctuation/numeric-signs.js';
import {
  CLAUSE_MARKS,
  CLOSING_BRACKETS,
  DASHES,
  DIGIT_HYPHENS,
  DOUBLE_QUOTES,
  HYPHENS,
  LATIN_TO_ARABIC,
  OPENING_BRACKETS,
  SENTENCE_MARKS,
  SINGLE_QUOTES,
} from '../../src/punctuation/punctuation-marks.js';

describe('stage 3 tables', () => {
  it('Latin-to-Arabic marks: no key twice, no output that is also a key', () => {
    const keys = LATIN_TO_ARABIC.map(([latin]) => latin);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [, arabic] of LATIN_TO_ARABIC) expect(keys).not.toContain(arabic);
  });

  it.each([
    ['clause marks', CLAUSE_MARKS],
    ['sentence marks', SENTENCE_MARKS],
    ['opening brackets', OPENING_BRACKETS],
    ['closing brackets', CLOSING_BRACKETS],
    ['hyphens', HYPHENS],
    ['digit hyphens', DIGIT_HYPHENS],
    ['dashes', DASHES],
    ['quotes', [...DOUBLE_QUOTES, ...SINGLE_QUOTES].map(([code]) => code)],
  ])('%s hold no code point twice', (_name, list) => {
    expect(new Set(list).size).toBe(list.length);
  });

  it('every sentence mark is a clause mark, and every mapped mark too', () => {
    for (const c of SENTENCE_MARKS) expect(CLAUSE_MARKS).toContain(c);
    for (const [latin, arabic] of LATIN_TO_ARABIC) {
      expect(CLAUSE_MARKS).toContain(latin);
      expect(CLAUSE_MARKS).toContain(arabic);
    }
  });

  it('character class ranges are ordered and do not overlap each other', () => {
    const all = [
      ...ARABIC_LETTERS,
      ...ARABIC_MARKS,
      ...LATIN_LETTERS,
      ...HORIZONTAL_SPACES,
      ...LINE_BREAKS,
      ...DIGITS,
    ].sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < all.length; i++) {
      expect(all[i]![0]).toBeLessThanOrEqual(all[i]![1]);
      if (i > 0) expect(all[i]![0], `U+${all[i]![0].toString(16)}`).toBeGreaterThan(all[i - 1]![1]);
    }
  });

  it('Arabic letter ranges hold only letters of the Arabic script (tatweel aside)', () => {
    for (const [first, last] of ARABIC_LETTERS) {
      for (let c = first; c <= last; c++) {
        const ch = String.fromCharCode(c);
        if (c === 0x0640) continue;
        expect(
          /\p{Script=Arabic}/u.test(ch) && /\p{L}|\p{M}/u.test(ch),
          `U+${c.toString(16)}`,
        ).toBe(true);
      }
    }
  });

  it('numeric signs pair a Latin and an Arabic form, all distinct', () => {
    const codes = Object.values(NUMERIC_SIGNS).flatMap((s) => [s.ascii, s.arabic]);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
