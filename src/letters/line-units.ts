/**
 * The code units of stage 2's input for reading its lines (`isPersianLineOfUnits`,
 * persian-passages.ts) when the pass records its edits (`normalizeWithOffsets`, `explain`): the
 * recorded pipeline hands the pass stage 1's output, a slice of the caller's text or a string
 * joined by stage 1, which `charCodeAt` reads asking at every unit how the string is stored. A
 * native copy into the fused pass's input buffer (src/fast/input-units.ts `nativeUnitsOf`) is read
 * one load a unit. Only when recording: the fused pass calls the letters pass without a recorder
 * (src/fast/line-letters.ts) while it holds that buffer, and no caller of a recording pass holds
 * it. Where the runtime has no `Buffer` there is no copy (a loop's copy reads every unit, more
 * than the lines read) and the lines are read in the string.
 */

import { nativeUnitsOf } from '../fast/input-units.js';

/** Shorter texts are read from the string: the copy's call costs more than it saves. */
export const LINES_COPIED_FROM = 256;
/** Longer texts are read from the string: the copy would pin that much memory between calls. */
export const LINES_COPIED_UP_TO = 1 << 20;

/**
 * A buffer that holds the code units of `text` at `[0, text.length)`, read by the letters pass
 * before anything else fills it, or `null` where the lines are read in the string (see above).
 * `recording`: whether the pass records its edits (it may fill the buffer only then).
 */
export function lineUnitsOf(text: string, recording: boolean): Uint16Array | null {
  const length = text.length;
  if (!recording || length < LINES_COPIED_FROM || length > LINES_COPIED_UP_TO) return null;
  return nativeUnitsOf(text);
}
