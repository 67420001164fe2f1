import { outputLimit, outputTooLong } from '../core/output-limit.js';
import { bareLetterFolds, CLUSTER_UNIT } from '../folds/fold-for-search.js';
import { hasElongationRunInUnits } from '../letters/reduce-elongation.js';
import type { ResolvedOptions } from '../options/types.js';
import { forgetFusedOutput } from './fused-output-runs.js';
import {
  decode,
  ensureCapacity,
  releaseIfLarge,
  units,
  writeString,
  writesNatively,
} from './output-buffer.js';

/**
 * The search folds step of `normalize` (without recorders) on stage 3's output, for text that
 * holds no unit that belongs to a cluster: there the folds are a map of code units
 * (`bareLetterFolds`), made in one loop into the output buffer, which then tells whether the
 * elongation step after it has work (a run of three equal letters: without one, that step's
 * output is its input). Text with such a unit is left to the step itself.
 */

/** What a fold loop found: a cluster unit (the loop stopped), no fold, or some fold. */
const HAS_CLUSTER = -1;
const UNCHANGED = 0;
const CHANGED = 1;

/** Whether the output of the last {@link foldBareLetters} holds a run of elongation. */
let foldedRun = false;

/**
 * The folds step on `text` (stage 3's output) with `options` (some fold on), or `undefined` when
 * `text` holds a unit that belongs to a cluster. `inBuffer`: the output buffer holds `text` at
 * `[0, text.length)` (the fused pass's output that stage 3 left as it is); the folds are then
 * written over it there. With `elongation: 'reduce'`, notes whether the output holds a run of
 * elongation ({@link foldedHasElongationRun}).
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
  const found = inBuffer
    ? foldInPlace(units, length, table)
    : writesNatively()
      ? foldInPlace(copied(text), length, table)
      : foldIntoBuffer(text, ensureCapacity(length, 0), table);
  if (found === HAS_CLUSTER) return undefined;
  // The folds step's TextEditor throws here when it edited; a fold keeps the length.
  if (found === CHANGED && length > outputLimit.maxLength) throw outputTooLong();
  const folded = found === CHANGED ? decode(0, length) : text;
  foldedRun = options.elongation === 'reduce' && hasElongationRunInUnits(units, length);
  releaseIfLarge();
  return folded;
}

/**
 * Whether the output of the last {@link foldBareLetters} (with `elongation: 'reduce'`) holds a run
 * of three equal letters, which the elongation step may reduce.
 */
export function foldedHasElongationRun(): boolean {
  return foldedRun;
}

/** Folds `buffer[0, length)` where it stands; stops at a cluster unit. */
function foldInPlace(buffer: Uint16Array, length: number, table: Uint16Array): number {
  let found = UNCHANGED;
  for (let i = 0; i < length; i++) {
    const to = table[buffer[i]!]!;
    if (to === 0) continue;
    if (to === CLUSTER_UNIT) return HAS_CLUSTER;
    buffer[i] = to;
    found = CHANGED;
  }
  return found;
}

/**
 * The output buffer holding `text` at `[0, text.length)`, copied natively ({@link writesNatively}):
 * folded there in place, its units are read as one load each, not by `charCodeAt`.
 */
function copied(text: string): Uint16Array {
  ensureCapacity(text.length, 0);
  writeString(text, 0);
  return units;
}

/** Writes `text` folded into `buffer[0, text.length)`; stops at a cluster unit. */
function foldIntoBuffer(text: string, buffer: Uint16Array, table: Uint16Array): number {
  let found = UNCHANGED;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const to = table[unit]!;
    if (to === 0) {
      buffer[i] = unit;
      continue;
    }
    if (to === CLUSTER_UNIT) return HAS_CLUSTER;
    buffer[i] = to;
    found = CHANGED;
  }
  return found;
}
