import { hasElongationRunInUnits } from '../letters/reduce-elongation.js';
import { units } from './output-buffer.js';

/**
 * Whether the fused pass's output holds a run of elongation, read in the output buffer instead of
 * the string the elongation pass is given later (a string is read one `charCodeAt` at a time, the
 * buffer two code units per load). Stage 3 never makes a run (it writes no letter and never
 * removes what stands between two letters, see `runPipeline`), so without search folds, output
 * without one needs no elongation pass.
 */

/** The end of the fused pass's last output in {@link notedUnits}, or -1 when none is noted. */
let notedEnd = -1;
/** The buffer the fused pass wrote its last output to. */
let notedUnits: Uint16Array | undefined;

/**
 * Notes that the fused pass's output is `units[0, end)` of the output buffer (called by the fused
 * pass before it may give a large buffer back, which {@link fusedOutputMayHaveRun} then sees).
 */
export function noteFusedOutput(end: number): void {
  notedEnd = end;
  notedUnits = units;
}

/** Forgets the note (before a fused pass: an output it does not note is never read). */
export function forgetFusedOutput(): void {
  notedEnd = -1;
  notedUnits = undefined;
}

/**
 * Whether `out`, the fused pass's output just returned, may hold a run of elongation: false only
 * when the buffer still holds it (noted, same length, not given back) and has no run.
 */
export function fusedOutputMayHaveRun(out: string): boolean {
  if (notedEnd !== out.length || notedUnits !== units) return true;
  return hasElongationRunInUnits(units, notedEnd);
}
