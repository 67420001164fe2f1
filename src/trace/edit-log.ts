import type { RuleNumber } from '../core/rules.js';
import type { EditRecorder } from '../core/text-editor.js';

/**
 * The edits of one pass (its part of a trace, see trace.ts), as parallel arrays: edit `k` replaced
 * source `[srcStart, srcEnd)` by output `[outStart, outEnd)`, by rule `rules[k]`. Edits arrive in source order, so every offset
 * array is non-decreasing and a query is a binary search. Text between edits was copied.
 */
export class EditLog implements EditRecorder {
  readonly srcStart: number[] = [];
  readonly srcEnd: number[] = [];
  readonly outStart: number[] = [];
  readonly outEnd: number[] = [];
  readonly rules: RuleNumber[] = [];
  /** Output length minus source length of everything recorded so far. */
  private delta = 0;

  get size(): number {
    return this.srcStart.length;
  }

  record(start: number, end: number, length: number, rule: RuleNumber): void {
    const outStart = start + this.delta;
    this.rules.push(rule);
    this.srcStart.push(start);
    this.srcEnd.push(end);
    this.outStart.push(outStart);
    this.outEnd.push(outStart + length);
    this.delta += length - (end - start);
  }

  /** The last edit whose output starts at or before `index`, or -1. */
  private editAt(index: number): number {
    const starts = this.outStart;
    let lo = 0;
    let hi = starts.length;
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
