import { codePointsOf } from '../canonical.js';
import { HARAKAT, SUKUN, TANWEEN } from '../character-sets.js';
import type { MarksPolicy } from './marks-scan.js';
import { bareAlef, twoVowels, vowelsOf } from './vowels.js';

/**
 * The rule that puts a detached run of marks glued to the start of a word onto its first letter,
 * where it can sit (a passive damma: `ُعرضت` → `عُرضت`).
 */

/** The vowel bits of {@link vowelsOf} that never sit on the first letter of a word. */
const NOT_ON_FIRST_LETTER =
  (((1 << 3) - 1) << (TANWEEN[0] - HARAKAT[0])) | (1 << (SUKUN - HARAKAT[0]));

/**
 * Whether the detached `run` glued to the start of a word may sit on its first letter (at
 * `letter`, its marks up to `end`): no tanween or sukun (they never start a word), no vowel on a
 * bare ALEF (of the article), none on a letter that already has one.
 */
export function sitsOnFirstLetter(
  text: string,
  policy: MarksPolicy,
  run: readonly number[],
  letter: number,
  end: number,
): boolean {
  const vowels = vowelsOf(policy, run, 0);
  if (vowels === 0) return true;
  if (vowels & NOT_ON_FIRST_LETTER || twoVowels(vowels)) return false;
  const own = codePointsOf(text, letter, end);
  return vowelsOf(policy, own, 1) === 0 && !bareAlef(own, true);
}
