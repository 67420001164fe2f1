import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';
import { cleanUnicode } from '../../src/unicode/index.js';
import { codePoints } from '../support/code-points.js';

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

describe('repairDiacritics: tanween cut off by a space goes back to the end of the previous word', () => {
  it.each([
    ['between two spaces', 'جهدا ً جماعيا', 'جهداً جماعيا'],
    ['stuck to the next word: the space moves after it', 'جماعيا ًمن', 'جماعياً من'],
    ['both, as in document 001', 'جهدا ً جماعيا ًمن', 'جهداً جماعياً من'],
    ['on teh marbuta (document 001)', 'أيديولوجية ً داعش', 'أيديولوجيةً داعش'],
    ['dammatan and kasratan too', 'كتابٌ جديد ٌ ومدينة ٍ', 'كتابٌ جديدٌ ومدينةٍ'],
    ['before a full stop: no space left before the stop', 'كثيرا ً.', 'كثيراً.'],
    ['at the end of the text', 'شكرا ً', 'شكراً'],
    ['before a line break', 'شكرا ً\nسطر', 'شكراً\nسطر'],
    ['after several spaces and a no-break space', 'شكرا \u00A0 ً جزيلا', 'شكراً جزيلا'],
    ['with a shadda in the same detached run', 'جدا \u0651\u064B', 'جدا\u064B\u0651'],
    ['onto a word that already has marks', 'مُمكن ً', 'مُمكنً'],
    ['onto a word that already ends in the same tanween: it collapses', 'كثيراً ً', 'كثيراً'],
    ['two detached tanween runs after one word', 'كثيرا ً ً', 'كثيراً'],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));
});

describe('repairDiacritics: a haraka glued to the start of a word where it can sit goes onto that letter', () => {
  it.each([
    ['a damma written before its letter moves after it (document 001)', 'أن ُتساعد', 'أن تُساعد'],
    ['a shadda before its letter', 'قال ّكل', 'قال كّل'],
    ['a passive damma glued to the start of its bare word (news)', 'بجدة، ُعرضت', 'بجدة، عُرضت'],
    ['a shadda glued to a letter with a vowel joins it', 'قال ّكَل', 'قال كَّل'],
    ['a mark at the start of a line, before a letter', 'سطر\nُيمكن', 'سطر\nيُمكن'],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));

  it.each([
    ['a one-letter fragment split off by a shadda (document 001)', 'كما أ ّن إعادة', 'كما أنّ إعادة'],
    ['at the start of the text', 'أ ّن', 'أنّ'],
    ['a conjunction split off by a fatha', 'قال و َقد', 'قال وقَد'],
  ])(
    'a single-letter fragment split from its word by a detached mark is rejoined: %s',
    (_, input, expected) => expectSame(cleanUnicode(input), expected),
  );

  it('a single letter after a number is an abbreviation, not a fragment: the mark only moves', () => {
    expectSame(cleanUnicode('عام 2018 م ُتساعد'), 'عام 2018 م تُساعد');
  });

  it('a two-letter word before the detached mark stays a separate word', () => {
    expectSame(cleanUnicode('أن ّتكون'), 'أن تّكون');
  });

  it('when no letter follows on the line, the mark goes back to the previous word', () => {
    expectSame(cleanUnicode('كتب ُ.'), 'كتبُ.');
  });
});

describe('repairDiacritics: marks with no letter to take them', () => {
  it.each([
    ['at the very start of the text', '\u064Bبداية', 'بداية'],
    ['at the start of the text, before a space', '\u064B بداية', 'بداية'],
    ['a tanween at the start of a line', 'سطر\n\u064Bسطر', 'سطر\nسطر'],
    [
      'a mark alone on its line: the line goes, the blank line stays single',
      'أ\n\u064F\n\nب',
      'أ\n\nب',
    ],
    ['after spaces at the start of the text', '   \u064E', ''],
  ])('are dropped %s', (_, input, expected) => expectSame(cleanUnicode(input), expected));

  it.each([
    ['after a digit', '2018 \u064B', '2018 \u064B'],
    ['after Latin text', 'ISIS \u064B.', 'ISIS \u064B.'],
  ])('are left where they are when unsure: %s', (_, input, expected) =>
    expectSame(cleanUnicode(input), expected),
  );
});

describe('repairDiacritics: identical repeated marks collapse', () => {
  it.each([
    ['two fathas', 'ب\u064E\u064E', 'ب\u064E'],
    ['a thousand shaddas', `ب${'\u0651'.repeat(1000)}`, 'ب\u0651'],
    ['identical marks around another one', 'ب\u064E\u0651\u064E', 'ب\u064E\u0651'],
  ])('%s', (_, input, expected) => expectSame(cleanUnicode(input), expected));

  it('different marks on one letter are all kept', () => {
    expectSame(cleanUnicode('ب\u064E\u064F'), 'ب\u064E\u064F');
  });
});

describe('repairDiacritics: false (the minimal preset) leaves marks where they are', () => {
  it.each([
    ['detached tanween', 'جهدا ً جماعيا ًمن'],
    ['mark before its letter', 'أن ُتساعد'],
    ['split fragment', 'أ ّن'],
    ['repeated marks', 'ب\u064E\u064E'],
  ])('%s', (_, input) => {
    expectSame(cleanUnicode(input, { repairDiacritics: false }), input);
    expectSame(normalize(input, { preset: 'minimal' }), input);
  });
});
