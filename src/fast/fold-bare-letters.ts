import { outputLimit, outputTooLong } from '../core/output-limit.js';
import { bareLetterFolds, CLUSTER_UNIT } from '../folds/fold-for-search.js';
import {
  hasElongationRunInUnitsBetween,
  isElongationLetter,
  unitPairs,
} from '../letters/reduce-elongation.js';
import type { ResolvedOptions } from '../options/types.js';
import { forgetFusedOutput, noteFusedOutput } from './fused-output-runs.js';
import { decode, ensureCapacity, releaseIfLarge, units, writeString } from './output-buffer.js';

/**
 * The search folds step of `normalize` (without recorders) on stage 3's output, for text that
 * holds no unit that belongs to a cluster: there the folds are a map of code units
 * (`bareLetterFolds`), made in one loop into the output buffer, which then tells whether the
 * elongation step after it has work (a run of three equal letters: without one, that step's
 * output is its input). Text with such a unit is left to the step itself.
 */

/**
 * What a fold loop found: a cluster unit (the loop stopped), else whether it folded a unit
 * ({@link CHANGED}) and whether its output holds a run of elongation ({@link HAS_RUN}), as bits.
 */
const HAS_CLUSTER = -1;
const CHANGED = 1;
const HAS_RUN = 2;

/** Whether the output of the last {@link foldBareLetters} holds a run of elongation. */
let foldedRun = false;

/**
 * The folds step on `text` (stage 3's output) with `options` (some fold on), or `undefined` when
 * `text` holds a unit that belongs to a cluster. `inBuffer`: the output buffer holds `text` at
 * `[0, text.length)` (the fused pass's output that stage 3 left as it is); the folds are then
 * written over it there. With `elongation: 'reduce'`, notes whether the output holds a run of
 * elongation ({@link foldedHasElongationRun}), looked for by the loop that folds (a unit is read
 * once, not again by a second scan).
 */
export function foldBareLetters(
  text: string,
  options: Readonly<ResolvedOptions>,
  inBuffer: boolean,
): string | undefined {
  const table = bareLetterFolds(options);
  const length = text.length;
  // Written over, the buffer no longer holds the fused pass's output.
  forgetFusedOutput();
  const found = foldInPlace(inBuffer ? units : copied(text), length, table);
  if (found === HAS_CLUSTER) return undefined;
  const changed = (found & CHANGED) !== 0;
  // The folds step's TextEditor throws here when it edited; a fold keeps the length.
  if (changed && length > outputLimit.maxLength) throw outputTooLong();
  const folded = changed ? decode(0, length) : text;
  foldedRun = options.elongation === 'reduce' && (found & HAS_RUN) !== 0;
  releaseIfLarge();
  return folded;
}

/**
 * The folds step on the fused pass's output, `units[0, length)` of the output buffer, not decoded
 * yet (`cleanAndMapLettersInBuffer`), before stage 3 rather than after it: the folded text,
 * decoded, which the buffer then holds at `[0, length)` for stage 3's gate
 * ({@link foldedUnits}); or `undefined` when it holds a unit that belongs to a cluster, the buffer
 * holding the fused output again. Notes whether the folded text holds a run of elongation, as
 * {@link foldBareLetters} does. Stage 3 and the folds of bare text commute (stage 3 reads a letter
 * only for its class, which a fold keeps, and writes no letter; the folds change letters alone,
 * one for one): so stage 3's output is the folds step's, and stage 3 never makes or breaks a run
 * of letters. The fused output is then decoded once, folded, instead of once as it is and again,
 * folded, after stage 3 (and stage 3's output copied back into the buffer to be folded).
 */
export function foldFusedOutput(
  length: number,
  options: Readonly<ResolvedOptions>,
): string | undefined {
  const table = bareLetterFolds(options);
  // A copy above the text, written back where a cluster unit stops the folds partway (the fold
  // writes as it goes).
  const kept = keptAbove(length);
  const found = foldInPlace(units, length, table);
  if (found === HAS_CLUSTER) {
    units.copyWithin(0, kept, kept + length);
    // Noted again: the copy may have needed a larger buffer.
    noteFusedOutput(length);
    return undefined;
  }
  forgetFusedOutput();
  foldedChanged = (found & CHANGED) !== 0;
  foldedRun = options.elongation === 'reduce' && (found & HAS_RUN) !== 0;
  return decode(0, length);
}

/** Whether the last {@link foldFusedOutput} folded a letter. */
let foldedChanged = false;

/**
 * Throws where the folds step would have, after stage 3 made `out` from what
 * {@link foldFusedOutput} gave it: its TextEditor throws when it edited and its output (stage 3's,
 * of the same length: a fold keeps it) is too long.
 */
export function checkFoldedLength(out: string): void {
  if (foldedChanged && out.length > outputLimit.maxLength) throw outputTooLong();
}

/** The output buffer, which holds the text {@link foldFusedOutput} returned at `[0, length)`. */
export function foldedUnits(): Uint16Array {
  return units;
}

/**
 * Copies `units[0, length)` to an even offset after them (where the 32-bit words of
 * {@link foldInPlace} never reach) and returns the offset.
 */
function keptAbove(length: number): number {
  const at = (length + 1) & ~1;
  ensureCapacity(at + length, length);
  units.copyWithin(at, 0, length);
  return at;
}

/**
 * Whether the output of the last {@link foldBareLetters} (with `elongation: 'reduce'`) holds a run
 * of three equal letters, which the elongation step may reduce.
 */
export function foldedHasElongationRun(): boolean {
  return foldedRun;
}

/**
 * Folds `buffer[0, length)` where it stands; stops at a cluster unit. Reads four units a step, as
 * two 32-bit words (`unitPairs`), and looks their folds up at once: most steps fold none, and one
 * branch passes them (a loop a unit at a time checked the arrays again at every unit: the engine
 * does not move those checks out of a loop). A step that folds writes its words back folded, each
 * half where it was (so either byte order).
 *
 * It looks for a run of elongation in the folded units as it goes, as `hasElongationRunInUnits`
 * does: a run of three starting at `p` holds the aligned pair `(p, p + 1)` or `(p + 1, p + 2)`,
 * so every run makes some word's halves equal once folded, and only there are the units around
 * it read ({@link foldedPairRuns}). The runs no step's words hold start in the last units, read
 * after them.
 */
function foldInPlace(buffer: Uint16Array, length: number, table: Uint16Array): number {
  const words = unitPairs(buffer);
  const steps = length >> 2;
  let found = 0;
  for (let step = 0; step < steps; step++) {
    const k = 2 * step;
    let low = words[k]!;
    let high = words[k + 1]!;
    const t0 = table[low & 0xffff]!;
    const t1 = table[(low >> 16) & 0xffff]!;
    const t2 = table[high & 0xffff]!;
    const t3 = table[(high >> 16) & 0xffff]!;
    if ((t0 | t1 | t2 | t3) !== 0) {
      if (t0 === CLUSTER_UNIT || t1 === CLUSTER_UNIT || t2 === CLUSTER_UNIT || t3 === CLUSTER_UNIT)
        return HAS_CLUSTER;
      low = foldedWord(low, t0, t1);
      high = foldedWord(high, t2, t3);
      words[k] = low;
      words[k + 1] = high;
      found |= CHANGED;
    }
    // Signed words and a XOR of the halves: integer operations only.
    if (((low ^ (low >> 16)) & 0xffff) === 0 && foldedPairRuns(buffer, 2 * k, length, table))
      found |= HAS_RUN;
    if (((high ^ (high >> 16)) & 0xffff) === 0 && foldedPairRuns(buffer, 2 * k + 2, length, table))
      found |= HAS_RUN;
  }
  return foldLastUnits(buffer, 4 * steps, length, table, found);
}

/** The word `word` with its halves replaced by their folds `low` and `high` where not 0. */
function foldedWord(word: number, low: number, high: number): number {
  return (low !== 0 ? low : word & 0xffff) | ((high !== 0 ? high : (word >> 16) & 0xffff) << 16);
}

/**
 * Whether the equal pair at `buffer[p, p + 2)`, folded, is part of a run of three equal letters
 * in `[0, length)` once folded: the unit before it is folded already, the one after it may not
 * be (the next step's), so its fold is looked up (a fold's letter is no unit the table folds, a
 * test holds it: on a unit folded already, the lookup changes nothing).
 */
function foldedPairRuns(
  buffer: Uint16Array,
  p: number,
  length: number,
  table: Uint16Array,
): boolean {
  const unit = buffer[p]!;
  if (!isElongationLetter(unit)) return false;
  if (p > 0 && buffer[p - 1] === unit) return true;
  if (p + 2 >= length) return false;
  const next = buffer[p + 2]!;
  const to = table[next]!;
  return (to > CLUSTER_UNIT ? to : next) === unit;
}

/**
 * {@link foldInPlace} on the last units `buffer[from, length)` (fewer than four), one at a time,
 * given what the steps before `from` `found`; then the runs that may start in the last units
 * before them, which no step's words held (a run starting at an odd `p` is held by the pair at
 * `p + 1`, one at an even `p` by the pair at `p`).
 */
function foldLastUnits(
  buffer: Uint16Array,
  from: number,
  length: number,
  table: Uint16Array,
  found: number,
): number {
  let result = found;
  for (let i = from; i < length; i++) {
    const to = table[buffer[i]!]!;
    if (to === 0) continue;
    if (to === CLUSTER_UNIT) return HAS_CLUSTER;
    buffer[i] = to;
    result |= CHANGED;
  }
  if (hasElongationRunInUnitsBetween(buffer, from - 1, length, length)) result |= HAS_RUN;
  return result;
}

/**
 * The output buffer holding `text` at `[0, text.length)`, copied natively where the runtime can
 * (`writeString`): folded there in place, its units are read as one load each, not by
 * `charCodeAt`.
 */
function copied(text: string): Uint16Array {
  ensureCapacity(text.length, 0);
  writeString(text, 0);
  return units;
}
