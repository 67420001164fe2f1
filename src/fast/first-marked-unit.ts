/**
 * The skip loop of the passes that read a copy of their text (stage 1's forms and marks passes,
 * the letters pass when it records): the first unit whose entry in a table has a bit of a mask.
 * One loop for the three (their tables differ, their reading does not).
 */

/**
 * The first `k` in `[i, length)` with `(table[units[k]] & mask) !== 0`, or `length`. `units`
 * holds the text's `length` code units; `pairs` is the same memory as words of two units
 * (`UnitCopy.pairs`). Eight units a step, four words, while none of the eight has a bit of
 * `mask` (their entries OR'd: one branch for the eight, where a loop over units branched at
 * each); then the step where one has is searched by {@link markedInStep}. An odd `i` is tested on
 * its own first, so that every step starts at the unit after it and holds no unit before `i`
 * (the unit before an odd `i` is often the one just acted on). On the benchmark's noisy text (an
 * acting unit every 30 units or so) the recorded run was 1.1-1.2 times as fast with steps as with
 * a loop over units.
 */
export function firstMarkedUnit(
  units: Uint16Array,
  pairs: Int32Array<ArrayBufferLike>,
  table: Uint16Array,
  mask: number,
  i: number,
  length: number,
): number {
  if ((i & 1) !== 0 && i < length && (table[units[i]!]! & mask) !== 0) return i;
  let k = (i + 1) >> 1;
  const lastFour = (length >> 1) - 3;
  for (; k < lastFour; k += 4) {
    const w0 = pairs[k]!;
    const w1 = pairs[k + 1]!;
    const w2 = pairs[k + 2]!;
    const w3 = pairs[k + 3]!;
    const entries =
      table[w0 & 0xffff]! |
      table[w0 >>> 16]! |
      table[w1 & 0xffff]! |
      table[w1 >>> 16]! |
      table[w2 & 0xffff]! |
      table[w2 >>> 16]! |
      table[w3 & 0xffff]! |
      table[w3 >>> 16]!;
    if ((entries & mask) !== 0) return markedInStep(units, table, mask, 2 * k);
  }
  // The text's last units (fewer than eight), unit by unit.
  for (let at = 2 * k; at < length; at++) if ((table[units[at]!]! & mask) !== 0) return at;
  return length;
}

/**
 * The first unit of the step `units[start, start + 8)` whose entry has a bit of `mask`, where one
 * has. Eight tests in a row rather than a loop: the optimised loop checked the arrays again at
 * each unit (the engine does not move those checks out of a loop), and this search runs at every
 * unit acted on.
 */
function markedInStep(units: Uint16Array, table: Uint16Array, mask: number, start: number): number {
  if ((table[units[start]!]! & mask) !== 0) return start;
  if ((table[units[start + 1]!]! & mask) !== 0) return start + 1;
  if ((table[units[start + 2]!]! & mask) !== 0) return start + 2;
  if ((table[units[start + 3]!]! & mask) !== 0) return start + 3;
  if ((table[units[start + 4]!]! & mask) !== 0) return start + 4;
  if ((table[units[start + 5]!]! & mask) !== 0) return start + 5;
  if ((table[units[start + 6]!]! & mask) !== 0) return start + 6;
  return start + 7;
}
