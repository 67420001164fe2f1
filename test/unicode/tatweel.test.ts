import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, normalize } from '../../src/index.js';
import { cleanUnicode } from '../../src/unicode/index.js';
import { codePoints } from '../support/code-points.js';

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

const TATWEEL = '\u0640';
const FATHA = '\u064e';
const DAMMA = '\u064f';
const KASRA = '\u0650';
const HAMZA_ABOVE = '\u0654';
const MADDA = '\u0653';
const SUPERSCRIPT_ALEF = '\u0670';

describe('tatweel carrying a mark is a seat, not decoration: kept', () => {
  it.each([
    ['a hamza and its fatha (Uthmani يَسۡـَٔلُونَ)', `يَس\u06e1${TATWEEL}${FATHA}${HAMZA_ABOVE}لُونَ`],
    ['a hamza alone', `شَي\u06e1${TATWEEL}${HAMZA_ABOVE}ا`],
    ['a hamza and its kasra', `بِ${TATWEEL}${KASRA}${HAMZA_ABOVE}ينَ`],
    ['a madda alone', `ب${TATWEEL}${MADDA}`],
    ['a vowel in news text', `ع${TATWEEL}${DAMMA}رضت`],
    ['a superscript alef with another mark', `ي${TATWEEL}${SUPERSCRIPT_ALEF}${HAMZA_ABOVE}`],
  ])('%s', (_, input) => expectSame(cleanUnicode(input), input.normalize('NFC')));

  it('also in NFD, and in any order of its marks', () => {
    const input = `يَس\u06e1${TATWEEL}${HAMZA_ABOVE}${FATHA}لُونَ`;
    expectSame(cleanUnicode(input), input.normalize('NFC'));
    expectSame(cleanUnicode(input.normalize('NFD')), input.normalize('NFC'));
  });

  it('of a run of tatweels, the last one seats the marks and the others go', () => {
    expectSame(
      cleanUnicode(`ب${TATWEEL}${TATWEEL}${TATWEEL}${FATHA}${HAMZA_ABOVE}`),
      `ب${TATWEEL}${FATHA}${HAMZA_ABOVE}`,
    );
  });

  it('with diacritics stripped, a tatweel whose marks all go is decoration too', () => {
    expectSame(cleanUnicode(`ع${TATWEEL}${DAMMA}رضت`, { diacritics: 'strip' }), 'عرضت');
    expectSame(
      cleanUnicode(`بِ${TATWEEL}${KASRA}${HAMZA_ABOVE}ينَ`, { diacritics: 'strip' }),
      `ب${TATWEEL}${HAMZA_ABOVE}ين`,
    );
  });
});

describe('tatweel carrying only a superscript alef (with or without madda) is decoration: removed', () => {
  it.each([
    ['superscript alef', `ٱلۡكِتَ${TATWEEL}${SUPERSCRIPT_ALEF}بُ`, `ٱلۡكِتَ${SUPERSCRIPT_ALEF}بُ`],
    [
      'superscript alef and madda',
      `يَ${TATWEEL}${SUPERSCRIPT_ALEF}${MADDA}أَيُّهَا`,
      `يَ${SUPERSCRIPT_ALEF}${MADDA}أَيُّهَا`,
    ],
    [
      'one decorative and one seat in a row (Uthmani يَـٰٓـَٔادَمُ)',
      `يَ${TATWEEL}${SUPERSCRIPT_ALEF}${MADDA}${TATWEEL}${FATHA}${HAMZA_ABOVE}ادَمُ`,
      `يَ${SUPERSCRIPT_ALEF}${MADDA}${TATWEEL}${FATHA}${HAMZA_ABOVE}ادَمُ`,
    ],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));
});

describe('tatweel as punctuation: kept', () => {
  it.each([
    ['standing alone between spaces (a dash)', `علاقات عربية ${TATWEEL} صينية`],
    ['a run of them as a dash', `عام 2004 ${TATWEEL}${TATWEEL}${TATWEEL} وعليه`],
    ['at the start of a line, as a dash', `${TATWEEL} بند أول\n${TATWEEL} بند ثان`],
    ['after a one-letter proclitic, before a quote', `ل${TATWEEL}"الأهرام"`],
    ['after a one-letter proclitic, before a guillemet', `ل${TATWEEL}«الأهرام»`],
    ['after a one-letter proclitic, before a space and a number', `ب${TATWEEL} 300 دولار`],
    ['after a one-letter proclitic, before a digit', `ب${TATWEEL}300 دولار`],
    ['after a vowelled proclitic', `بِ${TATWEEL}(300) دولار`],
    ['after two proclitics', `وب${TATWEEL} 300`],
    ['after the article, before a Latin word', `ال${TATWEEL} iPhone`],
    ['after the article with a proclitic', `بال${TATWEEL} "كورونا"`],
    ['after li- with the article', `لل${TATWEEL}"الأهرام"`],
    ['in the Hijri year sign', `توفي سنة 505 ه${TATWEEL}. وكان`],
    ['in the Hijri year sign after the digits', `1445ه${TATWEEL}/2024م`],
  ])('%s', (_, input) => {
    expectSame(cleanUnicode(input), input);
    expect(normalize(input)).toContain(TATWEEL);
  });
});

describe('decorative tatweel: removed', () => {
  it.each([
    ['between two joining letters', `تش${TATWEEL}${TATWEEL}${TATWEEL}هد`, 'تشهد'],
    ['after the article, before a letter', `ال${TATWEEL}عراق`, 'العراق'],
    ['after a proclitic, before a letter', `ب${TATWEEL}الكتاب`, 'بالكتاب'],
    ['at the end of a word that is not a prefix', `كتاب${TATWEEL} جديد`, 'كتاب جديد'],
    ['after a word that is not a prefix, before a quote', `قال${TATWEEL}"نعم"`, 'قال"نعم"'],
    ['at the start of a word', `${TATWEEL}كتاب`, 'كتاب'],
    ['a heh inside a word', `الله${TATWEEL} أكبر`, 'الله أكبر'],
    ['through invisible controls', `ك\u200b${TATWEEL}\u200bتب`, 'كتب'],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));

  it('after a word that starts with a detached mark (the repair may join a fragment to it)', () => {
    // With ZWNJ as a space the ب is a one-letter fragment, which the kasra joins to the next word.
    const once = cleanUnicode(`ب\u200c${KASRA}ب${TATWEEL}`, { zwnj: 'space' });
    expectSame(once, `بب${KASRA}`);
    expectSame(cleanUnicode(once, { zwnj: 'space' }), once);
  });

  it('with tatweel: keep nothing is removed', () => {
    expectSame(cleanUnicode(`تش${TATWEEL}هد`, { tatweel: 'keep' }), `تش${TATWEEL}هد`);
  });

  it('explain() names the tatweel rule for the decoration only', () => {
    expect(explain(`ب${TATWEEL} 300 و تش${TATWEEL}هد`).map((c) => [c.before, c.rule])).toEqual([
      [TATWEEL, 'tatweel'],
    ]);
  });
});

describe('a ZWNJ that zwnj: keep removes is looked through, as the next call sees the text', () => {
  // The ZWNJ stands at the end of a word (before a tatweel and the text's end) or at its start:
  // `keep` removes it as redundant, so the tatweel beside it touches the letter on its other side.
  it.each([
    ['between a word and a tatweel that ends the text', `كك\u200c${TATWEEL}`, 'كك'],
    ['between a tatweel that starts the text and a letter', `${TATWEEL}\u200cی`, 'ی'],
  ])('%s', (_, input, expected) => {
    const options = { zwnj: 'keep', farsiLetters: 'keep' } as const;
    expectSame(normalize(input, options), expected);
    expectSame(normalize(normalize(input, options), options), expected);
    expectSame(cleanUnicode(input, { zwnj: 'keep' }), expected);
  });

  it('a ZWNJ inside a word stays, and so does what it keeps the tatweel from', () => {
    // Kept (between two letters, across the tatweel), the ZWNJ is no letter: the tatweel after
    // it touches the letter after it only, at the start of a word, and is decoration.
    expectSame(cleanUnicode(`ك\u200c${TATWEEL}ك`, { zwnj: 'keep' }), `ك\u200cك`);
  });

  it('is idempotent on words, ZWNJs, tatweels and marks with zwnj: keep', () => {
    const piece = fc.constantFrom(
      'ك',
      'ی',
      'ب',
      'ل',
      '\u200c',
      '\u200c\u200c',
      TATWEEL,
      FATHA,
      ' ',
      '\n',
      '3',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom('keep', 'arabic', 'auto'),
        (pieces, farsiLetters) => {
          const options = { zwnj: 'keep', farsiLetters } as const;
          const once = normalize(pieces.join(''), options);
          expectSame(normalize(once, options), once);
        },
      ),
    );
  });
});
