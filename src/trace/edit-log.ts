import type { RuleNumber } from '../core/rules.js';
import type { EditRecorder } from '../core/text-editor.js';

/**
 * The edits of one pass (its part of a trace, see trace.ts), as parallel arrays: edit `k` replaced
 * source `[srcStart, srcEnd)` by output `[outStart, outEnd)`, by rule `rules[k]`. Edits arrive in
 * source order, so every offset array is non-decreasing and a query is a binary search. Text
 * between edits was copied.
 */
/** The arrays of a log with no edit yet (a pass that edits nothing allocates nothing). */
const NONE: Int32Array = /* @__PURE__ */ new Int32Array(0);

export class EditLog implements EditRecorder {
  // Typed arrays grown by doubling, not arrays grown one push at a time: a megabyte of noisy text
  // makes tens of thousands of edits per pass. Entries from `size` on are unused.
  srcStart: Int32Array = NONE;
  srcEnd: Int32Array = NONE;
  outStart: Int32Array = NONE;
  outEnd: Int32Array = NONE;
  rules: Int32Array = NONE;
  /** The number of edits. */
  size = 0;
  /** Output length minus source length of everything recorded so far. */
  private delta = 0;

  record(start: number, end: number, length: number, rule: RuleNumber): void {
    if (this.size === this.rules.length) this.grow();
    const k = this.size++;
    const outStart = start + this.delta;
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
   * `sourceOffset` in this log's source, right after the edits recorded so far (a text run in
   * pieces: see src/trace/record-in-pieces.ts). Its output offsets follow from this log's own.
   */
  append(piece: EditLog, sourceOffset: number): void {
    if (piece.size === 0) return;
    if (this.size + piece.size > this.rules.length) this.grow(this.size + piece.size);
    const k = this.size;
    const n = piece.size;
    const outOffset = sourceOffset + this.delta;
    for (let i = 0; i < n; i++) {
      this.srcStart[k + i] = piece.srcStart[i]! + sourceOffset;
      this.srcEnd[k + i] = piece.srcEnd[i]! + sourceOffset;
      this.outStart[k + i] = piece.outStart[i]! + outOffset;
      this.outEnd[k + i] = piece.outEnd[i]! + outOffset;
    }
    this.rules.set(piece.rules.subarray(0, n), k);
    this.size += n;
    this.delta += piece.delta;
  }

  private grow(needed = 0): void {
    const capacity = Math.max(16, this.rules.length * 2, needed);
    this.srcStart = grown(this.srcStart, capacity);
    this.srcEnd = grown(this.srcEnd, capacity);
    this.outStart = grown(this.outStart, capacity);
    this.outEnd = grown(this.outEnd, capacity);
    this.rules = grown(this.rules, capacity);
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

function grown(array: Int32Array, capacity: number): Int32Array {
  const out = new Int32Array(capacity);
  out.set(array);
  return out;
}
