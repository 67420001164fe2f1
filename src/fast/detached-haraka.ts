import { takesBack } from '../unicode/marks/case-ending.js';
import { Pending } from '../unicode/marks/cluster.js';
import { FLAGS, LETTER } from '../unicode/marks/mark-flags.js';
import type { MarksPolicy } from '../unicode/marks/marks-scan.js';
import { strippedBy } from '../unicode/marks/vowels.js';
import { COPY, FARSI, HARAKA_MARK, MARK, SPACE } from './unit-actions.js';

/*
 * The commonest detached mark, decided in the fused pass instead of by the reference passes: one
 * haraka standing alone between two gaps of spaces after a word, `جهد ً من` (a tanween, vowel,
 * sukun or shadda cut off from the end of its word). The marks pass (`repair-marks.ts`) reaches
 * it by `detachedRunAt`, with the word's last letter as the cluster before the gap; this module
 * asks the same rule the pass asks there, `takesBack` (case-ending.ts), with the same cluster,
 * read off the input: under the conditions below the input holds there what the first pass gives
 * the marks pass (untouched units are never removed or replaced), so the answer is the
 * reference's. Anything else is left to the reference.
 *
 * The conditions, each for a step of the reference's path:
 * - the gap before the haraka is spaces only (nothing the first pass removes, no line break), after
 *   an untouched Arabic letter: the pass's `detachedRunAt` walks back over the spaces to that
 *   letter, which no earlier edit of the pass covers (an untouched letter is not NFC-sensitive, so
 *   no cluster ends on it, and a detached run glued to it would have sent the whole stretch to
 *   the reference), and takes the letter alone as the cluster before the gap;
 * - the unit before that letter is one the first pass leaves where it is (an untouched unit, a
 *   Farsi letter, which only stage 2 maps, or a mark): `oneLetterWord`, which reads only that
 *   unit, reads the same unit in the input;
 * - the haraka is one unit and a space follows it: no letter after it to sit on, and the case
 *   ending takes no gap with it (`backOnWordEnd`).
 * After the spaces that follow, the reference's `settle` may give the same word a second detached
 * run; that run follows a gap that is not a clean seam (a mark is not untouched), which no letter
 * ends, so the fused pass sends it to the reference, from the last clean seam, before the word:
 * the reference decides both runs again, and its output replaces what was written here.
 * Then the reference writes the letter with the haraka in place of `letter, spaces, haraka`
 * ({@link BACK_ON_WORD}), leaves all of it ({@link LEFT}), or removes the haraka when the option
 * `diacritics` strips it ({@link STRIPPED}); without `repairDiacritics` it only strips or leaves.
 */

/** Not a case decided here: the reference passes. */
export const REFERENCE = 0;
/** The haraka goes onto the letter before the gap, and the gap goes (`جهد ً` → `جهدً`). */
export const BACK_ON_WORD = 1;
/** The haraka stays where it is, between its gaps. */
export const LEFT = 2;
/** The haraka is removed (`diacritics`); the gaps around it are one gap. */
export const STRIPPED = 3;

/**
 * The cluster and the run {@link detachedHaraka} asks `takesBack` about, reused from call to call
 * (`takesBack` keeps neither, and calls nothing that comes back here): making them, with the
 * cluster's array of code points, was about a tenth of what `normalize` allocated per noisy 4 KB
 * document (900 of 10,000 bytes, a sampling heap profile). `fragment` is not set: `takesBack`
 * reads the cluster's start, head, code points and `arabic` only.
 */
const word = new Pending(0, 1, '', [0], false, true, false);
const run = [0];

/**
 * What the marks pass does with the haraka (a {@link HARAKA_MARK} unit) at `i` of `text`, after
 * the gap that starts at `gapStart`, under `policy`: one of {@link REFERENCE},
 * {@link BACK_ON_WORD}, {@link LEFT}, {@link STRIPPED}. `actions`: the fused pass's table.
 */
export function detachedHaraka(
  text: string,
  actions: Uint8Array,
  gapStart: number,
  i: number,
  policy: MarksPolicy,
): number {
  const haraka = text.charCodeAt(i);
  if (actions[text.charCodeAt(i + 1)] !== SPACE) return REFERENCE;
  if (!untouchedLetter(text, actions, gapStart - 1)) return REFERENCE;
  // Before the text's start, `charCodeAt` gives NaN, which has no action.
  const before = actions[text.charCodeAt(gapStart - 2)];
  if (before !== COPY && before !== FARSI && before !== HARAKA_MARK && before !== MARK) {
    return REFERENCE;
  }
  for (let k = gapStart; k < i; k++) if (actions[text.charCodeAt(k)] !== SPACE) return REFERENCE;
  if (strippedBy(policy, haraka)) return STRIPPED;
  if (!policy.repair) return LEFT;
  // The letter before the gap, alone, as the marks pass takes it (`cluster`): one code unit, an
  // Arabic letter (`untouchedLetter`), no head.
  word.start = gapStart - 1;
  word.end = gapStart;
  word.cps[0] = text.charCodeAt(gapStart - 1);
  run[0] = haraka;
  return takesBack(text, policy, word, run) ? BACK_ON_WORD : LEFT;
}

/** Whether the unit at `k` is an Arabic letter the first pass leaves as it is. */
const untouchedLetter = (text: string, actions: Uint8Array, k: number) => {
  const unit = text.charCodeAt(k);
  return actions[unit] === COPY && (FLAGS[unit]! & LETTER) !== 0;
};
