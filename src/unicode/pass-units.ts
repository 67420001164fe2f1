/**
 * The code units of the text a pass of stage 1 reads, copied natively into a reusable typed array,
 * for the passes' skip loops (the loops that pass every unit no rule acts on): `charCodeAt` in an
 * optimised loop asks at every unit how the string is stored (a document cut from a longer text is
 * a slice, read through its parent), where a typed array is one load. The copy is Node's `utf16le`
 * write (each unit as it is, a lone surrogate too: see src/fast/unit-bytes.ts). Where the runtime
 * has no `Buffer` there is no copy and the loops read the string: a loop filling the array would
 * read every unit once more than the scan saves.
 *
 * A buffer of its own, not the fused pass's (src/fast/input-units.ts): the fused pass holds that
 * one while it runs these passes on a piece it cannot do itself. The passes of stage 1 run one
 * after the other and call no user code, so one pass's copy is read to its end before the next
 * pass fills the buffer again.
 */

import { UnitCopy } from '../fast/unit-copy.js';

/**
 * Shorter texts are read from the string: the copy's call costs about what a scan of 64 units
 * saves on Node 20 (the fused pass hands these passes pieces of a dozen units or so).
 */
export const PASS_UNITS_FROM = 64;
/** Longer texts are read from the string: the copy would pin that much memory between calls. */
export const PASS_UNITS_UP_TO = 1 << 20;

/** The buffer and its `Buffer` view. */
const passCopy = new UnitCopy(1 << 12);

/**
 * A typed array holding the code units of `text` at `[0, text.length)` (entries after them are
 * left from earlier texts), or `null` where the pass reads the string (see above). Valid until the
 * next call.
 */
export function passUnitsOf(text: string): Uint16Array | null {
  const length = text.length;
  if (length < PASS_UNITS_FROM || length > PASS_UNITS_UP_TO) return null;
  return passCopy.native(text);
}

/**
 * The array {@link passUnitsOf} returned last, read as 32-bit words (`UnitCopy.pairs`): word `k`
 * holds the units `2k` and `2k + 1`, so that a skip loop tests eight units with four loads.
 */
export function passPairs(): Int32Array<ArrayBufferLike> {
  return passCopy.pairs;
}
