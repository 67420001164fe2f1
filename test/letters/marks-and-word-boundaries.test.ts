import { describe, expect, it } from 'vitest';
import { mapFarsiLetters } from '../../src/letters/index.js';
import { codePoints } from '../support/code-points.js';

// These specs test the mapping itself: every line is mapped, as `farsiLetters: 'arabic'` asks
// (the default, 'auto', leaves Persian and Urdu lines as they are: see persian-passages.test.ts).
const ARABIC = { farsiLetters: 'arabic' } as const;

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

describe('mapFarsiLetters: marks after a mapped letter', () => {
  it.each([
    ['a shadda after KEHEH', 'ک\u0651', 'ك\u0651'],
    ['a Latin combining accent after KEHEH', 'ک\u0301', 'ك\u0301'],
    ['two marks after HEH DOACHASHMEE, put in canonical order', 'ھ\u0651\u064e', 'ه\u064e\u0651'],
    ['a fatha after FARSI YEH with HAMZA ABOVE: the hamza composes', 'ی\u0654\u064e', 'ئ\u064e'],
    [
      'a fatha before the HAMZA ABOVE on FARSI YEH: the hamza still composes',
      'ی\u064e\u0654',
      'ئ\u064e',
    ],
    [
      'a fatha after HEH WITH YEH ABOVE: the marks come in canonical order',
      'ۀ\u064e',
      'ه\u064e\u0654',
    ],
  ])('%s', (_, input, expected) => expectSame(mapFarsiLetters(input, ARABIC), expected));

  it('keeps a mapped letter with marks that need no change as the very same text', () => {
    const text = 'ئ\u064e';
    expect(mapFarsiLetters(text, ARABIC)).toBe(text);
  });
});

describe('mapFarsiLetters: which word a final FARSI YEH ends', () => {
  it.each([
    ['a list word after another word', 'ذهب إلی', 'ذهب إلى'],
    ['a list word after a Latin word', 'Xعلی', 'Xعلى'],
    ['a list word after a digit', '3علی', '3على'],
    ['a list word after a zero width non-joiner', 'می\u200cعلی', 'مي\u200cعلى'],
    ['two list words in a row', 'علی إلی', 'على إلى'],
    ['a list word and a word not in the list', 'علی کرسی', 'على كرسي'],
  ])('%s', (_, input, expected) => expectSame(mapFarsiLetters(input, ARABIC), expected));

  it('a FARSI YEH carrying HAMZA ABOVE is never ALEF MAKSURA, even at the end of a list word', () => {
    expectSame(mapFarsiLetters('علی\u0654', ARABIC), 'علئ');
  });

  it('a FARSI YEH followed by a mark is still word-final', () => {
    expectSame(mapFarsiLetters('علی\u064e', ARABIC), 'على\u064e');
  });

  it('a FARSI YEH followed by an Arabic letter is not word-final', () => {
    expectSame(mapFarsiLetters('علیك', ARABIC), 'عليك');
  });

  it('a FARSI YEH at the end of a long run of letters is YEH', () => {
    const long = 'بت'.repeat(20);
    expectSame(mapFarsiLetters(`${long}علی`, ARABIC), `${long}علي`);
  });

  it('a list word after a long run of other words is still found', () => {
    const before = 'كتاب '.repeat(20);
    expectSame(mapFarsiLetters(`${before}علی`, ARABIC), `${before}على`);
  });
});
