import type { RuleNumber } from '../core/rules.js';
import type { EditRecorder } from '../core/text-editor.js';

/** One column of an edit log: an array while recording, a typed array once joined. */
export type Column = number[] | Int32Array;

/**
 * The edits of one pass (its part of a trace, see trace.ts), as parallel arrays: edit `k` replaced
 * source `[srcStart, srcEnd)` by output `[outStart, outEnd)`, by rule `rules[k]`. Edits arrive in
 * source order, so every offset array is non-decreasing and a query is a binary search. Text
 * between edits was copied.
 */
export class EditLog implements EditRecorder {
  // Plain arrays of small integers while a run records: they live in the young generation, where
  // the logs of a short text are made and collected cheaply (typed arrays, each a buffer outside
  // the heap, made a run on a 4 KB document 8-17% slower). The log of a long text, joined
  // from its pieces, is typed arrays (see `append`): plain arrays grown one edit at a time made a
  // 10 MB text's run about 1.7x slower.
  srcStart: Column = [];
  srcEnd: Column = [];
  outStart: Column = [];
  outEnd: Column = [];
  rules: Column = [];
  /** The number of edits. */
  size = 0;
  /** Output length minus source length of everything recorded so far. */
  private delta = 0;

  /** Records an edit (to a log that nothing was appended to: see `append`). */
  record(start: number, end: number, length: number, rule: RuleNumber): void {
    const k = this.size++;
    const outStart = start + this.delta;
    // Written at the end of plain arrays, which grows them.
    this.rules[k] = rule;
    this.srcStart[k] = start;
    this.srcEnd[k] = end;
    this.outStart[k] = outStart;
    this.outEnd[k] = outStart + length;
    this.delta += length - (end - start);
  }

  /** Output length minus source length: what the pass's edits add to the length of its text. */
  get lengthChange(): number {
    return this.delta;
  }

  /**
   * Where the last edit ends in the source (0 with no edit): the pass copied everything after it.
   */
  get sourceEnd(): number {
    return this.size === 0 ? 0 : this.srcEnd[this.size - 1]!;
  }

  /**
   * Appends the edits of `piece`, the log of the same pass over a piece of text that starts at
   * `sourceOffset` in this log's source, after the edits recorded so far (a text run in pieces:
   * src/trace/record-in-pieces.ts). Output offsets follow from the edits before them.
   */
  append(piece: EditLog, sourceOffset: number): void {
    const n = piece.size;
    if (n === 0) return;
    const k = this.size;
    if (k + n > this.rules.length || !(this.rules instanceof Int32Array)) this.reserve(k + n);
    const output = sourceOffset + this.delta;
    for (let i = 0; i < n; i++) {
      this.srcStart[k + i] = piece.srcStart[i]! + sourceOffset;
      this.srcEnd[k + i] = piece.srcEnd[i]! + sourceOffset;
      this.outStart[k + i] = piece.outStart[i]! + output;
      this.outEnd[k + i] = piece.outEnd[i]! + output;
      this.rules[k + i] = piece.rules[i]!;
    }
    this.size += n;
    this.delta += piece.delta;
  }

  /**
   * Makes the columns typed arrays with room for `needed` edits or more, in one buffer grown by
   * doubling: the log of a long text, joined from its pieces, has a few hundred thousand edits.
   */
  private reserve(needed: number): void {
    const capacity = Math.max(needed, 2 * this.rules.length);
    const buffer = new Int32Array(5 * capacity);
    const size = this.size;
    this.srcStart = moved(this.srcStart, buffer, 0, capacity, size);
    this.srcEnd = moved(this.srcEnd, buffer, 1, capacity, size);
    this.outStart = moved(this.outStart, buffer, 2, capacity, size);
    this.outEnd = moved(this.outEnd, buffer, 3, capacity, size);
    this.rules = moved(this.rules, buffer, 4, capacity, size);
  }

  /** The last edit whose output starts at or before `index`, or -1. */
  private editAt(index: number): number {
    const starts = this.outStart;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= index) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Where the source of output `index` starts (the source length for the output length). */
  start(index: number): number {
    const k = this.editAt(index);
    if (k < 0) return index;
    if (index < this.outEnd[k]!) return this.srcStart[k]!;
    return this.srcEnd[k]! + (index - this.outEnd[k]!);
  }

  /** Where the source of the output unit at `index` ends. */
  end(index: number): number {
    const k = this.editAt(index);
    if (k < 0) return index + 1;
    if (index < this.outEnd[k]!) return this.srcEnd[k]!;
    return this.srcEnd[k]! + (index - this.outEnd[k]!) + 1;
  }

  /** Whether the output unit at `index` was copied from the source (not written by an edit). */
  copied(index: number): boolean {
    const k = this.editAt(index);
    return k < 0 || index >= this.outEnd[k]!;
  }
}

/** Part `part` of `buffer` (parts of `capacity` entries), holding the first `size` of `column`. */
function moved(
  column: Column,
  buffer: Int32Array,
  part: number,
  capacity: number,
  size: number,
): Int32Array {
  const out = buffer.subarray(part * capacity, (part + 1) * capacity);
  for (let k = 0; k < size; k++) out[k] = column[k]!;
  return out;
}
