import { combiningClass } from '../canonical.js';
import { FATHATAN, HARAKAT, SMALL_WAW_AND_YEH, ZWNJ } from '../character-sets.js';
import type { Pending } from './cluster.js';
import { FLAGS, isDigit, LETTER } from './mark-flags.js';
import type { MarksPolicy } from './marks-scan.js';
import { bareAlef, twoVowels, vowelsOf } from './vowels.js';

/**
 * The rule that puts a detached run of marks back on the end of the word before it (a tanween,
 * vowel or sukun standing alone between spaces is the previous word's ending: `جهدا ً` →
 * `جهداً`).
 */

/**
 * Whether the cluster `p` is a word of one letter: nothing that continues a word (a letter, a
 * mark, a small waw or yeh, an ASCII letter, a digit of any system) before it, past ZWNJs. Unlike a fragment,
 * it need not follow a space, so that a space the punctuation stage removes (after an opening
 * bracket) changes nothing here.
 */
function oneLetterWord(text: string, p: Pending): boolean {
  if (p.head !== '' || p.start === 0) return p.head === '';
  // A ZWNJ inside a word does not end it: stage 2 may remove it afterwards (`ب‌ب ِ` must be
  // decided as `بب ِ` is, or a second run would decide again).
  let k = p.start - 1;
  while (k > 0 && text.charCodeAt(k) === ZWNJ) k--;
  const before = text.charCodeAt(k);
  return !(
    FLAGS[before]! & LETTER ||
    combiningClass(before) !== 0 ||
    (before >= SMALL_WAW_AND_YEH[0] && before <= SMALL_WAW_AND_YEH[1]) ||
    isDigit(before) ||
    ((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a)
  );
}

/**
 * Whether the detached `run` may go back onto the end of the word before it, the cluster
 * `previous`: an Arabic letter that is not a word of one letter, left with one vowel at most
 * (a word-final bare ALEF takes none but fathatan).
 */
export function takesBack(
  text: string,
  policy: MarksPolicy,
  previous: Pending | undefined,
  run: readonly number[],
): boolean {
  if (!previous?.arabic || oneLetterWord(text, previous)) return false;
  const vowels = vowelsOf(policy, run, 0);
  if (twoVowels(vowelsOf(policy, previous.cps, 1) | vowels)) return false;
  if (vowels !== 0 && bareAlef(previous.cps, false)) {
    return vowels === 1 << (FATHATAN - HARAKAT[0]);
  }
  return true;
}
