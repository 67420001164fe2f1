import { type CodeRange, DIACRITICS } from '../unicode/character-sets.js';

/**
 * The character classes stage 3 reads, as data: one range per line with its Unicode name.
 * Ranges are inclusive `[first, last]`. These are the letters and marks a press release in Arabic
 * script is written with; a letter of another script counts as "other", which the stage never
 * treats as an Arabic word.
 */

/** Letters of the Arabic script (base letters, extended letters, presentation forms). */
export const ARABIC_LETTERS: readonly CodeRange[] = [
  [0x0620, 0x063f], // ARABIC LETTER KASHMIRI YEH .. ARABIC LETTER FARSI YEH WITH THREE DOTS ABOVE
  [0x0640, 0x064a], // ARABIC TATWEEL .. ARABIC LETTER YEH
  [0x066e, 0x066f], // ARABIC LETTER DOTLESS BEH, ARABIC LETTER DOTLESS QAF
  [0x0671, 0x06d3], // ARABIC LETTER ALEF WASLA .. ARABIC LETTER YEH BARREE WITH HAMZA ABOVE
  [0x06d5, 0x06d5], // ARABIC LETTER AE
  [0x06ee, 0x06ef], // ARABIC LETTER DAL WITH INVERTED V, ARABIC LETTER REH WITH INVERTED V
  [0x06fa, 0x06fc], // ARABIC LETTER SHEEN WITH DOT BELOW .. ARABIC LETTER GHAIN WITH DOT BELOW
  [0x06ff, 0x06ff], // ARABIC LETTER HEH WITH INVERTED V
  [0x0750, 0x077f], // ARABIC LETTER BEH WITH THREE DOTS HORIZONTALLY BELOW .. ARABIC LETTER KAF WITH TWO DOTS ABOVE
  [0x0870, 0x0887], // ARABIC LETTER ALEF WITH ATTACHED FATHA .. ARABIC BASELINE ROUND DOT
  [0x0889, 0x088e], // ARABIC LETTER NOON WITH INVERTED SMALL V .. ARABIC VERTICAL TAIL
  [0x08a0, 0x08c9], // ARABIC LETTER BEH WITH SMALL V BELOW .. ARABIC SMALL FARSI YEH
  [0xfb50, 0xfbb1], // ARABIC LETTER ALEF WASLA ISOLATED FORM .. ARABIC LETTER YEH BARREE WITH HAMZA ABOVE FINAL FORM
  [0xfbd3, 0xfd3d], // ARABIC LETTER NG ISOLATED FORM .. ARABIC LIGATURE ALEF WITH FATHATAN ISOLATED FORM
  [0xfd50, 0xfd8f], // ARABIC LIGATURE TEH WITH JEEM WITH MEEM INITIAL FORM .. ARABIC LIGATURE MEEM WITH KHAH WITH MEEM INITIAL FORM
  [0xfd92, 0xfdc7], // ARABIC LIGATURE MEEM WITH JEEM WITH KHAH INITIAL FORM .. ARABIC LIGATURE NOON WITH JEEM WITH YEH FINAL FORM
  [0xfdf0, 0xfdfb], // ARABIC LIGATURE SALLA USED AS KORANIC STOP SIGN ISOLATED FORM .. ARABIC LIGATURE JALLAJALALOUHOU
  [0xfe70, 0xfe74], // ARABIC FATHATAN ISOLATED FORM .. ARABIC KASRATAN ISOLATED FORM
  [0xfe76, 0xfefc], // ARABIC FATHA ISOLATED FORM .. ARABIC LIGATURE LAM WITH ALEF FINAL FORM
];

/** Combining marks that belong to the Arabic word they sit in (stage 1's diacritics, plus these). */
export const ARABIC_MARKS: readonly CodeRange[] = [
  ...DIACRITICS,
  [0x0653, 0x0655], // ARABIC MADDAH ABOVE .. ARABIC HAMZA BELOW
];

/** Latin letters: Basic Latin, Latin-1 Supplement letters, Latin Extended-A and -B. */
export const LATIN_LETTERS: readonly CodeRange[] = [
  [0x0041, 0x005a], // LATIN CAPITAL LETTER A .. LATIN CAPITAL LETTER Z
  [0x0061, 0x007a], // LATIN SMALL LETTER A .. LATIN SMALL LETTER Z
  [0x00c0, 0x00d6], // LATIN CAPITAL LETTER A WITH GRAVE .. LATIN CAPITAL LETTER O WITH DIAERESIS
  [0x00d8, 0x00f6], // LATIN CAPITAL LETTER O WITH STROKE .. LATIN SMALL LETTER O WITH DIAERESIS
  [0x00f8, 0x024f], // LATIN SMALL LETTER O WITH STROKE .. LATIN SMALL LETTER Y WITH STROKE
];

/**
 * Horizontal spaces and line breaks are stage 1's sets (one source for both stages). Stage 3
 * removes only U+0020; the other spaces count as a space but are kept, and stage 3 alone accepts
 * every line break, which stage 1 would have unified to `\n`.
 */
export { LINE_BREAKS, SPACES as HORIZONTAL_SPACES } from '../unicode/character-sets.js';

/** Decimal digits of the three systems stage 3 converts between. */
export const DIGITS: readonly CodeRange[] = [
  [0x0030, 0x0039], // DIGIT ZERO .. DIGIT NINE
  [0x0660, 0x0669], // ARABIC-INDIC DIGIT ZERO .. ARABIC-INDIC DIGIT NINE
  [0x06f0, 0x06f9], // EXTENDED ARABIC-INDIC DIGIT ZERO .. EXTENDED ARABIC-INDIC DIGIT NINE
];
