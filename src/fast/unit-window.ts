/**
 * A window of a long text's UTF-16 code units copied into a reusable typed array, for the hot
 * loops that read many units of a string: where the runtime has Node's `Buffer` (`unit-bytes.ts`),
 * its native UTF-16LE write copies a stretch of the text at memory speed, and reading a unit from
 * the array costs a load, where `charCodeAt` dispatches on the string's representation at every
 * unit (measured alone, the gate's hot loop ran 1.8 times as fast over the array as over the
 * string). Elsewhere (or on a big-endian machine) there is no window and the readers read the
 * string.
 *
 * Two readers, each with the window length it measured best: the whole pipeline's gate
 * (`unchanged-prefix.ts`, 8,192 units, the first 512) and the splitter's search for stops in a
 * text too long to be copied whole (`split-sentences.ts`, 65,536). They share the one window:
 * each loads it and reads it before it returns, and neither runs while the other reads it
 * (neither calls the other), as with the shared input buffer (`input-units.ts`). Module state,
 * so that a call creates no object but one slice per window.
 */

import { type UnitBytes, unitBytesOver, writeUnits } from './unit-bytes.js';

/** Code units the window holds: no window is longer (a longer one asked for is cut to this). */
export const WINDOW_ROOM = 1 << 16;

/**
 * The copied units: `windowUnits[k]` is the text's unit `windowStart + k`, below `windowEnd`.
 * A module constant (128 KB), which the engine folds into the hot loop: read from a variable, the
 * array's length and storage were loaded again at every unit.
 */
export const windowUnits = new Uint16Array(WINDOW_ROOM);
export let windowStart = 0;
/** Where the units loaded last end; 0 when the window is empty (see {@link emptyWindow}). */
export let windowEnd = 0;

/** Writes into {@link windowUnits}' memory; `null` where there is no window (see above). */
let writer: UnitBytes | null | undefined;

/** Whether the runtime has the window: it copies a text's units natively (see above). */
export function hasWindow(): boolean {
  if (writer === undefined) writer = unitBytesOver(windowUnits);
  return writer !== null;
}

/** Empties the window, which may hold another text's units, before a text's first load. */
export function emptyWindow(): void {
  windowStart = 0;
  windowEnd = 0;
}

/**
 * Copies the units of `text` from `start` (`length` of them, or fewer where the text or
 * {@link WINDOW_ROOM} ends first) into the window, and returns where they end, also kept as
 * {@link windowEnd}; only where {@link hasWindow}. The write copies each code unit as it is, a
 * lone surrogate too.
 */
export function loadWindow(text: string, start: number, length: number): number {
  const end = Math.min(text.length, start + Math.min(length, WINDOW_ROOM));
  writeUnits(writer!, start === 0 && end === text.length ? text : text.slice(start, end), 0);
  windowStart = start;
  windowEnd = end;
  return end;
}
