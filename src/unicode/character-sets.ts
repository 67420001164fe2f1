/**
 * The characters stage 1 treats specially, as data: one entry per line, code point and Unicode name.
 * Ranges are inclusive `[first, last]`.
 */
import type { CodeRange } from '../chars/code-range.js';

/** Line terminators, all unified to `\n` (CRLF counts as one line break): Unicode's, exactly. */
/** Spaces, each becoming one ASCII space when whitespace is collapsed: Unicode's, exactly. */
export { LINE_BREAKS, SPACES } from '../chars/unicode-properties.generated.js';
export type { CodeRange };

/** Invisible characters removed in every preset: controls, zero-width and bidi formatting. */
export const INVISIBLES: readonly CodeRange[] = [
  [0x0000, 0x0008], // NULL .. BACKSPACE
  [0x000e, 0x001f], // SHIFT OUT .. INFORMATION SEPARATOR ONE
  [0x007f, 0x0084], // DELETE, C1 controls .. INDEX
  [0x0086, 0x009f], // C1 controls START OF SELECTED AREA .. APPLICATION PROGRAM COMMAND
  [0x00ad, 0x00ad], // SOFT HYPHEN
  [0x061c, 0x061c], // ARABIC LETTER MARK
  [0x180e, 0x180e], // MONGOLIAN VOWEL SEPARATOR
  [0x200b, 0x200b], // ZERO WIDTH SPACE
  [0x200d, 0x200d], // ZERO WIDTH JOINER
  [0x200e, 0x200f], // LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
  [0x202a, 0x202e], // LEFT-TO-RIGHT EMBEDDING .. RIGHT-TO-LEFT OVERRIDE
  [0x2060, 0x2064], // WORD JOINER, FUNCTION APPLICATION .. INVISIBLE PLUS
  [0x2066, 0x2069], // LEFT-TO-RIGHT ISOLATE .. POP DIRECTIONAL ISOLATE
  [0x206a, 0x206f], // INHIBIT SYMMETRIC SWAPPING .. NOMINAL DIGIT SHAPES (deprecated format characters)
  [0xfeff, 0xfeff], // ZERO WIDTH NO-BREAK SPACE (byte order mark)
];

/** ZERO WIDTH NON-JOINER, handled by the `zwnj` option. */
export const ZWNJ = 0x200c;

/** ARABIC TATWEEL, handled by the `tatweel` option. */
export const TATWEEL = 0x0640;

/** ARABIC SHADDA, kept by `diacritics: 'strip-except-shadda'`. */
export const SHADDA = 0x0651;

/**
 * Arabic diacritics removed by `diacritics: 'strip'`: harakat, tanween, Quranic annotation marks
 * (the Arabic marks but those that make a letter, see src/chars/sets.ts).
 */
/**
 * Arabic combining marks. A run of marks cut off from its letter (after a space or at a line
 * start) is repaired as a whole when it holds one of these.
 */
export { ARABIC_MARKS, DIACRITICS } from '../chars/sets.js';

/** The harakat (fathatan .. sukun): identical ones on one letter collapse to one. */
export const HARAKAT: CodeRange = [0x064b, 0x0652]; // ARABIC FATHATAN .. ARABIC SUKUN

/** Tanween, which belongs at the end of a word: fathatan, dammatan, kasratan. */
export const TANWEEN: CodeRange = [0x064b, 0x064d]; // ARABIC FATHATAN .. ARABIC KASRATAN

/**
 * Characters after which a tanween cut off by a space keeps that space before it (it stood
 * between two words): anything but these closing punctuation marks, spaces and line breaks.
 */
export const CLOSING_PUNCTUATION: readonly CodeRange[] = [
  [0x0021, 0x0021], // EXCLAMATION MARK
  [0x0022, 0x0022], // QUOTATION MARK
  [0x0027, 0x0027], // APOSTROPHE
  [0x0029, 0x0029], // RIGHT PARENTHESIS
  [0x002c, 0x002c], // COMMA
  [0x002e, 0x002e], // FULL STOP
  [0x003a, 0x003b], // COLON, SEMICOLON
  [0x003f, 0x003f], // QUESTION MARK
  [0x005d, 0x005d], // RIGHT SQUARE BRACKET
  [0x007d, 0x007d], // RIGHT CURLY BRACKET
  [0x00bb, 0x00bb], // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
  [0x060c, 0x060c], // ARABIC COMMA
  [0x061b, 0x061b], // ARABIC SEMICOLON
  [0x061f, 0x061f], // ARABIC QUESTION MARK
  [0x06d4, 0x06d4], // ARABIC FULL STOP
  [0x2019, 0x2019], // RIGHT SINGLE QUOTATION MARK
  [0x201d, 0x201d], // RIGHT DOUBLE QUOTATION MARK
  [0x2026, 0x2026], // HORIZONTAL ELLIPSIS
];

/** ARABIC LETTER SUPERSCRIPT ALEF: on a tatweel (with or without a madda) it is decoration. */
export const SUPERSCRIPT_ALEF = 0x0670;

/** ARABIC MADDAH ABOVE, which Uthmani text writes over a superscript alef on a tatweel. */
export const MADDA_ABOVE = 0x0653;

/**
 * What a tatweel after a whole word binds to the next word when that word cannot join (a quote, a
 * digit, a Latin word, a bracket, a space): one-letter proclitics, pairs of them, the article with
 * its proclitics, and the Hijri year sign هـ. Written as the letters of the word before the tatweel.
 */
export const TATWEEL_BOUND_PREFIXES: readonly string[] = [
  '\u0628', // ب (bi-)
  '\u0644', // ل (li-)
  '\u0643', // ك (ka-)
  '\u0648', // و (wa-)
  '\u0641', // ف (fa-)
  '\u0648\u0628', // وب
  '\u0648\u0644', // ول
  '\u0648\u0643', // وك
  '\u0641\u0628', // فب
  '\u0641\u0644', // فل
  '\u0641\u0643', // فك
  '\u0627\u0644', // ال (the article)
  '\u0648\u0627\u0644', // وال
  '\u0641\u0627\u0644', // فال
  '\u0628\u0627\u0644', // بال
  '\u0643\u0627\u0644', // كال
  '\u0648\u0628\u0627\u0644', // وبال
  '\u0641\u0628\u0627\u0644', // فبال
  '\u0648\u0643\u0627\u0644', // وكال
  '\u0641\u0643\u0627\u0644', // فكال
  '\u0644\u0644', // لل (li- + the article)
  '\u0648\u0644\u0644', // ولل
  '\u0641\u0644\u0644', // فلل
  '\u0647', // ه (هـ: the Hijri year, as in 1445 هـ)
];

/**
 * Quranic annotation signs (pause marks, small high letters, rub el hizb, sajdah): between two
 * words they are the text's own punctuation, never a mark cut off from a letter.
 */
export const QURANIC_ANNOTATIONS: CodeRange = [0x06d6, 0x06ed]; // ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA .. ARABIC SMALL LOW MEEM

/**
 * The small waw and small yeh of Quranic spelling (`لَهُۥ`): modifier letters written after a letter
 * like its marks, so they continue the word they stand in.
 */
export { SMALL_WAW_AND_YEH } from '../chars/policy-sets.js';

/**
 * The vowels of a letter, of which it carries at most one: tanween, fatha, damma, kasra, sukun
 * (shadda is not one of them: it goes with a vowel).
 */
export const VOWELS: readonly CodeRange[] = [
  [0x064b, 0x0650], // ARABIC FATHATAN .. ARABIC KASRA
  [0x0652, 0x0652], // ARABIC SUKUN
];

/** ARABIC SUKUN: never on the first letter of a word. */
export const SUKUN = 0x0652;

/** ARABIC FATHATAN: the one vowel a word-final ALEF carries (`جداً`). */
export const FATHATAN = 0x064b;

/**
 * Letters that start a word without a vowel of their own: the bare ALEF (of the article, or a
 * hamzat wasl) and ALEF WASLA. A vowel written on one at the start of a word is the ending of the
 * word before (`لوزارة ِالداخلية`).
 */
export const VOWELLESS_INITIALS: readonly CodeRange[] = [
  [0x0627, 0x0627], // ARABIC LETTER ALEF
  [0x0671, 0x0671], // ARABIC LETTER ALEF WASLA
];

/** ARABIC LETTER ALEF: at the end of a word it carries no vowel but fathatan. */
export const ALEF = 0x0627;

/** The marks that make ALEF another letter (`آ أ إ`, their canonical decompositions). */
export const ALEF_HAMZA_MARKS: CodeRange = [0x0653, 0x0655]; // ARABIC MADDAH ABOVE .. ARABIC HAMZA BELOW

/** ZERO WIDTH JOINER: removed, except inside an emoji sequence (👩‍🔬), where it is part of it. */
export const ZWJ = 0x200d;

/** VARIATION SELECTOR-16 (emoji presentation), which may stand before a ZWJ in an emoji (🏳️‍🌈). */
export const EMOJI_PRESENTATION = 0xfe0f;

/** EMOJI MODIFIER FITZPATRICK TYPE-1-2 .. TYPE-6: skin tones, which may stand before a ZWJ. */
export const EMOJI_MODIFIERS: CodeRange = [0x1f3fb, 0x1f3ff];
