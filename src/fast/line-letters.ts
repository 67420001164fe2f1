import { ALEF_MAKSURA } from '../letters/farsi-letter-table.js';
import {
  continuesWord,
  farsiReplacement,
  fillLetterTables,
  isFarsiYeh,
  isFinalAlefMaksuraInUnits,
  mapFarsiLettersResolved,
  mapsFarsiLetter,
} from '../letters/map-farsi-letters.js';
import { isPersianLineInUnits } from '../letters/persian-passages.js';
import type { ResolvedOptions } from '../options/types.js';
import { combiningClass } from '../unicode/canonical.js';
import { inKernelOutput, kernelPersianLine, READ_IN_JAVASCRIPT } from './fused-kernel.js';
import { decode, ensureCapacity, units, writeString } from './output-buffer.js';

const LF = 0x0a;
const SPACE = 0x20;
const ZWNJ = 0x200c;

/** Where the Farsi letters and deferred ZWNJs of the current lines were written. */
let hits = new Int32Array(64);
let hitCount = 0;
/** The lines hold text the reference passes wrote, or several lines: read them whole. */
let complex = false;
/**
 * The fused pass wrote Farsi letters of the current lines without noting them (each maps to one
 * letter and carries no mark), from {@link unnotedFrom} of the output on: the line is read for
 * them from there before it is mapped.
 */
let lettersUnnoted = false;
let unnotedFrom = 0;
/** For each noted unit of the line being mapped: 1 when it is a FARSI YEH that becomes ALEF MAKSURA. */
let finalMaksura = new Uint8Array(64);

/** Notes a Farsi letter or deferred ZWNJ written at `position` of the buffer. */
export function recordHit(position: number): void {
  if (hitCount === hits.length) {
    const larger = new Int32Array(hits.length * 2);
    larger.set(hits);
    hits = larger;
  }
  hits[hitCount++] = position;
}

/**
 * Notes the hits of `units[from, end)`, which the reference passes of stage 1 just wrote over
 * whatever was noted there; marks on a Farsi letter or a line break make the lines complex.
 */
export function recordHitsIn(from: number, end: number, zwnjHits: boolean): void {
  fillLetterTables();
  while (hitCount > 0 && hits[hitCount - 1]! >= from) hitCount--;
  const buffer = units;
  for (let k = from; k < end; k++) {
    const unit = buffer[k]!;
    if (mapsFarsiLetter(unit)) {
      if (k + 1 < end && combiningClass(buffer[k + 1]!) !== 0) complex = true;
      recordHit(k);
    } else if (unit === ZWNJ && zwnjHits) {
      recordHit(k);
    } else if (unit === LF) {
      complex = true;
    }
  }
}

/** How many hits the current lines have noted. */
export const hitsNoted = (): number => hitCount;

/**
 * From `from` of the output on, in the current lines, Farsi letters may be written unnoted (see
 * {@link lettersUnnoted}).
 */
export function writesLettersUnnoted(from: number): void {
  lettersUnnoted = true;
  unnotedFrom = from;
}

/** The current lines must be read whole (see {@link mapLettersInBuffer}). */
export function markComplex(): void {
  complex = true;
}

/** Whether stage 2 may have work in the current lines. */
export function hasHits(): boolean {
  return complex || hitCount > 0;
}

/**
 * Stage 2 on `units[start, end)` of the output buffer, which holds stage 1's output for one line
 * (or several, after a stretch the reference passes wrote): the same decisions as
 * `mapFarsiLettersResolved`, on the same text. One line whose Farsi letters (noted by
 * {@link recordHit}) carry no marks and map to one letter each is mapped in place, after the
 * reference's own tests (`isPersianLine`, read in the buffer, and `isFinalAlefMaksura`); anything else is given to
 * `mapFarsiLettersResolved` itself. `reserve`: code units of room to keep after the output.
 * Returns the new end.
 */
export function mapLettersInBuffer(
  start: number,
  end: number,
  options: Readonly<ResolvedOptions>,
  deferred: 'remove' | 'space' | undefined,
  reserve: number,
): number {
  fillLetterTables();
  const noted = hitCount;
  // Letters written unnoted map to one letter each and carry no mark: the notes decide alone.
  const whole = complex || !oneLetterEach(noted);
  const unnoted = lettersUnnoted;
  hitCount = 0;
  complex = false;
  lettersUnnoted = false;
  if (!whole && noted === 0) return end;
  if (whole) {
    const text = decode(start, end);
    const zwnjHits = options.farsiLetters === 'auto' && deferred !== undefined;
    if (hitShape(text, zwnjHits) === NO_HITS) return end;
    const mapped = mapFarsiLettersResolved(text, options, undefined, deferred);
    if (mapped === text) return end;
    ensureCapacity(start + mapped.length + reserve, start);
    return writeString(mapped, start);
  }
  // Read in the buffer: only the words that end in a FARSI YEH are decoded, for the word list.
  if (options.farsiLetters === 'auto' && isPersianLineInBuffer(start, end)) return end;
  const count = unnoted ? noteHitsFrom(noted, end, options, deferred) : noted;
  const removeZwnj = deferred === 'remove';
  decideFinalYehs(start, end, count, removeZwnj);
  return mapHits(end, count, removeZwnj);
}

/**
 * `isPersianLineInUnits` on `units[start, end)` of the output buffer: by the fused pass's kernel
 * (the same steps in WebAssembly) where the buffer is the kernel's output, else in JavaScript.
 */
function isPersianLineInBuffer(start: number, end: number): boolean {
  if (inKernelOutput(units)) {
    const answer = kernelPersianLine(start, end);
    if (answer !== READ_IN_JAVASCRIPT) return answer === 1;
  }
  return isPersianLineInUnits(units, start, end);
}

/**
 * Notes in {@link finalMaksura} which noted FARSI YEHs of the line `[start, end)` end a word of the
 * lexicon, before any unit of the line is mapped: `isFinalAlefMaksuraInUnits`, the reference's
 * `isFinalAlefMaksura` read in the buffer (its first test, whether the word ends there, is
 * {@link yehEndsWord}), reading the word back from the letter but not before the line's start (the
 * lexicon's answer for a word asked about before is remembered there, by its code units).
 */
function decideFinalYehs(start: number, end: number, count: number, removeZwnj: boolean): void {
  if (finalMaksura.length < count) finalMaksura = new Uint8Array(hits.length);
  const buffer = units;
  for (let h = 0; h < count; h++) {
    const at = hits[h]!;
    finalMaksura[h] =
      isFarsiYeh(buffer[at]!) &&
      yehEndsWord(at, end, removeZwnj) &&
      isFinalAlefMaksuraInUnits(buffer, start, at, removeZwnj)
        ? 1
        : 0;
  }
}

/** Whether the FARSI YEH at `at` of the buffer ends its word (`continuesWord`, on the buffer). */
const yehEndsWord = (at: number, end: number, removeZwnj: boolean) =>
  at + 1 >= end || !continuesWord(units[at + 1]!, removeZwnj);

/** Whether each noted Farsi letter maps to one letter (HEH WITH YEH ABOVE takes two). */
function oneLetterEach(count: number): boolean {
  const buffer = units;
  for (let h = 0; h < count; h++) {
    const unit = buffer[hits[h]!]!;
    if (unit !== ZWNJ && farsiReplacement(unit).length !== 1) return false;
  }
  return true;
}

/**
 * Maps the noted units of a line that is not Persian or Urdu, in place: each Farsi letter to its
 * Arabic letter (ALEF MAKSURA where {@link decideFinalYehs} said so), each deferred ZWNJ removed
 * or made a space. Returns the new end.
 */
function mapHits(end: number, count: number, removeZwnj: boolean) {
  const buffer = units;
  let removals = 0;
  for (let h = 0; h < count; h++) {
    const at = hits[h]!;
    const unit = buffer[at]!;
    if (unit === ZWNJ) {
      if (removeZwnj) removals++;
      else buffer[at] = SPACE;
    } else {
      buffer[at] = finalMaksura[h] === 1 ? ALEF_MAKSURA : farsiReplacement(unit).charCodeAt(0);
    }
  }
  return removals === 0 ? end : removeZwnjHits(end, count);
}

/**
 * Removes the noted ZWNJs (the hits still holding one once the letters are mapped: a mapped letter
 * is never a ZWNJ) from the line ending at `end`: each stretch between two of them moves left
 * ({@link moveLeft}), from the first removed one on (reading every unit after the first hit, to ask
 * whether it was a noted ZWNJ, was a third of stage 2's time on the bench's noisy lines). The
 * notes are in increasing order; one noted twice is removed once (its second stretch is empty).
 * Returns the new end.
 */
function removeZwnjHits(end: number, count: number): number {
  const buffer = units;
  // The kept units go to `out`; `[from, the next removed ZWNJ)` is the stretch still to move.
  let out = -1;
  let from = 0;
  for (let h = 0; h < count; h++) {
    const at = hits[h]!;
    if (buffer[at] !== ZWNJ) continue;
    out = out < 0 ? at : moveLeft(buffer, out, from, at);
    from = at + 1;
  }
  return moveLeft(buffer, out, from, end);
}

/** Below this many units, a loop moves a stretch in fewer instructions than a native copy's call. */
const NATIVE_MOVE = 64;

/** Moves `buffer[from, to)` to `out` (`out <= from`); returns the end of the moved units. */
function moveLeft(buffer: Uint16Array, out: number, from: number, to: number): number {
  if (to - from >= NATIVE_MOVE) {
    buffer.copyWithin(out, from, to);
    return out + to - from;
  }
  let k = out;
  for (let j = from; j < to; j++) buffer[k++] = buffer[j]!;
  return k;
}
const NO_HITS = 0;
const SIMPLE = 1;
const COMPLEX = 2;

/** Whether `text` has work for stage 2, and whether the in-place mapping can do it. */
function hitShape(text: string, zwnjHits: boolean): number {
  let shape = NO_HITS;
  const length = text.length;
  for (let k = 0; k < length; k++) {
    const unit = text.charCodeAt(k);
    if (mapsFarsiLetter(unit)) {
      if (
        farsiReplacement(unit).length !== 1 ||
        (k + 1 < length && combiningClass(text.charCodeAt(k + 1)) !== 0)
      ) {
        return COMPLEX;
      }
      shape = SIMPLE;
    } else if (unit === ZWNJ && zwnjHits) {
      shape = SIMPLE;
    } else if (unit === LF) {
      return COMPLEX;
    }
  }
  return shape;
}

/**
 * The notes of the line ending at `end` made whole, in order: of the `noted` hits, those before
 * {@link unnotedFrom}, then every hit from there, read in the buffer by {@link recordHitsIn}: the
 * pass wrote some unnoted. Returns how many; the notes are read by the mapping and forgotten with
 * the line. What that read says of the line's shape is not kept: the line is mapped as its notes
 * said (the letters written unnoted map to one letter each and carry no mark), and the next line
 * starts simple.
 */
function noteHitsFrom(
  noted: number,
  end: number,
  options: Readonly<ResolvedOptions>,
  deferred: 'remove' | 'space' | undefined,
): number {
  hitCount = noted;
  recordHitsIn(unnotedFrom, end, options.farsiLetters === 'auto' && deferred !== undefined);
  const count = hitCount;
  hitCount = 0;
  complex = false;
  return count;
}

/** Forgets the notes (at the start of a call). */
export function resetHits(): void {
  hitCount = 0;
  complex = false;
  lettersUnnoted = false;
}
