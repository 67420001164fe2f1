import { describe, expect, it } from 'vitest';
import { explain, normalize } from '../../src/index.js';
import { cleanUnicode } from '../../src/unicode/index.js';
import { codePoints } from '../support/code-points.js';

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

const FATHA = '\u064e';
const DAMMA = '\u064f';
const KASRA = '\u0650';
const SUKUN = '\u0652';
const SHADDA = '\u0651';
const FATHATAN = '\u064b';
const DAMMATAN = '\u064c';

describe('case endings: a vowel, tanween or sukun standing alone between two spaces ends the word before', () => {
  it.each([
    ['a damma (nominative)', `يدرس ${DAMMA} الطالب`, `يدرس${DAMMA} الطالب`],
    [
      'a kasra (genitive), before a conjunction',
      `في كل بيت ${KASRA} وشارع`,
      `في كل بيت${KASRA} وشارع`,
    ],
    [
      'a fatha on a word that has other vowels',
      `رأيتُ الطالبَ المجتهد ${FATHA} أمس`,
      `رأيتُ الطالبَ المجتهد${FATHA} أمس`,
    ],
    ['a sukun (a verb ending)', `لم يكتب ${SUKUN} شيئا`, `لم يكتب${SUKUN} شيئا`],
    ['a vowel on teh marbuta', `بقيادة ${KASRA} المملكة`, `بقيادة${KASRA} المملكة`],
    ['a shadda with its vowel', `إن ${SHADDA}${FATHA} الطالب`, `إن${FATHA}${SHADDA} الطالب`],
    ['before a full stop', `قال الطالب ${DAMMA}.`, `قال الطالب${DAMMA}.`],
    ['at the end of the text', `جاء الطالب ${DAMMA}`, `جاء الطالب${DAMMA}`],
    ['after a no-break space and spaces', `الطالب \u00a0 ${DAMMA} جاء`, `الطالب${DAMMA} جاء`],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));

  it('a word whose last letter follows a ZWNJ takes its ending as it would without the ZWNJ', () => {
    // Stage 2 removes the ZWNJ in an Arabic line: deciding otherwise would change the second run.
    expectSame(normalize(`ب\u200cب ${KASRA}`), `بب${KASRA}`);
    expectSame(normalize(normalize(`ب\u200cب ${KASRA}`)), `بب${KASRA}`);
    expectSame(cleanUnicode(`ب\u200cب ${KASRA}`, { zwnj: 'keep' }), `ب\u200cب${KASRA}`);
  });

  it('the same mark already on that letter is kept once (the same mark on the same letter)', () => {
    expectSame(cleanUnicode(`الطالبُ ${DAMMA} جاء`), `الطالبُ جاء`);
  });
});

describe('case endings: a vowel glued to the start of the next word where it cannot sit ends the word before', () => {
  it.each([
    ['on the ALEF of the article', `في المدينة ${KASRA}الكبيرة`, `في المدينة${KASRA} الكبيرة`],
    ['on an ALEF WASLA', `كتاب ${KASRA}\u0671لله`, `كتاب${KASRA} \u0671لله`],
    ['on a letter that already has another vowel', `إنه ${DAMMA}مَن قال`, `إنه${DAMMA} مَن قال`],
    ['on a letter that already has the same vowel', `أن ${DAMMA}تُساعد`, `أن${DAMMA} تُساعد`],
    ['a sukun on the first letter of a word', `التي صدرت ${SUKUN}أمس`, `التي صدرت${SUKUN} أمس`],
    ['a tanween on the first letter of a word', `قال أيضا ${FATHATAN}من`, `قال أيضا${FATHATAN} من`],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));
});

describe('case endings: a vowel glued to a bare letter that can carry it stays on that word', () => {
  it.each([
    ['a passive damma', `ثم ${DAMMA}عرضت مسرحية`, `ثم ع${DAMMA}رضت مسرحية`],
    ['a fatha', `قال ${FATHA}كتب`, `قال ك${FATHA}تب`],
    ['a shadda on a letter with a vowel', `ثم ${SHADDA}مَن`, `ثم م${FATHA}${SHADDA}ن`],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));
});

describe('case endings: when no rule is sure, the mark is left where it is', () => {
  it.each([
    ['the word before already has another vowel on its last letter', `كتبَ ${DAMMA} الطالب`],
    ['two different vowels in the detached run', `كتب ${FATHA}${DAMMA} الطالب`],
    ['a vowel other than fathatan after a word-final ALEF', `ذهبا ${DAMMA} معا`],
    ['a vowel glued to an ALEF after a one-letter word', `و ${KASRA}الكتاب`],
    ['a vowel standing after a one-letter word', `و ${DAMMA} الكتاب`],
    ['after a number', `عام 2020 ${DAMMA} جاء`],
    ['after a Latin word', `برنامج Word ${KASRA} الجديد`],
  ])('%s', (_, input) => expectSame(cleanUnicode(input), input));

  it.each([
    [
      'a one-letter word behind a bracket and a space (the space goes later): left',
      `( ب ${KASRA}`,
      `(ب ${KASRA}`,
    ],
    [
      'a letter after a digit is no one-letter word: back onto it',
      `\u0661ب ${KASRA}`,
      `1ب${KASRA}`,
    ],
  ])('the same decision on the output: %s', (_, input, expected) => {
    const once = normalize(input);
    expect(codePoints(once)).toBe(codePoints(expected));
    expect(codePoints(normalize(once))).toBe(codePoints(once));
  });

  it('a second vowel after a repaired ending stays where it is', () => {
    expectSame(cleanUnicode(`كتب ${DAMMA} ${FATHA} الطالب`), `كتب${DAMMA} ${FATHA} الطالب`);
  });

  it('a word-final ALEF takes fathatan', () => {
    expectSame(cleanUnicode(`شكرا ${FATHATAN} لكم`), `شكرا${FATHATAN} لكم`);
  });
});

/** The harakat of a text, in order. */
const harakat = (text: string) =>
  Array.from(text.normalize('NFD')).filter((ch) => /[\u064b-\u0652]/.test(ch));
/** Two vowels (tanween, fatha, damma, kasra, sukun) on one letter, a shadda aside, in NFD. */
const TWO_VOWELS = /[\u064b-\u0650\u0652]\u0651?[\u064b-\u0650\u0652]/;

describe('case endings: never two vowels on one letter, never a mark dropped but a repeat on its letter', () => {
  it.each([
    ['a vowel after a vowelled ending', `كتبَ ${DAMMA} الطالب`, 0],
    ['a vowel glued to a vowelled letter', `إنه ${DAMMA}مَن قال`, 0],
    ['tanween then a vowel', `قال ${DAMMATAN} ${FATHA}كتب`, 0],
    ['the same vowel again, then another', `الطالبُ ${DAMMA} ${KASRA}مِن`, 1],
  ])('%s', (_, input, repeats) => {
    const output = cleanUnicode(input);
    expect(output.normalize('NFD')).not.toMatch(TWO_VOWELS);
    expect(harakat(input).length - harakat(output).length).toBe(repeats);
  });
});

describe('case endings in explain()', () => {
  it('names the rule case-ending for a mark put back on the word before', () => {
    expect(explain(`يدرس ${DAMMA} الطالب`).map((c) => c.rule)).toEqual(['case-ending']);
  });

  it('names detached-mark for a mark moved onto the next letter', () => {
    expect(explain(`ثم ${DAMMA}عرضت`).map((c) => c.rule)).toEqual(['detached-mark']);
  });

  it('lists nothing for a mark it left where it was', () => {
    expect(explain(`كتبَ ${DAMMA} الطالب`)).toEqual([]);
  });

  it('the whole pipeline gives the same repair', () => {
    expect(normalize(`لوزارة ${KASRA}الداخلية`)).toBe(`لوزارة${KASRA} الداخلية`);
  });
});
