import type { CodeRange } from '../chars/code-range.js';
import { fillOnFirstUse } from '../core/table-fills.js';
import { unitBytes } from '../core/unit-tables.js';
import { COMBINING_CLASSES, NFC_UNSTABLE_STARTERS } from './normalization-data.generated.js';

/**
 * Local NFC. The text is put in NFC one small span at a time: a span is a starter followed by the
 * run of characters that NFC may touch (non-zero combining class, or a starter that is not
 * NFC-inert). Everything else is already in NFC, whatever surrounds it.
 *
 * Marks are put in canonical order here, with a stable sort, before `normalize('NFC')` sees the
 * span: the engine's own reordering is an insertion sort, quadratic on a long run of marks that are
 * out of order.
 */

/** Canonical combining class of each BMP code unit (0 for surrogates). */
const BMP_CLASS = unitBytes();
/** Classes of supplementary code points, sorted ranges `[first, last, class]`. */
const ASTRAL_CLASS: (readonly [number, number, number])[] = [];
/** 1 for BMP code units that NFC may change or combine: non-zero class or not NFC-inert. */
export const NFC_SENSITIVE = unitBytes();
const ASTRAL_UNSTABLE: (readonly [number, number])[] = [];

/**
 * The BMP code points with a non-zero combining class, as ranges: tables of other passes are
 * filled from these rather than by asking {@link combiningClass} for each of 65,536 code units.
 */
export const COMBINING_MARK_RANGES: CodeRange[] = [];
/** The BMP code points {@link NFC_SENSITIVE} marks, as ranges. */
export const NFC_SENSITIVE_RANGES: CodeRange[] = [];

/**
 * Fills the tables above from the generated data, on first use (src/core/table-fills.ts). A
 * function of its own, not loops at the top of the module: the engine counts a loop's iterations
 * against the function it is in, and loops in the module body make it compile the whole bundle's
 * top-level code, run once, a second time.
 */
function fillClassTables(): void {
  // Indexed loops without destructuring: in code that runs once, destructuring allocates iterator
  // objects per entry (the same holds in the other tables built at import).
  for (let k = 0; k < COMBINING_CLASSES.length; k++) {
    const first = COMBINING_CLASSES[k]![0];
    const last = COMBINING_CLASSES[k]![1];
    const ccc = COMBINING_CLASSES[k]![2];
    if (first > 0xffff) {
      ASTRAL_CLASS.push([first, last, ccc]);
      continue;
    }
    BMP_CLASS.fill(ccc, first, last + 1);
    NFC_SENSITIVE.fill(1, first, last + 1);
    // One pair in both lists (both are read-only).
    const range: CodeRange = [first, last];
    COMBINING_MARK_RANGES.push(range);
    NFC_SENSITIVE_RANGES.push(range);
  }
  for (let k = 0; k < NFC_UNSTABLE_STARTERS.length; k++) {
    const first = NFC_UNSTABLE_STARTERS[k]![0];
    const last = NFC_UNSTABLE_STARTERS[k]![1];
    if (first > 0xffff) ASTRAL_UNSTABLE.push([first, last]);
    else {
      NFC_SENSITIVE.fill(1, first, last + 1);
      NFC_SENSITIVE_RANGES.push([first, last]);
    }
  }
}
fillOnFirstUse(fillClassTables);

function inRanges(ranges: readonly (readonly [number, number, ...number[]])[], cp: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const range = ranges[mid]!;
    if (cp < range[0]) hi = mid - 1;
    else if (cp > range[1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Canonical combining class of a code point. */
export function combiningClass(cp: number): number {
  if (cp <= 0xffff) return BMP_CLASS[cp]!;
  const at = inRanges(ASTRAL_CLASS, cp);
  return at < 0 ? 0 : ASTRAL_CLASS[at]![2];
}

/** Whether NFC may change or combine this code point (BMP or supplementary). */
export function isNfcSensitive(cp: number): boolean {
  if (cp <= 0xffff) return NFC_SENSITIVE[cp] === 1;
  return inRanges(ASTRAL_CLASS, cp) >= 0 || inRanges(ASTRAL_UNSTABLE, cp) >= 0;
}

/** Whether the code unit at `i` starts a character NFC may touch; surrogate pairs are decoded. */
export function sensitiveAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) return isNfcSensitive(text.codePointAt(i)!);
  return NFC_SENSITIVE[unit] === 1;
}

/** Puts the marks of `cps` in canonical order (stable by class, starters stay in place). */
export function sortMarks(cps: number[]): void {
  let i = 0;
  while (i < cps.length) {
    if (combiningClass(cps[i]!) === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    let sorted = true;
    let previous = combiningClass(cps[i]!);
    while (j < cps.length) {
      const ccc = combiningClass(cps[j]!);
      if (ccc === 0) break;
      if (ccc < previous) sorted = false;
      previous = ccc;
      j++;
    }
    if (!sorted) {
      const run = cps.slice(i, j).map((cp, index) => ({ cp, ccc: combiningClass(cp), index }));
      run.sort((a, b) => a.ccc - b.ccc || a.index - b.index);
      for (let k = 0; k < run.length; k++) cps[i + k] = run[k]!.cp;
    }
    i = j;
  }
}

const CHUNK = 4096;

/** The string of `cps`, built in chunks (no per-character concatenation). */
export function fromCodePoints(cps: readonly number[]): string {
  if (cps.length <= CHUNK) return String.fromCodePoint(...cps);
  const parts: string[] = [];
  for (let i = 0; i < cps.length; i += CHUNK) {
    parts.push(String.fromCodePoint(...cps.slice(i, i + CHUNK)));
  }
  return parts.join('');
}

/** NFC of a span given as code points (sorted here first, see above). */
export function composeSpan(cps: number[]): string {
  sortMarks(cps);
  return fromCodePoints(cps).normalize('NFC');
}

/** The code points of `text[start, end)`. */
export function codePointsOf(text: string, start: number, end: number, into: number[] = []) {
  for (let i = start; i < end; i++) {
    let cp = text.codePointAt(i)!;
    if (cp > 0xffff && i + 1 >= end) cp = text.charCodeAt(i);
    into.push(cp);
    if (cp > 0xffff) i++;
  }
  return into;
}
