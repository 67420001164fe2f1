import { fillOnFirstUse } from '../core/table-fills.js';
import { unitBytes } from '../core/unit-tables.js';
import {
  ARABIC_LETTERS,
  ARABIC_MARKS,
  DIGITS,
  HORIZONTAL_SPACES,
  LATIN_LETTERS,
  LINE_BREAKS,
} from './character-classes.js';

/** The class of a UTF-16 code unit, as stage 3 sees it. */
export const OTHER = 0;
export const ARABIC = 1;
export const LATIN = 2;
export const DIGIT = 3;
export const MARK = 4;
export const SPACE = 5;
export const BREAK = 6;

const table = unitBytes();

/** Fills {@link table}, on first use (src/core/table-fills.ts). */
function fillClasses(): void {
  // Indexed: destructuring allocates iterator objects per range in code that runs once.
  const fill = (ranges: readonly (readonly [number, number])[], value: number) => {
    for (let k = 0; k < ranges.length; k++) table.fill(value, ranges[k]![0], ranges[k]![1] + 1);
  };
  fill(ARABIC_LETTERS, ARABIC);
  fill(LATIN_LETTERS, LATIN);
  fill(ARABIC_MARKS, MARK);
  fill(DIGITS, DIGIT);
  fill(HORIZONTAL_SPACES, SPACE);
  fill(LINE_BREAKS, BREAK);
}
fillOnFirstUse(fillClasses);

/** A `Uint8Array(65536)` of the classes above (filled at the library's first public call). */
export function charClasses(): Uint8Array {
  return table;
}

/**
 * Sets `t[code] = 1` for every code unit of class ARABIC, read through the ranges the class is
 * filled from (about 1,500 code units): fewer steps at import than a search of all 65,536 entries
 * of the class table, one call per unit found.
 */
export function markArabicUnits(t: Uint8Array): void {
  const classes = charClasses();
  for (let k = 0; k < ARABIC_LETTERS.length; k++) {
    const last = Math.min(ARABIC_LETTERS[k]![1], 0xffff);
    for (let code = ARABIC_LETTERS[k]![0]; code <= last; code++) {
      // A later class of the table may have taken the unit.
      if (classes[code] === ARABIC) t[code] = 1;
    }
  }
}

/** True for a letter of Arabic or Latin script (the words stage 3 puts a space before). */
export const isWordClass = (cls: number) => cls === ARABIC || cls === LATIN;
