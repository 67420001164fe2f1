/**
 * The code units of the text being split, copied once per call into a reusable typed array, for
 * the loops that read many units around each full stop (the word before it): `charCodeAt` in
 * optimised code asks at every unit how the string is stored (a document cut from a longer text
 * is a slice, read through its parent: about 20 instructions a unit), where a typed array is one
 * load. The copy is Node's native `utf16le` write (`unit-bytes.ts`): a copy of each code unit as
 * it is, a lone surrogate too. Where the runtime has no `Buffer` there is no copy (a loop filling
 * the array reads every unit of the text once, more than the scan saves) and the scan reads the
 * string. Module state, so that a call creates no object; the scan calls no user code.
 */

import { type UnitBytes, unitBytesOver } from '../fast/unit-bytes.js';

/** Shorter texts are read from the string: too few full stops to pay for the copy's call. */
export const COPIED_FROM = 256;
/** Longer texts are read from the string: the copy would pin that much memory between calls. */
export const COPIED_UP_TO = 1 << 20;

/** The buffer; replaced by a larger one when a text does not fit. */
let units = new Uint16Array(1 << 12);
/** A Node `Buffer` over {@link units}' memory (made again when it is replaced), or `null`. */
let bytes: UnitBytes | null | undefined;
let bytesOf: Uint16Array | undefined;

/**
 * A typed array that holds the code units of `text` at `[0, text.length)`, or `null` where the
 * scan reads the string (see above).
 */
export function textUnitsOf(text: string): Uint16Array | null {
  const length = text.length;
  if (length < COPIED_FROM || length > COPIED_UP_TO) return null;
  if (length > units.length) growUnits(length);
  if (bytesOf !== units) {
    bytes = unitBytesOver(units);
    bytesOf = units;
  }
  if (bytes === null) return null;
  bytes!.write(text, 0, 'utf16le');
  return units;
}

/** Replaces {@link units} with one that holds `length` units. */
function growUnits(length: number): void {
  let size = units.length * 2;
  while (size < length) size *= 2;
  units = new Uint16Array(size);
}
