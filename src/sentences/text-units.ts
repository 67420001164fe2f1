/**
 * The code units of the text being split, copied once per call into a reusable typed array, for
 * the loops that read many units around each full stop (the word before it): `charCodeAt` in
 * optimised code asks at every unit how the string is stored (a document cut from a longer text
 * is a slice, read through its parent: about 20 instructions a unit), where a typed array is one
 * load. The copy is Node's native `utf16le` write, into the fused pass's input buffer
 * (`src/fast/input-units.ts` `nativeUnitsOf`; the two never run at once): a copy of each code
 * unit as it is, a lone surrogate too. Where the runtime has no `Buffer` there is no copy (a loop
 * filling the array reads every unit of the text once, more than the scan saves) and the scan
 * reads the string.
 */

import { nativeUnitsOf } from '../fast/input-units.js';

/** Shorter texts are read from the string: too few full stops to pay for the copy's call. */
export const COPIED_FROM = 256;
/** Longer texts are read from the string: the copy would pin that much memory between calls. */
export const COPIED_UP_TO = 1 << 20;

/**
 * A typed array that holds the code units of `text` at `[0, text.length)`, or `null` where the
 * scan reads the string (see above).
 */
export function textUnitsOf(text: string): Uint16Array | null {
  const length = text.length;
  if (length < COPIED_FROM || length > COPIED_UP_TO) return null;
  return nativeUnitsOf(text);
}
