import type { RuleNumber } from '../core/rules.js';
import type { EditLog } from '../offsets/offset-map.js';

/**
 * One run of an alignment between a source text and an output text: `source` code units became
 * `output` code units, by `rules` (in pipeline order), or were copied when `rules` is null.
 */
export interface Segment {
  source: number;
  output: number;
  rules: RuleNumber[] | null;
}

/** An alignment: segments that cover the source and the output from start to end, in order. */
export type Alignment = Segment[];

/** Appends a copied run, merged into a copied run before it. */
function pushCopy(into: Alignment, length: number): void {
  if (length === 0) return;
  const last = into[into.length - 1];
  if (last !== undefined && last.rules === null) {
    last.source += length;
    last.output += length;
  } else {
    into.push({ source: length, output: length, rules: null });
  }
}

/** The alignment that copies a text of `length` code units. */
export function identity(length: number): Alignment {
  const out: Alignment = [];
  pushCopy(out, length);
  return out;
}

/** The alignment of one pass over a source of `sourceLength` code units, from its edit log. */
export function alignmentOf(log: EditLog, sourceLength: number): Alignment {
  const out: Alignment = [];
  let at = 0;
  for (let k = 0; k < log.size; k++) {
    const start = log.srcStart[k]!;
    const end = log.srcEnd[k]!;
    pushCopy(out, start - at);
    out.push({
      source: end - start,
      output: log.outEnd[k]! - log.outStart[k]!,
      rules: [log.rules[k]!],
    });
    at = end;
  }
  pushCopy(out, sourceLength - at);
  return out;
}

/** `rules` without repeats, in order of first appearance. */
function distinct(rules: RuleNumber[]): RuleNumber[] {
  return rules.length < 2 ? rules : [...new Set(rules)];
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
export function compose(first: Alignment, second: Alignment): Alignment {
  const out: Alignment = [];
  let ia = 0;
  let ib = 0;
  // How much of the current copied run of each alignment is used up.
  let usedA = 0;
  let usedB = 0;
  while (ia < first.length || ib < second.length) {
    const a = first[ia];
    const b = second[ib];
    if (a?.rules && a.output === 0) {
      out.push({ source: a.source, output: 0, rules: a.rules });
      ia++;
      continue;
    }
    if (b?.rules && b.source === 0) {
      out.push({ source: 0, output: b.output, rules: b.rules });
      ib++;
      continue;
    }
    if (a === undefined || b === undefined) {
      // Both cover all of y, so only empty spans can be left over on one side (handled above).
      throw new Error('compose: alignments of different lengths');
    }
    if (a.rules === null && b.rules === null) {
      const length = Math.min(a.output - usedA, b.source - usedB);
      pushCopy(out, length);
      usedA += length;
      usedB += length;
      if (usedA === a.output) {
        ia++;
        usedA = 0;
      }
      if (usedB === b.source) {
        ib++;
        usedB = 0;
      }
      continue;
    }
    // A changed run of y starts here: take in everything of either side it overlaps, until the
    // two sides reach the same end.
    let source = 0;
    let output = 0;
    const rulesA: RuleNumber[] = [];
    const rulesB: RuleNumber[] = [];
    let ya = 0;
    let yb = 0;
    let end = Math.max(a.rules ? a.output : 0, b.rules ? b.source : 0);
    for (;;) {
      while (ya < end) {
        const s = first[ia]!;
        if (s.rules) {
          source += s.source;
          ya += s.output;
          rulesA.push(...s.rules);
          ia++;
        } else {
          const length = Math.min(s.output - usedA, end - ya);
          source += length;
          ya += length;
          usedA += length;
          if (usedA === s.output) {
            ia++;
            usedA = 0;
          }
        }
      }
      end = Math.max(end, ya);
      while (yb < end) {
        const s = second[ib]!;
        if (s.rules) {
          output += s.output;
          yb += s.source;
          rulesB.push(...s.rules);
          ib++;
        } else {
          const length = Math.min(s.source - usedB, end - yb);
          output += length;
          yb += length;
          usedB += length;
          if (usedB === s.source) {
            ib++;
            usedB = 0;
          }
        }
      }
      if (yb <= end) break;
      end = yb;
    }
    out.push({ source, output, rules: distinct([...rulesA, ...rulesB]) });
  }
  return out;
}

/** The alignment of a whole pipeline, from the edit logs of its passes in the order they ran. */
export function pipelineAlignment(logs: readonly EditLog[], inputLength: number): Alignment {
  let alignment = identity(inputLength);
  let length = inputLength;
  for (const log of logs) {
    if (log.size === 0) continue;
    const pass = alignmentOf(log, length);
    alignment = compose(alignment, pass);
    for (const segment of pass) length += segment.output - segment.source;
  }
  return alignment;
}
