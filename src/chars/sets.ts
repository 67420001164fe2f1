/**
 * The character classes the stages share, built from the Unicode properties and the policy sets:
 * import these rather than writing a class again.
 */
import { fillOnFirstUse } from '../core/table-fills.js';
import { type CodeRange, subtractRanges, unionRanges } from './code-range.js';
import {
  ASCII_DIGITS,
  COMBINING_DIACRITICAL_MARKS_BLOCK,
  DISPUTED_END_OF_AYAH,
  LATIN_WORD_LETTERS,
  LETTER_FORMING_MARKS,
  LETTERS_NOT_YET_READ,
  MARKS_NOT_YET_READ,
  PRESENTATION_FORM_BLOCKS,
  SMALL_FARSI_YEH,
  SMALL_WAW_AND_YEH,
  TATWEEL_RANGE,
} from './policy-sets.js';
import {
  ARABIC_DIGITS,
  ARABIC_LETTERS as UNICODE_ARABIC_LETTERS,
  ARABIC_MARKS as UNICODE_ARABIC_MARKS,
} from './unicode-properties.generated.js';

/** Arabic letters as stage 1, stage 2 and the folds read them: exactly the Unicode property. */
export const ARABIC_LETTERS: readonly CodeRange[] = UNICODE_ARABIC_LETTERS;

/**
 * Arabic combining marks as the stages read them: the Unicode property without the marks no stage
 * reads yet ({@link MARKS_NOT_YET_READ}).
 */
export const ARABIC_MARKS: readonly CodeRange[] = [];

/** The marks `diacritics: 'strip'` removes: the Arabic marks but those that form letters. */
export const DIACRITICS: readonly CodeRange[] = [];

/**
 * Arabic letters as stage 3 reads words: with TATWEEL and SMALL FARSI YEH (they stand inside a
 * word), without the letter it does not read yet ({@link LETTERS_NOT_YET_READ}).
 */
export const WORD_LETTERS_OF_STAGE_3: readonly CodeRange[] = [];

/** Latin letters of words (see {@link LATIN_WORD_LETTERS}). */
export const LATIN_LETTERS: readonly CodeRange[] = LATIN_WORD_LETTERS;

/** The decimal digits of the three systems the library converts between. */
export const DIGITS: readonly CodeRange[] = [ASCII_DIGITS, ...ARABIC_DIGITS];

/**
 * Arabic letters as the sentence splitter reads words: stage 3's, but TATWEEL (a mark to it, see
 * {@link SENTENCE_MARKS}), with the small waw and yeh and the whole presentation-form blocks.
 */
export const SENTENCE_LETTERS: readonly CodeRange[] = [];

/**
 * Marks as the sentence splitter reads them (part of the word before them): the Arabic marks,
 * TATWEEL, ARABIC DISPUTED END OF AYAH and the Combining Diacritical Marks block.
 */
export const SENTENCE_MARKS: readonly CodeRange[] = [];

/** Makes the set `target` (one of the above, empty until then) hold `ranges`. */
function setTo(target: readonly CodeRange[], ranges: readonly CodeRange[]): void {
  (target as CodeRange[]).push(...ranges);
}

/**
 * Works out the sets above that are made from others, on first use (src/core/table-fills.ts): the
 * range arithmetic ran at import, in the interpreter, before.
 */
function fillSets(): void {
  setTo(ARABIC_MARKS, subtractRanges(UNICODE_ARABIC_MARKS, MARKS_NOT_YET_READ));
  setTo(DIACRITICS, subtractRanges(ARABIC_MARKS, LETTER_FORMING_MARKS));
  setTo(
    WORD_LETTERS_OF_STAGE_3,
    unionRanges(subtractRanges(ARABIC_LETTERS, LETTERS_NOT_YET_READ), [
      TATWEEL_RANGE,
      SMALL_FARSI_YEH,
    ]),
  );
  setTo(
    SENTENCE_LETTERS,
    unionRanges(
      subtractRanges(WORD_LETTERS_OF_STAGE_3, [TATWEEL_RANGE]),
      [SMALL_WAW_AND_YEH],
      PRESENTATION_FORM_BLOCKS,
    ),
  );
  setTo(
    SENTENCE_MARKS,
    unionRanges(ARABIC_MARKS, [
      TATWEEL_RANGE,
      DISPUTED_END_OF_AYAH,
      COMBINING_DIACRITICAL_MARKS_BLOCK,
    ]),
  );
}
fillOnFirstUse(fillSets);
