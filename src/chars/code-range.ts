/** An inclusive range of code points, `[first, last]`. */
export type CodeRange = readonly [first: number, last: number];

/** Sets `table[code] = value` for every code unit of `ranges` (one native fill per range). */
export function fillRanges(
  table: Uint8Array | Uint16Array,
  ranges: readonly CodeRange[],
  value: number,
): void {
  // Indexed: destructuring allocates iterator objects per range in code that runs once.
  for (let k = 0; k < ranges.length; k++) table.fill(value, ranges[k]![0], ranges[k]![1] + 1);
}

/** Sets the bits `bits` in `table[code]` for every code unit of `ranges`. */
export function addBits(
  table: Uint8Array | Uint16Array,
  ranges: readonly CodeRange[],
  bits: number,
): void {
  for (let k = 0; k < ranges.length; k++) {
    for (let code = ranges[k]![0]; code <= ranges[k]![1]; code++) table[code]! |= bits;
  }
}

/** Whether `code` lies in one of the sorted, disjoint `ranges` (binary search). */
export function inRanges(ranges: readonly CodeRange[], code: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const range = ranges[mid]!;
    if (code < range[0]) hi = mid - 1;
    else if (code > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The code points of `ranges`, in order (for tests and set algebra, not for hot code). */
export function codesOf(ranges: readonly CodeRange[]): number[] {
  const codes: number[] = [];
  for (const [first, last] of ranges) for (let code = first; code <= last; code++) codes.push(code);
  return codes;
}

/** Sorted, merged ranges holding exactly `codes`. */
export function rangesOf(codes: Iterable<number>): CodeRange[] {
  const ranges: [number, number][] = [];
  for (const code of [...new Set(codes)].sort((a, b) => a - b)) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/** The union of range lists, sorted and merged (adjacent ranges joined). */
export function unionRanges(...lists: (readonly CodeRange[])[]): CodeRange[] {
  const all = lists.flat().sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  // Indexed, without destructuring: these run at import, where each destructured entry costs an
  // iterator (as in the tables filled at import).
  for (let k = 0; k < all.length; k++) {
    const first = all[k]![0];
    const last = all[k]![1];
    const top = merged[merged.length - 1];
    if (top && first <= top[1] + 1) top[1] = Math.max(top[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

/** The code points of `ranges` that are in none of `minus`, as sorted ranges. */
export function subtractRanges(
  ranges: readonly CodeRange[],
  ...minus: (readonly CodeRange[])[]
): CodeRange[] {
  const cuts = unionRanges(...minus);
  const result: CodeRange[] = [];
  const merged = unionRanges(ranges);
  for (let k = 0; k < merged.length; k++) {
    const last = merged[k]![1];
    let from = merged[k]![0];
    for (let c = 0; c < cuts.length; c++) {
      const cutFirst = cuts[c]![0];
      const cutLast = cuts[c]![1];
      if (cutLast < from || cutFirst > last) continue;
      if (cutFirst > from) result.push([from, cutFirst - 1]);
      from = cutLast + 1;
    }
    if (from <= last) result.push([from, last]);
  }
  return result;
}
