/**
 * One reusable output buffer of UTF-16 code units for the fused pass: it writes code units here
 * and decodes once at the end, instead of joining many intermediate strings. Module state, so
 * that a call creates no object; the fused pass is not re-entrant (it calls no user code).
 */

import {
  isLittleEndian,
  readUnits,
  type UnitBytes,
  unitBytesOver,
  writeUnits,
} from './unit-bytes.js';

/** The buffer; replaced by a larger one when {@link ensureCapacity} needs it. */
export let units = new Uint16Array(1 << 12);

/** Makes room for `needed` code units, keeping the first `kept`. */
export function ensureCapacity(needed: number, kept: number): Uint16Array {
  if (needed <= units.length) return units;
  let size = units.length * 2;
  while (size < needed) size *= 2;
  const larger = new Uint16Array(size);
  larger.set(units.subarray(0, kept));
  units = larger;
  return larger;
}

/**
 * Makes `array` the buffer: the output buffer in the memory of the fused pass's kernel
 * (src/fast/fused-kernel.ts), which the fused pass writes while the kernel runs its copy loop. A
 * write past its end makes a buffer of its own, as for any other ({@link ensureCapacity}).
 */
export function useBuffer(array: Uint16Array<ArrayBuffer>): void {
  units = array;
}

/** Gives a very large buffer back after a call, so that one huge text does not pin memory. */
export function releaseIfLarge(): void {
  if (units.length <= 1 << 22) return;
  units = new Uint16Array(1 << 12);
  // The view of its bytes would hold the large buffer too.
  bytes = undefined;
  bytesOf = undefined;
}

/** The decoders {@link decoder} may be. */
const UNCHOSEN = 0;
const NODE_BYTES = 1;
const UTF16_DECODER = 2;
const CHAR_CODES = 3;
/**
 * How the buffer's code units are decoded, chosen at the first decode of a long stretch, not at
 * import (making a `TextDecoder` loads the engine's converter: a cost for every program that
 * imports the library): {@link NODE_BYTES} where the runtime has Node's `Buffer`, else
 * {@link UTF16_DECODER}, else (big-endian engines, none of the two) {@link CHAR_CODES}.
 */
let decoder = UNCHOSEN;

/**
 * The buffer's bytes as a Node `Buffer` over the same memory, for {@link units} as it is when it
 * is made ({@link bytesOf}): its `toString('utf16le')` decodes a 4 KB document's output several
 * times faster than `TextDecoder` (about 0.8 µs against 5 µs for 1,900 units on Node 20, where
 * decoding was a twelfth of `normalize`'s time on the bench's noisy documents) and makes no view
 * object per call. The two decode well-formed UTF-16 alike, and the buffer never holds a
 * surrogate alone: stage 1 replaces those, and every range decoded holds whole characters.
 */
let bytes: UnitBytes | null | undefined;
let bytesOf: Uint16Array | undefined;
let utf16: TextDecoder | undefined;

function chooseDecoder(): number {
  if (nodeBytes() !== null) return NODE_BYTES;
  if (!isLittleEndian() || typeof TextDecoder === 'undefined') return CHAR_CODES;
  utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
  return UTF16_DECODER;
}

/**
 * Below this many code units `String.fromCharCode.apply` beats `TextDecoder` (about 145 against
 * 190 ns for 9 units, 190 against 200 for 16, 300 against 210 for 34, on Node 20). Node's
 * `Buffer#toString` takes about 100 ns at every length from 9 units on, so it decodes every
 * stretch longer than {@link TINY}: a short text (a title, a query, a UI string) is decoded whole.
 */
const SHORT = 16;
/** Code units per `String.fromCharCode.apply` call (far below any engine's argument limit). */
const SLICE = 4096;

/** Up to this many code units, {@link tinyString} decodes. */
const TINY = 8;

/** The string of `units[start, end)`. */
export function decode(start: number, end: number): string {
  if (end - start <= TINY) return tinyString(start, end - start);
  if (decoder === UNCHOSEN) decoder = chooseDecoder();
  if (decoder === NODE_BYTES) {
    // `Buffer` may have gone since the decoder was chosen (a replaced buffer needs a new view):
    // then the units are decoded by the loop below.
    const nodeView = nodeBytes();
    if (nodeView !== null) return readUnits(nodeView, 2 * start, 2 * end);
  } else if (decoder === UTF16_DECODER && end - start >= SHORT) {
    return utf16!.decode(units.subarray(start, end));
  }
  let out = '';
  for (let from = start; from < end; from += SLICE) {
    const to = Math.min(end, from + SLICE);
    out += String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  }
  return out;
}

/** {@link bytes}, made again when {@link units} was replaced. */
function nodeBytes(): UnitBytes | null {
  if (bytesOf !== units) {
    bytes = unitBytesOver(units);
    bytesOf = units;
  }
  return bytes ?? null;
}

const fromCharCode = String.fromCharCode;

/**
 * The string of the `count` (at most {@link TINY}) code units at `at`, the units passed as
 * arguments: stage 2 decodes a short word for each word-final FARSI YEH it decides, and a line
 * moves its gap of a unit or two as a string when it ends (`endLines`, without collapsing).
 * `fromCharCode.apply` on a view of the buffer made a view object per call, and took about four
 * times as long (80 ns against 20 ns for 3 to 8 units, in a loop on Node 20).
 */
function tinyString(at: number, count: number): string {
  const b = units;
  switch (count) {
    case 1:
      return fromCharCode(b[at]!);
    case 2:
      return fromCharCode(b[at]!, b[at + 1]!);
    case 3:
      return fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!);
    case 4:
      return fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
    case 5:
      return fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!, b[at + 4]!);
    case 6:
      return fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!, b[at + 4]!, b[at + 5]!);
    case 7:
      return fromCharCode(
        b[at]!,
        b[at + 1]!,
        b[at + 2]!,
        b[at + 3]!,
        b[at + 4]!,
        b[at + 5]!,
        b[at + 6]!,
      );
    case 8:
      return fromCharCode(
        b[at]!,
        b[at + 1]!,
        b[at + 2]!,
        b[at + 3]!,
        b[at + 4]!,
        b[at + 5]!,
        b[at + 6]!,
        b[at + 7]!,
      );
    default:
      return '';
  }
}

/**
 * Whether {@link writeString} copies a long string natively (Node's `Buffer#write`, about twice as
 * fast as a loop of `charCodeAt` on a 4 KB document, which asks at each unit how the string is
 * stored): then a loop that reads a string once may copy it and read the buffer instead.
 */
export function writesNatively(): boolean {
  if (decoder === UNCHOSEN) decoder = chooseDecoder();
  return decoder === NODE_BYTES;
}

/**
 * From this many code units {@link writeString} copies with `Buffer#write` (about 50 ns at any
 * length on Node 20, where a loop of `charCodeAt` took 30 ns for 16 units and 70 for 34).
 */
const WRITTEN_NATIVELY_FROM = 32;

/** Writes `text` into the buffer at `at` (room must have been made); returns the end. */
export function writeString(text: string, at: number): number {
  // Its units as they are, lone surrogates too (a copy, not an encoding).
  if (text.length >= WRITTEN_NATIVELY_FROM && writesNatively()) {
    const nodeView = nodeBytes();
    if (nodeView !== null) {
      writeUnits(nodeView, text, 2 * at);
      return at + text.length;
    }
  }
  const buffer = units;
  for (let k = 0; k < text.length; k++) buffer[at + k] = text.charCodeAt(k);
  return at + text.length;
}
