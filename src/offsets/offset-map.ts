import type { RuleNumber } from '../core/rules.js';
import type { EditRecorder } from '../core/text-editor.js';

/**
 * The edits of one pass, as parallel arrays: edit `k` replaced source `[srcStart, srcEnd)` by
 * output `[outStart, outEnd)`, by rule `rules[k]`. Edits arrive in source order, so every offset
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

/**
 * Maps offsets of a pipeline's output back to its input, through the edit logs of its passes in
 * pipeline order (each log's source is the output of the one before). Passes that made no edit
 * are dropped, so a query costs `O(p log e)` for `p` editing passes of at most `e` edits.
 */
export class OffsetMap {
  private readonly logs: readonly EditLog[];

  constructor(
    logs: readonly EditLog[],
    readonly inputLength: number,
    readonly outputLength: number,
  ) {
    this.logs = logs.filter((log) => log.size > 0);
  }

  private check(index: number, name: string): void {
    if (!Number.isInteger(index) || index < 0 || index > this.outputLength) {
      throw new RangeError(
        `toOriginal: "${name}" must be an integer from 0 to ${this.outputLength}, got ${String(index)}`,
      );
    }
  }

  /**
   * The input offset where the output unit at `index` came from starts: for a unit written by a
   * replacement, the start of the replaced input; for `index === outputLength`, the input length.
   * Non-decreasing in `index`.
   */
  toOriginal(index: number): number {
    this.check(index, 'index');
    let i = index;
    for (let p = this.logs.length - 1; p >= 0; p--) i = this.logs[p]!.start(i);
    return i;
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
    let s = start;
    let e = end;
    for (let p = this.logs.length - 1; p >= 0; p--) {
      const log = this.logs[p]!;
      if (s === e) {
        s = log.start(s);
        e = s;
      } else {
        const from = log.start(s);
        e = log.end(e - 1);
        s = from;
      }
    }
    return [s, e];
  }

  /** Whether the output unit at `index` was copied unchanged through every pass. */
  unchanged(index: number): boolean {
    let i = index;
    for (let p = this.logs.length - 1; p >= 0; p--) {
      const log = this.logs[p]!;
      if (!log.copied(i)) return false;
      i = log.start(i);
    }
    return true;
  }
}
