import type { RuleNumber } from '../core/rules.js';
import type { EditRecorder } from '../core/text-editor.js';

/** The rows of an edit log: a plain array while recording, a typed array once joined. */
export type Rows = number[] | Int32Array;

/** Numbers per edit in {@link EditLog.rows}. */
export const ROW = 5;
/** Where each number of an edit sits in its row. */
export const SRC_START = 0;
export const SRC_END = 1;
export const OUT_START = 2;
export const OUT_END = 3;
export const RULE = 4;

/**
 * The edits of one pass (its part of a trace, see trace.ts): edit `k` replaced source
 * `[srcStart, srcEnd)` by output `[outStart, outEnd)`, by a rule; its five numbers are row `k` of
 * {@link EditLog.rows}, in that order. Edits arrive in source order, so every offset is
 * non-decreasing from row to row and a query is a binary search. Text between edits was copied.
 */
export class EditLog implements EditRecorder {
  /**
   * The edits, a row of five numbers each; entries from `5 * size` on are unused. One array, not a
   * column per number: a run records six logs, and five arrays each, grown one edit at a time,
   * were a tenth of what a 4 KB document's recorded run allocated. A plain array of small integers
   * while a run records: it lives in the young generation, where the logs of a short text are made
   * and collected cheaply (typed arrays, each a buffer outside the heap, made a run on a 4 KB
   * document 8-17% slower). The log of a long text, joined from its pieces, is a typed array (see
   * `append`): a plain array grown one edit at a time made a 10 MB text's run about 1.7x slower.
   */
  rows: Rows;
  /** The number of edits. */
  size = 0;
  /** Output length minus source length of everything recorded so far. */
  private delta = 0;

  /**
   * `scratch`: an array to record into, reused from run to run (see `record-in-pieces.ts`); the
   * log keeps its edits in a copy of exactly their size once {@link EditLog.keep} is called.
   */
  constructor(scratch: number[] = []) {
    this.rows = scratch;
  }

  /** Records an edit (to a log that nothing was appended to: see `append`). */
  record(start: number, end: number, length: number, rule: RuleNumber): void {
    const rows = this.rows;
    const at = ROW * this.size++;
    const outStart = start + this.delta;
    // Written at the end of a plain array, which grows it when it is full.
    rows[at + SRC_START] = start;
    rows[at + SRC_END] = end;
    rows[at + OUT_START] = outStart;
    rows[at + OUT_END] = outStart + length;
    rows[at + RULE] = rule;
    this.delta += length - (end - start);
  }

  /**
   * Copies the edits out of the scratch array the log recorded into, which the next run reuses: a
   * copy of exactly their size, and none for a log without edits.
   */
  keep(): void {
    this.rows = this.size === 0 ? [] : this.rows.slice(0, ROW * this.size);
  }

  /** Output length minus source length: what the pass's edits add to the length of its text. */
  get lengthChange(): number {
    return this.delta;
  }

  /**
   * Where the last edit ends in the source (0 with no edit): the pass copied everything after it.
   */
  get sourceEnd(): number {
    return this.size === 0 ? 0 : this.rows[ROW * (this.size - 1) + SRC_END]!;
  }

  /** Where each edit starts in the source, as a new array (for tests and inspection). */
  get srcStart(): number[] {
    return this.column(SRC_START);
  }

  /** Where each edit ends in the source, as a new array (for tests and inspection). */
  get srcEnd(): number[] {
    return this.column(SRC_END);
  }

  /** Where each edit's output starts, as a new array (for tests and inspection). */
  get outStart(): number[] {
    return this.column(OUT_START);
  }

  /** Where each edit's output ends, as a new array (for tests and inspection). */
  get outEnd(): number[] {
    return this.column(OUT_END);
  }

  /** Each edit's rule, as a new array (for tests and inspection). */
  get rules(): RuleNumber[] {
    return this.column(RULE) as RuleNumber[];
  }

  private column(field: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.size; k++) out.push(this.rows[ROW * k + field]!);
    return out;
  }

  /**
   * Appends the edits of `piece`, the log of the same pass over a piece of text that starts at
   * `sourceOffset` in this log's source, after the edits recorded so far (a text run in pieces:
   * src/trace/record-in-pieces.ts). Output offsets follow from the edits before them. `expected`:
   * how many edits the whole log is expected to hold, the room made when it grows (at least
   * double, so that a log longer than expected still grows in linear time).
   */
  append(piece: EditLog, sourceOffset: number, expected = 0): void {
    const n = piece.size;
    if (n === 0) return;
    const k = this.size;
    if (ROW * (k + n) > this.rows.length || !(this.rows instanceof Int32Array)) {
      this.reserve(Math.max(k + n, expected));
    }
    const rows = this.rows;
    const from = piece.rows;
    const output = sourceOffset + this.delta;
    for (let i = 0, at = ROW * k; i < ROW * n; i += ROW, at += ROW) {
      rows[at + SRC_START] = from[i + SRC_START]! + sourceOffset;
      rows[at + SRC_END] = from[i + SRC_END]! + sourceOffset;
      rows[at + OUT_START] = from[i + OUT_START]! + output;
      rows[at + OUT_END] = from[i + OUT_END]! + output;
      rows[at + RULE] = from[i + RULE]!;
    }
    this.size += n;
    this.delta += piece.delta;
  }

  /**
   * Makes the rows a typed array with room for `needed` edits or more, grown at least by doubling:
   * the log of a long text, joined from its pieces, has a few hundred thousand edits.
   */
  private reserve(needed: number): void {
    const capacity = Math.max(needed, 2 * Math.floor(this.rows.length / ROW));
    const rows = new Int32Array(ROW * capacity);
    const used = ROW * this.size;
    const before = this.rows;
    // Rows already typed are copied at once, where a loop over them read an array of either kind.
    if (before instanceof Int32Array) rows.set(before.subarray(0, used));
    else for (let i = 0; i < used; i++) rows[i] = before[i]!;
    this.rows = rows;
  }

  /** The last edit whose output starts at or before `index`, or -1. */
  private editAt(index: number): number {
    const rows = this.rows;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rows[ROW * mid + OUT_START]! <= index) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Where the source of output `index` starts (the source length for the output length). */
  start(index: number): number {
    const k = this.editAt(index);
    if (k < 0) return index;
    const at = ROW * k;
    const outEnd = this.rows[at + OUT_END]!;
    if (index < outEnd) return this.rows[at + SRC_START]!;
    return this.rows[at + SRC_END]! + (index - outEnd);
  }

  /** Where the source of the output unit at `index` ends. */
  end(index: number): number {
    const k = this.editAt(index);
    if (k < 0) return index + 1;
    const at = ROW * k;
    const outEnd = this.rows[at + OUT_END]!;
    if (index < outEnd) return this.rows[at + SRC_END]!;
    return this.rows[at + SRC_END]! + (index - outEnd) + 1;
  }

  /** Whether the output unit at `index` was copied from the source (not written by an edit). */
  copied(index: number): boolean {
    const k = this.editAt(index);
    return k < 0 || index >= this.rows[ROW * k + OUT_END]!;
  }
}
