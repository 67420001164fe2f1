import { units } from './output-buffer.js';

/**
 * Where the fused pass's output stands in its output buffer, so that `normalize` reads it there
 * instead of in the string it is decoded to (a string is read one `charCodeAt` at a time, in more
 * instructions): stage 3's gate (src/punctuation/unchanged-in-units.ts) and the test for a run of
 * elongation in the lines that gate did not read (`unitsHaveElongationRun`). Stage 3 never makes
 * a run (it writes no letter and never removes what stands between two letters, see
 * `runPipeline`), so without search folds, output without one needs no elongation pass.
 */

/** The end of the fused pass's last output in {@link notedUnits}, or -1 when none is noted. */
let notedEnd = -1;
/** The buffer the fused pass wrote its last output to. */
let notedUnits: Uint16Array | undefined;

/**
 * Notes that the fused pass's output is `units[0, end)` of the output buffer (called by the fused
 * pass before it may give a large buffer back, which {@link fusedOutputUnits} then sees).
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
 * The buffer that holds `out`, the fused pass's output just returned, at `[0, out.length)` (noted,
 * same length, not given back), or `undefined`.
 */
export function fusedOutputUnits(out: string): Uint16Array | undefined {
  return notedEnd === out.length && notedUnits === units ? units : undefined;
}
