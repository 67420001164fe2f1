/**
 * A window of a text's UTF-16 code units copied into a typed array, for the gate's hot loop
 * (`unchanged-prefix.ts`): where the runtime has Node's `Buffer` (`unit-bytes.ts`), its native
 * UTF-16LE write copies a stretch of the text at memory speed, and reading a unit
 * from the array costs a load, where `charCodeAt` dispatches on the string's representation at
 * every unit (measured alone, the hot loop ran 1.8 times as fast over the array as over the string).
 * Elsewhere (or on a big-endian machine) there is no window and the loop reads the string.
 * Module state, so that a call creates no object but one slice per window.
 */

import { type UnitBytes, unitBytesOver } from './unit-bytes.js';

/** Code units per window: a few of them cover a long text, and the copy stays in cache. */
export const WINDOW = 1 << 13;
/** Code units in a text's first window (see {@link loadWindow}). */
export const FIRST_WINDOW = 1 << 9;

/**
 * The copied units: `windowUnits[k]` is the text's unit `windowStart + k`, below `windowEnd`.
 * A module constant (16 KB), which the engine folds into the hot loop: read from a variable, the
 * array's length and storage were loaded again at every unit.
 */
export const windowUnits = new Uint16Array(WINDOW);
export let windowStart = 0;
export let windowEnd = 0;

/** Writes into {@link windowUnits}' memory; `null` where there is no window (see above). */
let writer: UnitBytes | null | undefined;

/** Whether the runtime has the window (see above). */
export function hasWindow(): boolean {
  if (writer === undefined) writer = unitBytesOver(windowUnits);
  return writer !== null;
}

/** From this length on, the gate reads a window of units (below, a copy costs more than it saves). */
const WINDOWED = 256;

/**
 * Whether the gate reads a text of `length` units from the window; if so, empties it first (the
 * window may hold another text's units).
 */
export function startWindow(length: number): boolean {
  if (length < WINDOWED || !hasWindow()) return false;
  windowStart = 0;
  windowEnd = 0;
  return true;
}

/**
 * Copies the units of `text` from `start` (up to {@link WINDOW} of them) into the window; only
 * where {@link hasWindow}. The write copies each code unit as it is, a lone surrogate too.
 */
export function loadWindow(text: string, start: number): void {
  // The first window of a text is short: a text that is not normal is mostly given up on within
  // its first few hundred units, and a copy of the rest would be read for nothing.
  const end = Math.min(text.length, start + (windowEnd === 0 ? FIRST_WINDOW : WINDOW));
  writer!.write(start === 0 && end === text.length ? text : text.slice(start, end), 0, 'utf16le');
  windowStart = start;
  windowEnd = end;
}
