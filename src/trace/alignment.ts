import type { RuleNumber } from '../core/rules.js';
import { type EditLog, OUT_END, OUT_START, ROW, RULE, SRC_END, SRC_START } from './edit-log.js';

/**
 * Lists of rules, each stored once and named by a small number, so that a segment holds a number,
 * not an array: an explanation of a megabyte of presentation forms has a million segments, and
 * one array each made garbage collection most of its cost. List 0 is the empty list (copied text).
 */
export class RuleLists {
  private readonly lists: RuleNumber[][] = [[]];
  private readonly byKey = new Map<string, number>();
  private readonly joined = new Map<number, number>();
  /** The list holding each rule alone, by rule number (a pass asks once per edit). */
  private readonly single: number[] = [];

  /** The rules of list `id`, in order. */
  get(id: number): readonly RuleNumber[] {
    return this.lists[id]!;
  }

  private intern(rules: RuleNumber[]): number {
    const key = rules.join(',');
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.lists.length;
      this.lists.push(rules);
      this.byKey.set(key, id);
    }
    return id;
  }

  /** The list holding `rule` alone. */
  of(rule: RuleNumber): number {
    let id = this.single[rule];
    if (id === undefined) {
      id = this.intern([rule]);
      this.single[rule] = id;
    }
    return id;
  }

  /** The rules of `first` then those of `second` not in `first`. */
  join(first: number, second: number): number {
    if (first === 0 || first === second) return second;
    if (second === 0) return first;
    // Ids stay far below 2^21 (there are 33 rules), so the pair fits a safe integer.
    const pair = first * 0x200000 + second;
    let id = this.joined.get(pair);
    if (id === undefined) {
      id = this.intern([...new Set([...this.get(first), ...this.get(second)])]);
      this.joined.set(pair, id);
    }
    return id;
  }
}

/**
 * An alignment between a source text and an output text: runs (segments) that cover both from
 * start to end, in order. Segment `k` turned `source[k]` code units into `output[k]` by the rule
 * list `rules[k]`, or copied them when that is 0. Parallel arrays, not objects: see
 * {@link RuleLists}.
 */
export class Alignment {
  /** Segment `k`'s length in the source; entries from {@link Alignment.size} on are unused. */
  sourceLengths: Int32Array;
  /** Segment `k`'s length in the output. */
  outputLengths: Int32Array;
  /** Segment `k`'s rule list ({@link RuleLists}), 0 for copied text. */
  ruleIds: Int32Array;
  /** The number of segments. */
  size = 0;

  /**
   * `capacity`: how many segments to make room for (more are made room for as needed). Typed
   * arrays of a known size, not arrays grown one push at a time: the alignment of a megabyte has
   * a hundred thousand segments and is built once per pass.
   */
  constructor(capacity = 16) {
    const size = Math.max(capacity, 1);
    this.sourceLengths = new Int32Array(size);
    this.outputLengths = new Int32Array(size);
    this.ruleIds = new Int32Array(size);
  }

  /** The segments' source lengths, as a new array (for tests and inspection). */
  get source(): number[] {
    return Array.from(this.sourceLengths.subarray(0, this.size));
  }

  /** The segments' output lengths, as a new array (for tests and inspection). */
  get output(): number[] {
    return Array.from(this.outputLengths.subarray(0, this.size));
  }

  /** The segments' rule lists, as a new array (for tests and inspection). */
  get rules(): number[] {
    return Array.from(this.ruleIds.subarray(0, this.size));
  }

  /** Appends a copied run, merged into a copied run before it. */
  copy(length: number): void {
    if (length === 0) return;
    const last = this.size - 1;
    if (last >= 0 && this.ruleIds[last] === 0) {
      this.sourceLengths[last]! += length;
      this.outputLengths[last]! += length;
    } else {
      this.change(length, length, 0);
    }
  }

  /** Appends a run of `source` units written as `output` units by rule list `rules`. */
  change(source: number, output: number, rules: number): void {
    if (this.size === this.ruleIds.length) this.grow();
    const k = this.size++;
    this.sourceLengths[k] = source;
    this.outputLengths[k] = output;
    this.ruleIds[k] = rules;
  }

  private grow(): void {
    const capacity = this.ruleIds.length * 2;
    this.sourceLengths = grown(this.sourceLengths, capacity);
    this.outputLengths = grown(this.outputLengths, capacity);
    this.ruleIds = grown(this.ruleIds, capacity);
  }
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const out = new Int32Array(capacity);
  out.set(array);
  return out;
}

/** The alignment that copies a text of `length` code units. */
export function identity(length: number): Alignment {
  const out = new Alignment(1);
  out.copy(length);
  return out;
}

/** The alignment of one pass over a source of `sourceLength` code units, from its edit log. */
export function alignmentOf(log: EditLog, sourceLength: number, lists: RuleLists): Alignment {
  const out = new Alignment(2 * log.size + 1);
  let at = 0;
  const rows = log.rows;
  for (let row = 0; row < ROW * log.size; row += ROW) {
    const start = rows[row + SRC_START]!;
    const end = rows[row + SRC_END]!;
    out.copy(start - at);
    out.change(
      end - start,
      rows[row + OUT_END]! - rows[row + OUT_START]!,
      lists.of(rows[row + RULE]! as RuleNumber),
    );
    at = end;
  }
  out.copy(sourceLength - at);
  return out;
}

/**
 * One of the two alignments being composed, read along y, the text they share: `y` holds its
 * segments' lengths in y (outputs of the first alignment, sources of the second), `far` their
 * lengths in the other text. While a changed run is being gathered, `far` and `rules` collect
 * what the segments taken so far add to it.
 */
class Side {
  index = 0;
  /** How much of the current copied segment is used up. */
  used = 0;
  far = 0;
  rules = 0;

  constructor(
    readonly yLengths: Int32Array,
    readonly farLengths: Int32Array,
    readonly ruleLists: Int32Array,
    /** How many segments there are (the arrays may be longer). */
    readonly size: number,
    private readonly lists: RuleLists,
  ) {}

  get done(): boolean {
    return this.index === this.size;
  }

  /** The current segment is a change that takes up no y (a deletion or an insertion). */
  get atEmptyChange(): boolean {
    return !this.done && this.ruleLists[this.index] !== 0 && this.yLengths[this.index] === 0;
  }

  get atCopy(): boolean {
    return this.ruleLists[this.index] === 0;
  }

  /** What is left of the current segment in y. */
  get left(): number {
    return this.yLengths[this.index]! - this.used;
  }

  /** Uses up `length` units of the current copied segment. */
  skip(length: number): void {
    this.used += length;
    if (this.used === this.yLengths[this.index]) {
      this.index++;
      this.used = 0;
    }
  }

  /**
   * Takes segments from y position `at` until `end`, a changed segment always whole (so the
   * position may pass `end`); returns the new position.
   */
  takeUntil(at: number, end: number): number {
    while (at < end) {
      const k = this.index;
      if (this.ruleLists[k] !== 0) {
        this.far += this.farLengths[k]!;
        at += this.yLengths[k]!;
        this.rules = this.lists.join(this.rules, this.ruleLists[k]!);
        this.index++;
      } else {
        const length = Math.min(this.left, end - at);
        this.far += length;
        at += length;
        this.skip(length);
      }
    }
    return at;
  }
}

/**
 * Composes `first` (text x to text y) with `second` (y to z) into one alignment from x to z.
 *
 * Copied runs may be split anywhere; a changed run never is. Changed runs of the two alignments
 * whose spans in y overlap become one changed run with the rules of both, so a character changed
 * by two passes is one change. An empty span (a deletion by `first`, an insertion by `second`)
 * joins a changed run only when it lies strictly inside it: at a boundary it stays a change of its
 * own, deletions before insertions. Linear in the number of segments.
 */
export function compose(first: Alignment, second: Alignment, lists: RuleLists): Alignment {
  // Each segment of the result ends a segment of one side at least.
  const out = new Alignment(first.size + second.size + 1);
  const a = new Side(first.outputLengths, first.sourceLengths, first.ruleIds, first.size, lists);
  const b = new Side(
    second.sourceLengths,
    second.outputLengths,
    second.ruleIds,
    second.size,
    lists,
  );
  while (!a.done || !b.done) {
    if (a.atEmptyChange) {
      out.change(a.farLengths[a.index]!, 0, a.ruleLists[a.index]!);
      a.index++;
      continue;
    }
    if (b.atEmptyChange) {
      out.change(0, b.farLengths[b.index]!, b.ruleLists[b.index]!);
      b.index++;
      continue;
    }
    if (a.done || b.done) {
      // Both cover all of y, so only empty spans can be left over on one side (handled above).
      throw new Error('compose: alignments of different lengths');
    }
    if (a.atCopy && b.atCopy) {
      const length = Math.min(a.left, b.left);
      out.copy(length);
      a.skip(length);
      b.skip(length);
      continue;
    }
    // A changed run of y starts here: take in everything of either side it overlaps, until the
    // two sides reach the same end.
    a.far = a.rules = b.far = b.rules = 0;
    let ya = 0;
    let yb = 0;
    let end = Math.max(a.atCopy ? 0 : a.left, b.atCopy ? 0 : b.left);
    for (;;) {
      ya = a.takeUntil(ya, end);
      end = Math.max(end, ya);
      yb = b.takeUntil(yb, end);
      if (yb <= end) break;
      end = yb;
    }
    out.change(a.far, b.far, lists.join(a.rules, b.rules));
  }
  return out;
}

/** The alignment of a whole pipeline, from the edit logs of its passes in the order they ran. */
export function pipelineAlignment(
  logs: readonly EditLog[],
  inputLength: number,
  lists: RuleLists,
): Alignment {
  let alignment: Alignment | undefined;
  let length = inputLength;
  for (const log of logs) {
    if (log.size === 0) continue;
    const pass = alignmentOf(log, length, lists);
    // The first pass's alignment is the composition so far (composing it with the identity
    // would give it back, segment for segment).
    alignment = alignment === undefined ? pass : compose(alignment, pass, lists);
    for (let k = 0; k < pass.size; k++) length += pass.outputLengths[k]! - pass.sourceLengths[k]!;
  }
  return alignment ?? identity(inputLength);
}
