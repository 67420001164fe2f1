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
 * each); then unit by unit through the step where one has. A step starts at the word that holds
 * `i`, so the unit before an odd `i` (often the one just acted on) is in the first step: it only
 * sends that step unit by unit. On the benchmark's noisy text (an acting unit every 30 units or
 * so) the recorded run was 1.1-1.2 times as fast as with a loop over units.
 */
export function firstMarkedUnit(
  units: Uint16Array,
  pairs: Int32Array<ArrayBufferLike>,
  table: Uint16Array,
  mask: number,
  i: number,
  length: number,
): number {
  const lastFour = (length >> 1) - 3;
  while (i < length) {
    let k = i >> 1;
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
      if ((entries & mask) !== 0) break;
    }
    // The step where the loop stopped (or the text's last units), unit by unit.
    const stepEnd = Math.min(length, 2 * k + 8);
    for (i = Math.max(i, 2 * k); i < stepEnd; i++) if ((table[units[i]!]! & mask) !== 0) return i;
  }
  return length;
}
