/**
 * The code units of stage 3's input for its first gate (`punctuationCoverEndInUnits`, cover.ts),
 * where `normalize` does not hand it a buffer: the recorded pipeline (`normalizeWithOffsets`,
 * `explain`) and `normalizePunctuation` give it a string, often a slice of a longer one or a
 * string joined by the pass before, which the string gate reads one `charCodeAt` at a time (each
 * asking how the string is stored). A native copy into the fused pass's input buffer
 * (src/fast/input-units.ts `nativeUnitsOf`) lets it run the gate `normalize` runs: the same stop,
 * the same kept edits and the same note of the runs of elongation (test/punctuation/
 * unchanged-in-units.test.ts holds the two gates equal). Stage 3 is never called while that buffer
 * is held: the fused pass has returned before it runs, and the splitter does not call it. Where
 * the runtime has no `Buffer` there is no copy (a loop's copy reads every unit once, as the string
 * gate does) and the gate reads the string.
 */

import { nativeUnitsOf } from '../fast/input-units.js';

/** Shorter texts are read from the string: the copy's call costs more than it saves. */
export const GATE_COPIED_FROM = 256;
/** Longer texts are read from the string: the copy would pin that much memory between calls. */
export const GATE_COPIED_UP_TO = 1 << 20;

/**
 * A buffer that holds the code units of `text` at `[0, text.length)`, read by the gate before
 * anything else fills it, or `null` where the gate reads the string (see above).
 */
export function gateUnitsOf(text: string): Uint16Array | null {
  const length = text.length;
  if (length < GATE_COPIED_FROM || length > GATE_COPIED_UP_TO) return null;
  return nativeUnitsOf(text);
}
