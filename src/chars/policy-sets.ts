/**
 * Policy sets: where a stage reads a character otherwise than its Unicode property says, the
 * difference is named here, once, with the reason. Each stage's classes are built from
 * unicode-properties.generated.ts and these sets (test/chars/ checks that they agree and lists
 * every difference by name). Ranges are inclusive `[first, last]`, one per line with its name.
 */
import type { CodeRange } from './code-range.js';

/**
 * Arabic marks added in Unicode 14–16 (ARABIC PEPET, the small high word marks U+0898–U+089F):
 * the hand-written mark lists the stages grew from predate them, so no stage treats them as marks
 * yet. Kept out of the marks so that deriving the tables changed no behaviour; counting them as
 * marks is a behaviour change to make on purpose, with its tests.
 */
export const MARKS_NOT_YET_READ: readonly CodeRange[] = [
  [0x0897, 0x089f], // ARABIC PEPET .. ARABIC HALF MADDA OVER MADDA
];

/**
 * An Arabic letter added in Unicode 17 that stage 3 and the sentence splitter do not read as a
 * letter yet (their lists predate it; stage 1 reads the generated letters and has it). Kept out
 * there so that deriving the tables changed no behaviour.
 */
export const LETTERS_NOT_YET_READ: readonly CodeRange[] = [
  [0x088f, 0x088f], // ARABIC LETTER NOON WITH RING ABOVE
];

/**
 * The marks that make ALEF, WAW and YEH other letters (`آ أ إ ؤ ئ`, their canonical
 * decompositions): part of the spelling, so `diacritics: 'strip'` keeps them although they are
 * marks.
 */
export const LETTER_FORMING_MARKS: readonly CodeRange[] = [
  [0x0653, 0x0655], // ARABIC MADDAH ABOVE .. ARABIC HAMZA BELOW
];

/**
 * ARABIC TATWEEL (Lm): stage 3 reads it as a letter (it stretches a word: the word goes on),
 * the sentence splitter as a mark (part of the word before it, not a letter of its own).
 */
export const TATWEEL_RANGE: CodeRange = [0x0640, 0x0640]; // ARABIC TATWEEL

/**
 * ARABIC SMALL FARSI YEH (Lm), a letter written small above another: stage 3 and the sentence
 * splitter read it as a letter of the word it stands in.
 */
export const SMALL_FARSI_YEH: CodeRange = [0x08c9, 0x08c9]; // ARABIC SMALL FARSI YEH

/**
 * ARABIC SMALL WAW and SMALL YEH (Lm) of Quranic spelling (`لَهُۥ`): written after a letter like
 * its marks; the sentence splitter reads them as letters, stage 1 as continuing the word.
 */
export const SMALL_WAW_AND_YEH: CodeRange = [0x06e5, 0x06e6]; // ARABIC SMALL WAW, ARABIC SMALL YEH

/**
 * ARABIC DISPUTED END OF AYAH (Cf, a format control since Unicode 11): the sentence splitter,
 * whose mark range runs on from the Quranic marks around it, reads it as a mark, which keeps it in
 * the word before it; the other stages leave it out of the marks, as Unicode does.
 */
export const DISPUTED_END_OF_AYAH: CodeRange = [0x08e2, 0x08e2]; // ARABIC DISPUTED END OF AYAH

/**
 * The combining marks the sentence splitter reads besides the Arabic ones: the Combining
 * Diacritical Marks block, for Latin words written with decomposed accents.
 */
export const COMBINING_DIACRITICAL_MARKS_BLOCK: CodeRange = [0x0300, 0x036f]; // COMBINING GRAVE ACCENT .. COMBINING LATIN SMALL LETTER X

/**
 * The Arabic presentation-form blocks, which the sentence splitter reads as letters as a whole:
 * the symbols in them (U+FBB2–U+FBC2, the word ligatures U+FD40–U+FD4F and U+FDCF), unassigned
 * code points and the noncharacters U+FDD0–U+FDEF stand where letters do, and stage 1 has turned
 * every form into its letters before the splitter runs on `normalize`'s output anyway.
 */
export const PRESENTATION_FORM_BLOCKS: readonly CodeRange[] = [
  [0xfb50, 0xfdfb], // ARABIC LETTER ALEF WASLA ISOLATED FORM .. ARABIC LIGATURE JALLAJALALOUHOU
  [0xfe70, 0xfefc], // ARABIC FATHATAN ISOLATED FORM .. ARABIC LIGATURE LAM WITH ALEF FINAL FORM
];

/**
 * The Latin letters the stages read as Latin words: Basic Latin, Latin-1 Supplement (without the
 * ordinal indicators ª º), Latin Extended-A and -B. Further Latin (IPA, Vietnamese, fullwidth) is
 * not what the scraped text writes words with.
 */
export const LATIN_WORD_LETTERS: readonly CodeRange[] = [
  [0x0041, 0x005a], // LATIN CAPITAL LETTER A .. LATIN CAPITAL LETTER Z
  [0x0061, 0x007a], // LATIN SMALL LETTER A .. LATIN SMALL LETTER Z
  [0x00c0, 0x00d6], // LATIN CAPITAL LETTER A WITH GRAVE .. LATIN CAPITAL LETTER O WITH DIAERESIS
  [0x00d8, 0x00f6], // LATIN CAPITAL LETTER O WITH STROKE .. LATIN SMALL LETTER O WITH DIAERESIS
  [0x00f8, 0x024f], // LATIN SMALL LETTER O WITH STROKE .. LATIN SMALL LETTER Y WITH STROKE
];

/** ASCII digits (the Arabic script's own are ARABIC_DIGITS). */
export const ASCII_DIGITS: CodeRange = [0x0030, 0x0039]; // DIGIT ZERO .. DIGIT NINE
