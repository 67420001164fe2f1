import type { EditLog } from '../trace/edit-log.js';
import { Trace } from '../trace/trace.js';
import { walkSpan, walkStart, walkUnchanged } from '../trace/walk.js';

/**
 * Maps offsets of a pipeline's output back to its input, through the {@link Trace} of the run:
 * an offset in text that every pass copied is read off the composed alignment (one binary
 * search); one in changed text is mapped back pass by pass through the edit logs (`O(p log e)`
 * for `p` editing passes of at most `e` edits), which give the same answer everywhere.
 */
export class OffsetMap {
  /** The run this map reads. */
  readonly trace: Trace;

  readonly inputLength: number;
  readonly outputLength: number;

  /** The map of a recorded run, or of edit logs in pass order over an input of `inputLength`. */
  constructor(trace: Trace);
  constructor(logs: readonly EditLog[], inputLength: number, outputLength: number);
  constructor(from: Trace | readonly EditLog[], inputLength = 0, outputLength = 0) {
    this.trace = from instanceof Trace ? from : new Trace(from, inputLength, outputLength);
    this.inputLength = this.trace.inputLength;
    this.outputLength = this.trace.outputLength;
  }

  private check(index: number, name: string): void {
    if (!Number.isInteger(index) || index < 0 || index > this.outputLength) {
      throw new RangeError(
        `toOriginal: "${name}" must be an integer from 0 to ${this.outputLength}, got ${String(index)}`,
      );
    }
  }

  /** The input offset of output unit `index` when every pass copied it, else -1. */
  private copiedFrom(index: number): number {
    return index < this.outputLength ? this.trace.copiedFrom(index) : -1;
  }

  /**
   * The input offset where the output unit at `index` came from starts: for a unit written by a
   * replacement, the start of the replaced input; for `index === outputLength`, the input length.
   * Non-decreasing in `index`.
   */
  toOriginal(index: number): number {
    this.check(index, 'index');
    const copied = this.copiedFrom(index);
    return copied >= 0 ? copied : walkStart(this.trace.logs, index);
  }

  /**
   * The smallest input span `[start, end)` that produced output `[start, end)`. An empty output
   * span (or output inserted from nothing) gives an empty input span at its position.
   */
  toOriginalSpan(start: number, end: number): [number, number] {
    this.check(start, 'start');
    this.check(end, 'end');
    if (end < start) {
      throw new RangeError(`toOriginalSpan: "end" (${end}) is before "start" (${start})`);
    }
    const from = this.copiedFrom(start);
    if (from >= 0) {
      if (start === end) return [from, from];
      // A span that ends in copied text maps to the copies of its first and last units.
      const last = this.copiedFrom(end - 1);
      if (last >= 0) return [from, last + 1];
    }
    return walkSpan(this.trace.logs, start, end);
  }

  /** Whether the output unit at `index` was copied unchanged through every pass. */
  unchanged(index: number): boolean {
    return index < this.outputLength
      ? this.trace.copiedFrom(index) >= 0
      : walkUnchanged(this.trace.logs, index);
  }
}
