import type { RuleNumber } from '../core/rules.js';
import type { EditLog } from '../offsets/offset-map.js';

/**
 * Lists of rules, each stored once and named by a small number, so that a segment holds a number,
 * not an array: an explanation of a megabyte of presentation forms has a million segments, and
 * one array each made garbage collection most of its cost. List 0 is the empty list (copied text).
 */
export class RuleLists {
  private readonly lists: RuleNumber[][] = [[]];
  private readonly byKey = new Map<string, number>();
  private readonly joined = new Map<number, number>();

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
    return this.intern([rule]);
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
  readonly source: number[] = [];
  readonly output: number[] = [];
  readonly rules: number[] = [];

  get size(): number {
    return this.source.length;
  }

  /** Appends a copied run, merged into a copied run before it. */
  copy(length: number): void {
    if (length === 0) return;
    const last = this.size - 1;
    if (last >= 0 && this.rules[last] === 0) {
      this.source[last]! += length;
      this.output[last]! += length;
    } else {
      this.change(length, length, 0);
    }
  }

  /** Appends a run of `source` units written as `output` units by rule list `rules`. */
  change(source: number, output: number, rules: number): void {
    this.source.push(source);
    this.output.push(output);
    this.rules.push(rules);
  }
}

/** The alignment that copies a text of `length` code units. */
export function identity(length: number): Alignment {
  const out = new Alignment();
  out.copy(length);
  return out;
}

/** The alignment of one pass over a source of `sourceLength` code units, from its edit log. */
export function alignmentOf(log: EditLog, sourceLength: number, lists: RuleLists): Alignment {
  const out = new Alignment();
  let at = 0;
  for (let k = 0; k < log.size; k++) {
    const start = log.srcStart[k]!;
    const end = log.srcEnd[k]!;
    out.copy(start - at);
    out.change(end - start, log.outEnd[k]! - log.outStart[k]!, lists.of(log.rules[k]!));
    at = end;
  }
  out.copy(sourceLength - at);
  return out;
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
  const out = new Alignment();
  const { source: aSource, output: aOutput, rules: aRules } = first;
  const { source: bSource, output: bOutput, rules: bRules } = second;
  const aSize = first.size;
  const bSize = second.size;
  let ia = 0;
  let ib = 0;
  // How much of the current copied run of each alignment is used up.
  let usedA = 0;
  let usedB = 0;
  while (ia < aSize || ib < bSize) {
    if (ia < aSize && aRules[ia] !== 0 && aOutput[ia] === 0) {
      out.change(aSource[ia]!, 0, aRules[ia]!);
      ia++;
      continue;
    }
    if (ib < bSize && bRules[ib] !== 0 && bSource[ib] === 0) {
      out.change(0, bOutput[ib]!, bRules[ib]!);
      ib++;
      continue;
    }
    if (ia === aSize || ib === bSize) {
      // Both cover all of y, so only empty spans can be left over on one side (handled above).
      throw new Error('compose: alignments of different lengths');
    }
    if (aRules[ia] === 0 && bRules[ib] === 0) {
      const length = Math.min(aOutput[ia]! - usedA, bSource[ib]! - usedB);
      out.copy(length);
      usedA += length;
      usedB += length;
      if (usedA === aOutput[ia]) {
        ia++;
        usedA = 0;
      }
      if (usedB === bSource[ib]) {
        ib++;
        usedB = 0;
      }
      continue;
    }
    // A changed run of y starts here: take in everything of either side it overlaps, until the
    // two sides reach the same end.
    let source = 0;
    let output = 0;
    let rulesA = 0;
    let rulesB = 0;
    let ya = 0;
    let yb = 0;
    let end = Math.max(aRules[ia] !== 0 ? aOutput[ia]! : 0, bRules[ib] !== 0 ? bSource[ib]! : 0);
    for (;;) {
      while (ya < end) {
        if (aRules[ia] !== 0) {
          source += aSource[ia]!;
          ya += aOutput[ia]!;
          rulesA = lists.join(rulesA, aRules[ia]!);
          ia++;
        } else {
          const length = Math.min(aOutput[ia]! - usedA, end - ya);
          source += length;
          ya += length;
          usedA += length;
          if (usedA === aOutput[ia]) {
            ia++;
            usedA = 0;
          }
        }
      }
      end = Math.max(end, ya);
      while (yb < end) {
        if (bRules[ib] !== 0) {
          output += bOutput[ib]!;
          yb += bSource[ib]!;
          rulesB = lists.join(rulesB, bRules[ib]!);
          ib++;
        } else {
          const length = Math.min(bSource[ib]! - usedB, end - yb);
          output += length;
          yb += length;
          usedB += length;
          if (usedB === bSource[ib]) {
            ib++;
            usedB = 0;
          }
        }
      }
      if (yb <= end) break;
      end = yb;
    }
    out.change(source, output, lists.join(rulesA, rulesB));
  }
  return out;
}

/** The alignment of a whole pipeline, from the edit logs of its passes in the order they ran. */
export function pipelineAlignment(
  logs: readonly EditLog[],
  inputLength: number,
  lists: RuleLists,
): Alignment {
  let alignment = identity(inputLength);
  let length = inputLength;
  for (const log of logs) {
    if (log.size === 0) continue;
    const pass = alignmentOf(log, length, lists);
    alignment = compose(alignment, pass, lists);
    for (let k = 0; k < pass.size; k++) length += pass.output[k]! - pass.source[k]!;
  }
  return alignment;
}
