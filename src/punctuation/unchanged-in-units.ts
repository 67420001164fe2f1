import {
  hasElongationRunInUnitsBetween,
  pairRunsOn,
  unitPairs,
} from '../letters/reduce-elongation.js';
import type { ResolvedOptions } from '../options/types.js';
import { loneMarkEnd, noteRun, punctuationUnchangedAt, untouchedUnits } from './unchanged.js';

/**
 * Stage 3's read-only gate (`punctuationUnchangedEnd`, unchanged.ts) for `normalize`, whose input
 * is the fused pass's output: the same cover of untouched units and stretches, but with the
 * untouched runs read in the fused pass's output buffer, which holds the text's code units
 * (a typed array is read in fewer instructions than a string, one `charCodeAt` at a time), and
 * with the runs of elongation noted on the way (three equal Arabic letters, what
 * `hasElongationRun` looks for), so that the output is read once instead of twice when the
 * cover passes it whole. The stretches are read in the string, as the string gate reads them.
 *
 * Why the runs noted are all of them. The scan alternates untouched runs `[s, e)`, each read
 * from `s`, and stretches `[e, t)`, after each of which the runs starting in `[e + 1, t)` are
 * looked for ({@link noteRunsIn}). No unit that is not untouched is a letter (a test holds it),
 * so no run holds the unit at `e`: a run of three starting in an untouched run ends in it (seen
 * by the scan of that run), and one that starts in a stretch starts after its first unit (a
 * stretch of one unit holds none). So when the scans of a cover reach the end of the text, every
 * run of the text has been looked for.
 */

/**
 * `punctuationUnchangedEnd` of `text` from `from` (a line start), the untouched runs read
 * in `units` (which holds `text`'s code units at `[0, text.length)`), noting the runs of
 * elongation of what it passes. A differential test holds it equal to the string gate.
 */
export function punctuationUnchangedEndInUnits(
  text: string,
  units: Uint16Array,
  options: Readonly<ResolvedOptions>,
  from: number,
): number {
  const untouched = untouchedUnits();
  const n = text.length;
  let i = from;
  while (i < n) {
    i = untouchedRunEndInUnits(units, i, n, untouched);
    if (i >= n) break;
    let end = loneMarkEnd(text, i, options);
    if (end < 0) end = punctuationUnchangedAt(text, i, options);
    if (end < 0) return i;
    if (end > i + 1) noteRunsIn(units, i + 1, end, n);
    i = end;
  }
  return n;
}

/**
 * The end of the run of untouched units from `i` in `units[0, n)`, read two units at a time (as
 * 32-bit words, `unitPairs`; the loop's index counts words and never leaves it, so the engine
 * keeps it an untagged integer), noting the runs of elongation inside it: a run of three starting
 * at `p` holds an aligned pair of equal units (`p, p + 1` when `p` is even, else `p + 1, p + 2`),
 * a word of the loop whose halves are equal, and only there are the units around it read.
 */
function untouchedRunEndInUnits(
  units: Uint16Array,
  i: number,
  n: number,
  untouched: Uint8Array,
): number {
  // An odd start: its unit is in no aligned pair from `i` on.
  if ((i & 1) !== 0) {
    if (i >= n || untouched[units[i]!] !== 1) return i;
    i++;
  }
  const words = unitPairs(units);
  const count = n >> 1;
  let k = i >> 1;
  for (; k < count; k++) {
    const word = words[k]!;
    // Both halves untouched, in one branch (the table holds 0 or 1).
    if ((untouched[word & 0xffff]! & untouched[(word >> 16) & 0xffff]!) !== 1) break;
    // Signed words and a XOR of the halves: integer operations only.
    if (((word ^ (word >> 16)) & 0xffff) === 0 && pairRunsOn(units, 2 * k, n)) noteRun();
  }
  // The word where it stopped, or the last unit of an odd length: one unit, which makes no pair.
  let end = 2 * k;
  if (end < n && untouched[units[end]!] === 1) end++;
  return end;
}

/** Notes a run of three equal elongation letters starting in `[from, to)` of `units[0, n)`. */
export function noteRunsIn(units: Uint16Array, from: number, to: number, n: number): void {
  if (hasElongationRunInUnitsBetween(units, from, to, n)) noteRun();
}
