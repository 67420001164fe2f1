import { describe, expect, it } from 'vitest';
import { explain, normalize } from '../../src/index.js';
import { cleanUnicode } from '../../src/unicode/index.js';
import { codePoints } from '../support/code-points.js';

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

describe('Quranic annotation signs between words stay where they are', () => {
  it.each([
    ['a pause sign (small high jeem) between two words', 'رَيۡبَ \u06da فِيهِ'],
    ['two pause signs (small three dots) around a word', 'لَا رَيۡبَ \u06db فِيهِ \u06db هُدًى'],
    ['a pause sign before a word that starts with a bare letter', 'رَبِّهِمۡ \u06d6 وَأُوْلَٰٓئِكَ'],
    ['the small high lam-alef', 'عَلِيمٌ \u06d9 قُلۡ'],
    ['the small high meem', 'مَثَلًا \u06d8 يُضِلُّ'],
    ['a sign at the end of a verse', 'ٱلۡعَٰلَمِينَ \u06d7'],
    ['a sign at the start of a line', 'أ\n\u06da فِيهِ'],
    ['rub el hizb before a verse', '\u06de إِنَّ ٱللَّهَ'],
    ['a sign after a word with a case ending', 'كِتَابٌ \u06d6 فِيهِ'],
  ])('%s', (_, input) => {
    expectSame(cleanUnicode(input), input.normalize('NFC'));
    expectSame(normalize(input), input.normalize('NFC'));
    expect(explain(input)).toEqual([]);
  });

  it('a sign glued to the next word is not moved onto it', () => {
    expectSame(cleanUnicode('رَيۡبَ \u06dbفِيهِ'), 'رَيۡبَ \u06dbفِيهِ');
  });

  it('the search preset strips them with the other diacritics, and the spaces collapse', () => {
    expect(normalize('لا ريب \u06db فيه', { preset: 'search' })).toBe('لا ريب فيه');
  });
});
