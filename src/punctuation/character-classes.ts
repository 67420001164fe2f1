/**
 * The character classes stage 3 reads, as data: one range per line with its Unicode name.
 * Ranges are inclusive `[first, last]`. These are the letters and marks a press release in Arabic
 * script is written with; a letter of another script counts as "other", which the stage never
 * treats as an Arabic word.
 */

/**
 * Letters of the Arabic script (base letters, extended letters, presentation forms), with TATWEEL
 * and SMALL FARSI YEH, which stand inside a word (see src/chars/sets.ts).
 */
/** Combining marks that belong to the Arabic word they sit in (stage 1's diacritics, plus these). */
/** Latin letters: Basic Latin, Latin-1 Supplement letters, Latin Extended-A and -B. */
/** Decimal digits of the three systems stage 3 converts between. */
export {
  ARABIC_MARKS,
  DIGITS,
  LATIN_LETTERS,
  WORD_LETTERS_OF_STAGE_3 as ARABIC_LETTERS,
} from '../chars/sets.js';
/**
 * Horizontal spaces and line breaks are stage 1's sets (one source for both stages). Stage 3
 * removes only U+0020; the other spaces count as a space but are kept, and stage 3 alone accepts
 * every line break, which stage 1 would have unified to `\n`.
 */
export { LINE_BREAKS, SPACES as HORIZONTAL_SPACES } from '../unicode/character-sets.js';
