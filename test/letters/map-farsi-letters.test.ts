import { describe, expect, it } from 'vitest';
import { FARSI_TO_ARABIC } from '../../src/letters/farsi-letter-table.js';
import { mapFarsiLetters } from '../../src/letters/index.js';
import { codePoints } from '../support/code-points.js';

// These specs test the mapping itself: every line is mapped, as `farsiLetters: 'arabic'` asks
// (the default, 'auto', leaves Persian and Urdu lines as they are: see persian-passages.test.ts).
const ARABIC = { farsiLetters: 'arabic' } as const;

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

describe('the Farsi-to-Arabic table', () => {
  it('has no key twice, and no output that is itself a key', () => {
    const keys = FARSI_TO_ARABIC.map(([from]) => from);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [, to] of FARSI_TO_ARABIC) {
      for (const ch of to) expect(keys).not.toContain(ch.codePointAt(0));
    }
  });

  it('leaves PEH, TCHEH, JEH and GAF out', () => {
    const keys = FARSI_TO_ARABIC.map(([from]) => from);
    for (const kept of [0x067e, 0x0686, 0x0698, 0x06af]) expect(keys).not.toContain(kept);
  });

  it('maps to NFC Arabic letters (with HAMZA ABOVE only where no precomposed letter exists)', () => {
    for (const [, to] of FARSI_TO_ARABIC) expect(to.normalize('NFC')).toBe(to);
  });
});

describe('mapFarsiLetters: letters', () => {
  it.each([
    ['FARSI YEH inside a word', 'علیھا', 'عليها'],
    ['YEH BARREE', 'ے', 'ي'],
    ['YEH BARREE WITH HAMZA ABOVE', 'ۓ', 'ئ'],
    ['KEHEH', 'کتاب', 'كتاب'],
    ['HEH DOACHASHMEE', 'ھذا', 'هذا'],
    ['HEH GOAL', 'ہذا', 'هذا'],
    ['AE', 'مدرسە', 'مدرسه'],
    ['HEH WITH YEH ABOVE: HEH + HAMZA ABOVE', 'ۀ', 'ه\u0654'],
    ['HEH GOAL WITH HAMZA ABOVE: HEH + HAMZA ABOVE', 'ۂ', 'ه\u0654'],
    ['TEH MARBUTA GOAL', 'مدینۃ', 'مدينة'],
    ['PEH, TCHEH, JEH and GAF are kept', 'پچژگ', 'پچژگ'],
    ['FARSI YEH with HAMZA ABOVE becomes YEH WITH HAMZA ABOVE', 'شی\u0654', 'شئ'],
    ['the marks on a mapped letter stay', 'عَلَیْهِ', 'عَلَيْهِ'],
  ])('%s', (_, input, expected) => expectSame(mapFarsiLetters(input, ARABIC), expected));

  it.each([
    ['FARSI YEH isolated form', '\uFBFC', 'ي'],
    ['FARSI YEH medial form', '\uFBFF', 'ي'],
    ['KEHEH initial form', '\uFB90', 'ك'],
    ['HEH DOACHASHMEE isolated form', '\uFBAA', 'ه'],
    ['HEH GOAL final form', '\uFBA7', 'ه'],
    ['HEH WITH YEH ABOVE isolated form', '\uFBA4', 'ه\u0654'],
    ['YEH BARREE final form', '\uFBAF', 'ي'],
    [
      'FARSI YEH final form at the end of على (shaped by a Persian font)',
      '\uFECB\uFEE0\uFBFD',
      '\uFECB\uFEE0ى',
    ],
  ])('presentation forms of Farsi letters are mapped too: %s', (_, input, expected) =>
    expectSame(mapFarsiLetters(input, ARABIC), expected),
  );

  it('with farsiLetters: keep, returns the text itself', () => {
    const text = 'علیھا کتاب';
    expect(mapFarsiLetters(text, { farsiLetters: 'keep' })).toBe(text);
  });

  it('returns the very same string when there is nothing to map', () => {
    const text = 'على الأرض في سوريا';
    expect(mapFarsiLetters(text, ARABIC)).toBe(text);
  });
});

describe('mapFarsiLetters: word-final FARSI YEH', () => {
  it.each([
    ['في', 'فی', 'في'],
    ['الذي', 'الذی', 'الذي'],
    ['العسكري', 'العسکری', 'العسكري'],
    ['على', 'علی', 'على'],
    ['إلى', 'إلی', 'إلى'],
    ['حتى', 'حتی', 'حتى'],
    ['متى', 'متی', 'متى'],
    ['لدى', 'لدی', 'لدى'],
    ['مدى', 'مدی', 'مدى'],
    ['أخرى', 'أخری', 'أخرى'],
    ['مستوى', 'مستوی', 'مستوى'],
    ['يسمى', 'یسمی', 'يسمى'],
    ['أدى', 'أدی', 'أدى'],
    ['يحيى: medial FARSI YEH is YEH, the final one ALEF MAKSURA', 'یحیی', 'يحيى'],
    ['with the conjunction و', 'وعلی', 'وعلى'],
    ['with the conjunction ف', 'فإلی', 'فإلى'],
    ['with the article', 'المستوی', 'المستوى'],
    ['with ل + article', 'للمستوی', 'للمستوى'],
    ['with و + ب + article', 'وبالأخری', 'وبالأخرى'],
    ['a verb with the future prefix', 'سیبقی', 'سيبقى'],
    ['a verb with و + ل', 'ولیبقی', 'وليبقى'],
    ['marks do not hide the word', 'عَلَی', 'عَلَى'],
    ['a word before punctuation', 'علی.', 'على.'],
    ['الى without hamza, alone', 'الی', 'الى'],
    ['والي (governor) stays YEH: الى takes no proclitic', 'والی', 'والي'],
    ['a noun does not take a verb prefix', 'سمستوی', 'سمستوي'],
    ['a verb does not take the article', 'الیبقی', 'اليبقي'],
    ['ambiguous words left out of the list become YEH: بني', 'بنی', 'بني'],
    ['ambiguous words left out of the list become YEH: رأي', 'رأی', 'رأي'],
    ['medial FARSI YEH is always YEH', 'علیها', 'عليها'],
  ])('%s', (_, input, expected) => expectSame(mapFarsiLetters(input, ARABIC), expected));
});
