/**
 * One reusable output buffer of UTF-16 code units for the fused pass: it writes code units here
 * and decodes once at the end, instead of joining many intermediate strings. Module state, so
 * that a call creates no object; the fused pass is not re-entrant (it calls no user code).
 */

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

/** Gives a very large buffer back after a call, so that one huge text does not pin memory. */
export function releaseIfLarge(): void {
  if (units.length > 1 << 22) units = new Uint16Array(1 << 12);
}

/**
 * The UTF-16LE decoder, made at the first decode of a long stretch, not at import (making one
 * loads the engine's converter: a cost for every program that imports the library); `null` where
 * the engine is big-endian or has no `TextDecoder` (then `String.fromCharCode` decodes).
 */
let utf16: TextDecoder | null | undefined;

function makeDecoder(): TextDecoder | null {
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  return littleEndian && typeof TextDecoder !== 'undefined'
    ? new TextDecoder('utf-16le', { ignoreBOM: true })
    : null;
}

/** Below this many code units `String.fromCharCode` beats a decoder call. */
const SHORT = 64;
/** Code units per `String.fromCharCode.apply` call (far below any engine's argument limit). */
const SLICE = 4096;

/** Up to this many code units, {@link tinyString} decodes. */
const TINY = 8;

/** The string of `units[start, end)`. */
export function decode(start: number, end: number): string {
  if (end - start <= TINY) return tinyString(start, end - start);
  if (end - start >= SHORT) {
    if (utf16 === undefined) utf16 = makeDecoder();
    if (utf16 !== null) return utf16.decode(units.subarray(start, end));
  }
  let out = '';
  for (let from = start; from < end; from += SLICE) {
    const to = Math.min(end, from + SLICE);
    out += String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  }
  return out;
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

/** Writes `text` into the buffer at `at` (room must have been made); returns the end. */
export function writeString(text: string, at: number): number {
  const buffer = units;
  for (let k = 0; k < text.length; k++) buffer[at + k] = text.charCodeAt(k);
  return at + text.length;
}
