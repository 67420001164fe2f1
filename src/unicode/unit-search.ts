import type { CodeRange } from './character-sets.js';

/**
 * Searching a text for the next code unit of a set with a regular expression instead of a loop of
 * `charCodeAt` and a table lookup per unit. Where the units looked for are sparse (the marks a
 * pass stops at, the gaps it may rewrite), the engine's compiled search passes the units between
 * them at about a third of the loop's cost, and it reads a sliced or concatenated string in place,
 * where `charCodeAt` dispatches on the string's representation at every unit (callgrind, 4 KB
 * documents cut from the noisy corpus: about 10 instructions per unit searched, against 30 for a
 * flat string and 47 for a slice in the loop, plus about 470 per unit found).
 */

const hex4 = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

/**
 * The source of a character class matching exactly the code units of `ranges` (inclusive,
 * possibly overlapping) but those of `except`. For an expression without the `u` flag, which
 * matches UTF-16 code units: a surrogate in the class matches a half of a pair too.
 */
export function unitClass(ranges: readonly CodeRange[], except: readonly number[] = []): string {
  let source = '[';
  for (let k = 0; k < ranges.length; k++) {
    const last = ranges[k]![1];
    let first = ranges[k]![0];
    for (let unit = first; unit <= last + 1; unit++) {
      if (unit <= last && !except.includes(unit)) continue;
      if (unit > first)
        source += unit - 1 === first ? hex4(first) : `${hex4(first)}-${hex4(unit - 1)}`;
      first = unit + 1;
    }
  }
  return `${source}]`;
}

/**
 * Where `search` (an expression with the `g` flag, without `u`, whose every match is one code unit
 * long) next matches in `text` from `i`, or `text.length` when it does not.
 */
export function nextMatch(search: RegExp, text: string, i: number): number {
  search.lastIndex = i;
  return search.test(text) ? search.lastIndex - 1 : text.length;
}

/**
 * Where most text is written: Latin, Greek, Cyrillic, Hebrew, Arabic and Syriac letters, and the
 * general punctuation. A coarse search leaves out the runs of these that hold no unit of its set.
 */
const COMMON: readonly CodeRange[] = [
  [0x0000, 0x07ff],
  [0x2000, 0x206f],
];
/** Runs shorter than this stay in a coarse search: each range left out makes the search slower. */
const SHORTEST_HOLE = 4;

/**
 * The source of a negated character class matching every unit of a set (`table[unit] & bits`
 * non-zero) and others: it leaves out only the runs of {@link COMMON} units outside the set. The
 * engine's search slows with the number of ranges of a class (one of the 202 ranges of the units
 * the marks pass stops at cost it ~150 instructions a unit; a dozen, ~10): a few ranges, and the
 * rare units matched outside the set are passed by the caller's table.
 */
export function coarseClass(table: ArrayLike<number>, bits: number): string {
  let source = '[^';
  for (let k = 0; k < COMMON.length; k++) {
    const last = COMMON[k]![1];
    let unit = COMMON[k]![0];
    while (unit <= last) {
      if ((table[unit]! & bits) !== 0) {
        unit++;
        continue;
      }
      const start = unit;
      while (unit <= last && (table[unit]! & bits) === 0) unit++;
      if (unit - start >= SHORTEST_HOLE) source += `${hex4(start)}-${hex4(unit - 1)}`;
    }
  }
  return `${source}]`;
}
