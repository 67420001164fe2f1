import { describe, expect, it } from 'vitest';
import { mapFarsiLetters } from '../../src/letters/index.js';
import { codePoints } from '../support/code-points.js';

// These specs test the mapping itself: every line is mapped, as `farsiLetters: 'arabic'` asks
// (the default, 'auto', leaves Persian and Urdu lines as they are: see persian-passages.test.ts).
const ARABIC = { farsiLetters: 'arabic' } as const;

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

// Which proclitics a word of the ALEF MAKSURA list may carry (see final-yeh.ts): nouns take
// [و|ف][ب|ك|ل](ال), verbs take [و|ف][ل|س], particles only [و|ف].
describe('mapFarsiLetters: proclitics before a word of the ALEF MAKSURA list', () => {
  it.each([
    ['a noun after the preposition ب', 'بمستوی', 'بمستوى'],
    ['a noun after the preposition ك (typed as KEHEH)', 'کمدی', 'كمدى'],
    ['a noun after the preposition ل', 'لمدی', 'لمدى'],
    ['a noun after ب and the article', 'بالمستوی', 'بالمستوى'],
    ['a noun after ف, ب and the article', 'فبالمدی', 'فبالمدى'],
    ['a verb after the preposition ل', 'لأدی', 'لأدى'],
  ])('ALEF MAKSURA for %s', (_, input, expected) =>
    expectSame(mapFarsiLetters(input, ARABIC), expected),
  );

  it.each([
    ['a verb after the preposition ب', 'بأدی', 'بأدي'],
    ['a verb after the preposition ك', 'كأدی', 'كأدي'],
    ['a noun after two letters that are not the article', 'قدمستوی', 'قدمستوي'],
    ['a noun after two prepositions', 'بلمستوی', 'بلمستوي'],
    ['a particle after a preposition (بعلي, with Ali)', 'بعلی', 'بعلي'],
    ['a particle after the article', 'الحتی', 'الحتي'],
  ])('YEH for %s', (_, input, expected) => expectSame(mapFarsiLetters(input, ARABIC), expected));

  it('only FARSI YEH is looked up: a final YEH BARREE is YEH even at the end of a list word', () => {
    expectSame(mapFarsiLetters('علے', ARABIC), 'علي');
    expectSame(mapFarsiLetters('مستوے', ARABIC), 'مستوي');
  });
});
