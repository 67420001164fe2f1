import { describe, expect, it } from 'vitest';
import { Rule } from '../../src/core/rules.js';
import { OffsetMap } from '../../src/offsets/offset-map.js';
import { EditLog } from '../../src/trace/edit-log.js';

/** A log of edits `[start, end, length]` in source order. */
const logOf = (...edits: [number, number, number][]) => {
  const log = new EditLog();
  for (const [start, end, length] of edits) log.record(start, end, length, Rule.Whitespace);
  return log;
};

const allOffsets = (map: OffsetMap) =>
  Array.from({ length: map.outputLength + 1 }, (_, i) => map.toOriginal(i));

describe('OffsetMap', () => {
  it('with no edit every index maps to itself', () => {
    expect(allOffsets(new OffsetMap([new EditLog()], 3, 3))).toEqual([0, 1, 2, 3]);
  });

  it('a removal is skipped, an expansion maps to its source, an insertion maps to where it was inserted', () => {
    // "abcde": remove [1, 2) ("b"), replace [3, 4) ("d") by 3 units, insert 2 units at 5.
    const map = new OffsetMap([logOf([1, 2, 0], [3, 4, 3], [5, 5, 2])], 5, 8);
    expect(allOffsets(map)).toEqual([0, 2, 3, 3, 3, 4, 5, 5, 5]);
    expect(map.toOriginalSpan(2, 5)).toEqual([3, 4]);
    expect(map.toOriginalSpan(6, 8)).toEqual([5, 5]);
    expect(map.toOriginalSpan(0, 2)).toEqual([0, 3]);
  });

  it('composes passes: each later pass maps into the output of the pass before', () => {
    // Pass 1 on "abc": "b" becomes "xy" -> "axyc"; pass 2: "y" removed -> "axc".
    const map = new OffsetMap([logOf([1, 2, 2]), logOf([2, 3, 0])], 3, 3);
    expect(allOffsets(map)).toEqual([0, 1, 2, 3]);
    expect(map.unchanged(0)).toBe(true);
    expect(map.unchanged(1)).toBe(false);
    expect(map.unchanged(2)).toBe(true);
    expect(map.toOriginalSpan(1, 2)).toEqual([1, 2]);
  });
});
