import { SMALL_WAW_AND_YEH } from '../chars/policy-sets.js';
import type { CodeRange } from '../unicode/character-sets.js';

/**
 * Quranic signs that plain spelling does not write, folded away by `foldQuranicMarks` when they
 * sit on a letter (a sign standing alone between words is left where it is).
 */

/** Quranic annotation marks: pause signs, small high letters, stops and the like. */
export const QURANIC_ANNOTATION_MARKS: readonly CodeRange[] = [
  [0x0615, 0x0617], // ARABIC SMALL HIGH TAH .. ARABIC SMALL HIGH ZAIN
  [0x06d6, 0x06dc], // ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA .. ARABIC SMALL HIGH SEEN
  [0x06df, 0x06e4], // ARABIC SMALL HIGH ROUNDED ZERO .. ARABIC SMALL HIGH MADDA
  [0x06e7, 0x06e8], // ARABIC SMALL HIGH YEH, ARABIC SMALL HIGH NOON
  [0x06ea, 0x06ed], // ARABIC EMPTY CENTRE LOW STOP .. ARABIC SMALL LOW MEEM
  [0x08d3, 0x08e1], // ARABIC SMALL LOW WAW .. ARABIC SMALL HIGH SIGN SAFHA
  [0x08f3, 0x08f3], // ARABIC SMALL HIGH WAW
];

/**
 * The small letters of Uthmani script that mark a long vowel plain spelling leaves unwritten
 * (`لَهُۥ` is `له`, `بِهِۦ` is `به`). They are letters, not marks, so they are dropped with the
 * marks they carry.
 */
export const SMALL_VOWEL_LETTERS: readonly CodeRange[] = [SMALL_WAW_AND_YEH];

/** ARABIC MADDAH ABOVE: on ALEF it is part of the letter (foldAlef); on another letter a Quranic sign. */
export const MADDA_ABOVE = 0x0653;
/** ARABIC HAMZA ABOVE. */
export const HAMZA_ABOVE = 0x0654;
/** ARABIC HAMZA BELOW. */
export const HAMZA_BELOW = 0x0655;
