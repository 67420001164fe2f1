import { hasElongationRunInUnitsBetween } from '../letters/reduce-elongation.js';
import type { ResolvedOptions } from '../options/types.js';
import { COMMA, ROLES, SPACE_CODE } from './scan/roles.js';
import { isLoneMarkUnit, noteRun } from './unchanged.js';

/**
 * Pieces of stage 3's cover for `normalize` (`punctuationCoverEndInUnits`, cover.ts), whose input
 * is the fused pass's output: that cover reads the untouched runs of the read-only gate
 * (`punctuationUnchangedEnd`, unchanged.ts) in the fused pass's output buffer, which holds the
 * text's code units (a typed array is read in fewer instructions than a string, one `charCodeAt`
 * at a time), noting the runs of elongation on the way (three equal Arabic letters, what
 * `hasElongationRun` looks for), so that the output is read once instead of twice when the cover
 * passes it whole; the commonest stretch, a lone clause mark, is read there too
 * ({@link loneMarkEndInUnits}). The other stretches are read in the string, as the string gate
 * reads them.
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
