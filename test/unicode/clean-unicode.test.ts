import { describe, expect, it } from 'vitest';
import { cleanUnicode } from '../../src/unicode/index.js';
import { codePoints } from '../support/code-points.js';

/** Compares code points, so that a failure names the invisible characters. */
const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

describe('cleanUnicode: invisible characters and line breaks', () => {
  it.each([
    ['BOM at the start', '\uFEFFقال', 'قال'],
    ['zero width space inside a word', 'الت\u200Bحالف', 'التحالف'],
    ['zero width joiner', 'ب\u200Dا', 'با'],
    ['word joiner', 'ب\u2060ا', 'با'],
    ['soft hyphen', 'الإر\u00ADهاب', 'الإرهاب'],
    ['LRM and RLM', '\u200Fقال\u200E 2018', 'قال 2018'],
    ['ARABIC LETTER MARK', 'قال\u061C', 'قال'],
    ['bidi embedding and pop', '\u202Bقال\u202C', 'قال'],
    ['bidi isolates', '\u2067قال\u2069', 'قال'],
    ['C0 controls', 'قال\u0001\u0008', 'قال'],
    ['C1 controls', 'قال\u0080\u009F', 'قال'],
    ['CRLF', 'سطر\r\nسطر', 'سطر\nسطر'],
    ['CR alone', 'سطر\rسطر', 'سطر\nسطر'],
    ['NEL', 'سطر\u0085سطر', 'سطر\nسطر'],
    ['LINE SEPARATOR', 'سطر\u2028سطر', 'سطر\nسطر'],
    ['PARAGRAPH SEPARATOR', 'سطر\u2029سطر', 'سطر\nسطر'],
    ['form feed (page break)', 'سطر\u000Cسطر', 'سطر\nسطر'],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));

  it.each([
    ['remove', 'الخارجية\u200Cالأمريكية', 'الخارجيةالأمريكية'],
    ['space', 'الخارجية\u200Cالأمريكية', 'الخارجية الأمريكية'],
    ['keep', 'الخارجية\u200Cالأمريكية', 'الخارجية\u200Cالأمريكية'],
  ] as const)('ZWNJ with zwnj: %s', (zwnj, input, expected) =>
    expectSame(cleanUnicode(input, { zwnj }), expected),
  );
});

describe('cleanUnicode: lone surrogates (invalid UTF-16)', () => {
  it.each([
    ['a lone high surrogate', 'قال\uD800 ذلك', 'قال\uFFFD ذلك'],
    ['a lone low surrogate', '\uDC00قال', '\uFFFDقال'],
    ['a low before a high', '\uDC00\uD800', '\uFFFD\uFFFD'],
    [
      'two lone halves that a removed mark would have joined into a pair',
      '\uD800\u0670\uDC00',
      '\uFFFD\u0670\uFFFD',
    ],
  ])('%s becomes U+FFFD', (_, input, expected) => expectSame(cleanUnicode(input), expected));

  it('keeps a well-formed surrogate pair (an emoji) as it is', () => {
    const text = 'أحسنت \u{1F44D}';
    expect(cleanUnicode(text)).toBe(text);
  });

  it('never pairs up lone halves when the mark between them is stripped', () => {
    expectSame(cleanUnicode('\uD800\u0670\uDC00', { diacritics: 'strip' }), '\uFFFD\uFFFD');
  });
});

describe('cleanUnicode: spaces', () => {
  it.each([
    ['NBSP beside a space (document 000)', 'أبعد من ذلك\u00A0 في دول', 'أبعد من ذلك في دول'],
    ['en quad .. hair space', 'في\u2000\u200Aدول', 'في دول'],
    [
      'narrow no-break, medium mathematical and ideographic space',
      'أ\u202Fب\u205Fج\u3000د',
      'أ ب ج د',
    ],
    ['tab', 'في\tدول', 'في دول'],
    ['runs of spaces', 'في    دول', 'في دول'],
    ['spaces at line ends and starts', '  في  \n  دول  ', 'في\nدول'],
    ['more than one blank line', 'أ\n\n\n\nب', 'أ\n\nب'],
    ['blank lines made of spaces', 'أ\n \n\t\n \nب', 'أ\n\nب'],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));

  it('keeps spaces with whitespace: keep, but still unifies line breaks', () => {
    expectSame(cleanUnicode('في\u00A0 دول\r\n', { whitespace: 'keep' }), 'في\u00A0 دول\n');
  });
});

describe('cleanUnicode: presentation forms and ligatures', () => {
  it.each([
    ['isolated, initial, medial and final letter forms', '\uFECB\uFEE0\uFBFD', 'علی'],
    ['lam-alef', '\uFEFB', 'لا'],
    ['lam-alef with hamza above keeps the hamza', '\uFEF7', 'لأ'],
    ['lam-alef with hamza below keeps the hamza', '\uFEF9', 'لإ'],
    ['lam-alef with madda keeps the madda', '\uFEF5', 'لآ'],
    ['ALLAH ligature', '\uFDF2', 'الله'],
    ['SALLALLAHOU ALAYHE WASALLAM', 'النبي \uFDFA', 'النبي صلى الله عليه وسلم'],
    ['JALLAJALALOUHOU', 'الله \uFDFB', 'الله جل جلاله'],
    ['BISMILLAH (no decomposition in Unicode)', '\uFDFD', 'بسم الله الرحمن الرحيم'],
    ['an honorific without decomposition', 'أبو بكر \uFD41', 'أبو بكر رضي الله عنه'],
    ['SUBHAANAHU WA TAAALAA', 'الله \uFDFE', 'الله سبحانه وتعالى'],
    ['two-letter ligature', '\uFC0B', 'تج'],
    ['FARSI YEH final form gives FARSI YEH (mapped in stage 2)', '\uFBFD', 'ی'],
    ['HEH DOACHASHMEE forms', '\uFBAB', 'ھ'],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));

  it.each([
    ['fathatan isolated form after its letter', 'ب\uFE70', 'بً'],
    ['tatweel with fathatan after its letter', 'ب\uFE71', 'بً'],
    ['shadda medial form', 'ب\uFE7D', 'بّ'],
    [
      'an isolated mark form after a space goes back to the word',
      'جهدا \uFE70 جماعيا',
      'جهداً جماعيا',
    ],
    ['shadda with dammatan ligature (space + marks)', 'ب\uFC5E', 'بٌّ'],
    ['shadda with fatha medial ligature (tatweel + marks)', 'ب\uFCF2', 'بَّ'],
  ])(
    'an isolated-mark form becomes the combining mark on the letter before: %s',
    (_, input, expected) => expectSame(cleanUnicode(input), expected),
  );
});

describe('cleanUnicode: tatweel', () => {
  it.each([
    ['remove', 'الـعـراق', 'العراق'],
    ['keep', 'الـعـراق', 'الـعـراق'],
  ] as const)('tatweel: %s', (tatweel, input, expected) =>
    expectSame(cleanUnicode(input, { tatweel }), expected),
  );

  it('a superscript alef written on a removed tatweel lands on the letter before it', () => {
    expectSame(cleanUnicode('ه\u064e\u0640\u0670ذا'), 'ه\u064e\u0670ذا');
  });
});

describe('cleanUnicode: NFC, applied locally', () => {
  it.each([
    ['alef + hamza above', 'ا\u0654', 'أ'],
    ['alef + madda', 'ا\u0653', 'آ'],
    ['waw + hamza above', 'و\u0654', 'ؤ'],
    ['yeh + hamza above', 'ي\u0654', 'ئ'],
    ['alef + hamza below', 'ا\u0655', 'إ'],
    ['shadda before fatha is put in canonical order', 'ب\u0651\u064E', 'ب\u064E\u0651'],
    ['Latin e + acute', 'caf\u0065\u0301', 'café'],
    ['Hangul jamo', '\u1100\u1161', '\uAC00'],
    ['a singleton (OHM SIGN)', '\u2126', '\u03A9'],
    ['a mark on a supplementary letter', '\u{1D400}\u0301\u0300', '\u{1D400}\u0301\u0300'],
  ])('%s', (_, input, expected) => {
    expectSame(cleanUnicode(input), expected);
    expect(cleanUnicode(input)).toBe(input.normalize('NFC'));
  });
});

describe('cleanUnicode: diacritics option', () => {
  it.each([
    ['keep', 'لقد قدّم هؤلاء', 'لقد قدّم هؤلاء'],
    ['strip', 'لقد قدّم هؤلاء', 'لقد قدم هؤلاء'],
    ['strip-except-shadda', 'لقد قدّم هؤلاء', 'لقد قدّم هؤلاء'],
    ['strip', 'تهديدًا كبيرًا', 'تهديدا كبيرا'],
    ['strip-except-shadda', 'تهديدًا كبيرًا', 'تهديدا كبيرا'],
    ['strip', 'جهدا ً جماعيا ًمن', 'جهدا جماعيا من'],
  ] as const)('diacritics: %s on %s', (diacritics, input, expected) =>
    expectSame(cleanUnicode(input, { diacritics }), expected),
  );

  it('stripping keeps hamza and madda, which are part of letters', () => {
    expectSame(cleanUnicode('آ\u0627\u0654', { diacritics: 'strip' }), 'آأ');
  });
});

describe('cleanUnicode: identity', () => {
  it('returns the very same string when nothing needs changing', () => {
    const clean = 'قالت الوزارة إن 22 عملية نفذت.\nوأضافت أنَّ التحالف مستمرٌّ.';
    expect(cleanUnicode(clean)).toBe(clean);
  });
});
