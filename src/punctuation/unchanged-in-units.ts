import {
  hasElongationRunInUnitsBetween,
  pairRunsOn,
  unitPairs,
} from '../letters/reduce-elongation.js';
import type { ResolvedOptions } from '../options/types.js';
import { COMMA, ROLES, SPACE_CODE } from './scan/roles.js';
import { isLoneMarkUnit, noteRun } from './unchanged.js';

/**
 * The pieces of stage 3's cover (`punctuationCoverEndInUnits`, cover.ts) for `normalize`, whose
 * input is the fused pass's output: the untouched runs of the read-only gate
 * (`punctuationUnchangedEnd`, unchanged.ts) read in the fused pass's output buffer, which holds
 * the text's code units (a typed array is read in fewer instructions than a string, one
 * `charCodeAt` at a time), with the runs of elongation noted on the way (three equal Arabic
 * letters, what `hasElongationRun` looks for), so that the output is read once instead of twice
 * when the cover passes it whole; and the commonest stretch, a lone clause mark, read there too.
 * The other stretches are read in the string, as the string gate reads them.
 *
 * Why the runs noted are all of them. The cover alternates untouched runs `[s, e)`, each read
 * from `s`, and stretches `[e, t)`, after each of which the runs starting in `[e + 1, t)` are
 * looked for ({@link noteRunsIn}). No unit that is not untouched is a letter (a test holds it),
 * so no run holds the unit at `e`: a run of three starting in an untouched run ends in it (seen
 * by the scan of that run), and one that starts in a stretch starts after its first unit (a
 * stretch of one unit holds none). So when the scans of a cover reach the end of the text, every
 * run of the text has been looked for.
 */

const LINE_FEED = 0x0a;

/**
 * The end of the run of untouched units from `i` in `units[0, n)`, read two units at a time (as
 * 32-bit words, `unitPairs`; the loop's index counts words and never leaves it, so the engine
 * keeps it an untagged integer), noting the runs of elongation inside it: a run of three starting
 * at `p` holds an aligned pair of equal units (`p, p + 1` when `p` is even, else `p + 1, p + 2`),
 * a word of the loop whose halves are equal, and only there are the units around it read.
 */
export function untouchedRunEndInUnits(
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
  // Two words a step while all four units are untouched (one branch for the four); the loop
  // below reads the words from where it stopped one at a time.
  const lastTwo = count - 1;
  for (; k < lastTwo; k += 2) {
    const first = words[k]!;
    const second = words[k + 1]!;
    const all =
      untouched[first & 0xffff]! &
      untouched[(first >> 16) & 0xffff]! &
      untouched[second & 0xffff]! &
      untouched[(second >> 16) & 0xffff]!;
    if (all !== 1) break;
    if (((first ^ (first >> 16)) & 0xffff) === 0 && pairRunsOn(units, 2 * k, n)) noteRun();
    if (((second ^ (second >> 16)) & 0xffff) === 0 && pairRunsOn(units, 2 * k + 2, n)) noteRun();
  }
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

/**
 * `loneMarkEnd` (unchanged.ts) at `i` of the text whose code units `units` holds at `[0, n)`,
 * read there: one clause mark that the punctuation style `style` keeps, after a unit that is not
 * a space, before a line break or before one space and a unit that is neither a space nor a
 * comma; `i + 1`, or -1. A test holds it equal to `loneMarkEnd`.
 */
export function loneMarkEndInUnits(
  units: Uint16Array,
  i: number,
  n: number,
  style: ResolvedOptions['punctuation'],
): number {
  if (!isLoneMarkUnit(units[i]!, style)) return -1;
  if (i === 0 || units[i - 1] === SPACE_CODE || i + 1 >= n) return -1;
  const next = units[i + 1]!;
  if (next === LINE_FEED) return i + 1;
  if (next !== SPACE_CODE) return -1;
  if (i + 2 >= n) return i + 1;
  const after = units[i + 2]!;
  return after !== SPACE_CODE && (ROLES[after]! & COMMA) === 0 ? i + 1 : -1;
}

/** Notes a run of three equal elongation letters starting in `[from, to)` of `units[0, n)`. */
export function noteRunsIn(units: Uint16Array, from: number, to: number, n: number): void {
  if (hasElongationRunInUnitsBetween(units, from, to, n)) noteRun();
}
