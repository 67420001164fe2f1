/**
 * The fused pass's input as code units in one reusable buffer, which its copy loop reads instead
 * of the string: `charCodeAt` in an optimised loop asks at every unit how the string is stored
 * (a slice of a larger string, as a document cut from a file is, is read through its parent: a
 * chain of dependent loads per unit), where a typed array is one load. Filled natively where the
 * runtime has Node's `Buffer` (a copy of the string's units, a fraction of a microsecond for a
 * 4 KB document), else by a loop. Module state, so that a call creates no object; the fused pass
 * is not re-entrant (it calls no user code).
 */

import { type UnitBytes, writeUnits } from './unit-bytes.js';
import { UnitCopy } from './unit-copy.js';

/** The buffer and its `Buffer` view. */
const input = new UnitCopy(1 << 12);

/**
 * A buffer that holds the code units of `text` at `[0, text.length)`, followed by two LINE FEEDs:
 * the end of the text as the fused pass's copy loop reads it (`copyRun` in clean-and-map.ts). The
 * loop stops before a unit it leaves, as a line break is, and never goes on after one: so it stops
 * at the first of them unless the text's last unit stopped it, and at the second at the latest,
 * with no test of its own for the end at each unit.
 */
export function inputUnitsOf(text: string): Uint16Array {
  const bytes = input.room(text.length + 2);
  return writeInput(text, input.units, bytes);
}

/**
 * Writes the code units of `text` at the start of `units` (natively through `bytes`, its
 * `Buffer`, where there is one), followed by two LINE FEEDs (see {@link inputUnitsOf}); returns
 * `units`. Also the fused pass's kernel's input (src/fast/fused-kernel.ts).
 */
export function writeInput<T extends Uint16Array>(
  text: string,
  units: T,
  bytes: UnitBytes | null,
): T {
  const length = text.length;
  if (bytes !== null) writeUnits(bytes, text, 0);
  else for (let k = 0; k < length; k++) units[k] = text.charCodeAt(k);
  units[length] = LINE_FEED;
  units[length + 1] = LINE_FEED;
  return units;
}

/** What {@link writeInput} writes after the text. */
const LINE_FEED = 0x0a;

/**
 * Whether `units` holds, after its first `length` units, the two LINE FEEDs {@link writeInput}
 * writes after a text of that length (a reader that wrote after the text has overwritten them).
 */
export const holdsWrittenEnd = (units: Uint16Array, length: number): boolean =>
  units[length] === LINE_FEED && units[length + 1] === LINE_FEED;

/**
 * The same buffer holding the code units of `text`, where the runtime copies them natively;
 * `null` elsewhere (for a reader that scans the string itself rather than pay a loop's copy).
 */
export function nativeUnitsOf(text: string): Uint16Array | null {
  return input.native(text);
}

/** Shorter texts are read in the string by {@link copiedUnitsOf}'s readers: the copy costs more. */
export const COPIED_FROM = 256;
/** Longer texts are read in the string too: the copy would pin that much memory between calls. */
export const COPIED_UP_TO = 1 << 20;

/**
 * {@link nativeUnitsOf} for the readers outside the fused pass, for texts of {@link COPIED_FROM}
 * to {@link COPIED_UP_TO} units, else `null`: the splitter (the units around each stop), stage 3's
 * gates where it is given a string (the recorded pipeline, `normalizePunctuation`: its scan, which
 * runs the gate again at line starts, fills no buffer), and the letters pass's line reading when
 * it records. Each reads the buffer to its end before anything else fills it: none of them runs
 * while the fused pass holds it (the fused pass calls the letters pass unrecorded), and none calls
 * another. Where there is no `Buffer` they read the string: a
 * loop filling the array would read every unit once more than the scans save.
 */
export function copiedUnitsOf(text: string): Uint16Array | null {
  const length = text.length;
  if (length < COPIED_FROM || length > COPIED_UP_TO) return null;
  return nativeUnitsOf(text);
}

/** Gives a very large buffer back after a call, so that one huge text does not pin memory. */
export function releaseInputIfLarge(): void {
  input.releaseIfLonger(1 << 22);
}
