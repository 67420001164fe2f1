import { describe, expect, it } from 'vitest';
import { Rule, type RuleNumber } from '../../src/core/rules.js';
import {
  Alignment,
  compose as composeAlignments,
  identity,
  RuleLists,
} from '../../src/trace/alignment.js';

/** A segment written out: `rules` is empty for copied text. */
interface Segment {
  source: number;
  output: number;
  rules: readonly RuleNumber[];
}

const copy = (length: number): Segment => ({ source: length, output: length, rules: [] });
const edit = (source: number, output: number, ...rules: RuleNumber[]): Segment => ({
  source,
  output,
  rules,
});

const lists = new RuleLists();

function build(segments: readonly Segment[]): Alignment {
  const out = new Alignment();
  for (const { source, output, rules } of segments) {
    const list = rules.reduce<number>((id, rule) => lists.join(id, lists.of(rule)), 0);
    if (list === 0) out.copy(source);
    else out.change(source, output, list);
  }
  return out;
}

function written(alignment: Alignment): Segment[] {
  return alignment.source.map((source, k) => ({
    source,
    output: alignment.output[k]!,
    rules: lists.get(alignment.rules[k]!),
  }));
}

/** Composes two alignments given as segments, and writes the result out as segments. */
const compose = (first: readonly Segment[] | Alignment, second: readonly Segment[] | Alignment) =>
  written(
    composeAlignments(
      first instanceof Alignment ? first : build(first),
      second instanceof Alignment ? second : build(second),
      lists,
    ),
  );
const { Tatweel: T, FarsiYeh: Y, PunctSpace: P, Whitespace: W } = Rule;

describe('compose', () => {
  it('is the other alignment when one side only copies', () => {
    const pass = [copy(2), edit(1, 0, T), copy(3)];
    expect(compose(identity(6), pass)).toEqual(pass);
    expect(compose(pass, identity(5))).toEqual(pass);
  });

  it('keeps changes of two passes apart when they touch different text', () => {
    // x = "abXcd" -(remove X)-> y = "abcd" -(c to C)-> z = "abCd"
    const first = [copy(2), edit(1, 0, T), copy(2)];
    const second = [copy(2), edit(1, 1, Y), copy(1)];
    expect(compose(first, second)).toEqual([copy(2), edit(1, 0, T), edit(1, 1, Y), copy(1)]);
  });

  it('makes one change, with both rules in pass order, of text changed by both passes', () => {
    // One presentation form expands to two letters, and the second pass rewrites the second.
    const first = [copy(1), edit(1, 2, T), copy(1)];
    const second = [copy(2), edit(1, 1, Y), copy(1)];
    expect(compose(first, second)).toEqual([copy(1), edit(1, 2, T, Y), copy(1)]);
  });

  it('chains overlaps: a change of the second pass spanning two of the first joins all three', () => {
    const first = [edit(1, 2, T), copy(1), edit(1, 2, T)];
    const second = [copy(1), edit(3, 1, W), copy(1)];
    expect(compose(first, second)).toEqual([edit(3, 3, T, W)]);
  });

  it('joins a deletion of the first pass lying strictly inside a change of the second', () => {
    // "1\u200f2" -(remove the RLM)-> "12" -(digits rewritten as one token)-> "١٢"
    const first = [copy(1), edit(1, 0, T), copy(1)];
    const second = [edit(2, 2, Y)];
    expect(compose(first, second)).toEqual([edit(3, 2, T, Y)]);
  });

  it('keeps an insertion of the second pass at the edge of a change of the first apart, after it', () => {
    const first = [copy(1), edit(1, 2, T), copy(1)];
    const second = [copy(3), edit(0, 1, P), copy(1)];
    expect(compose(first, second)).toEqual([copy(1), edit(1, 2, T), edit(0, 1, P), copy(1)]);
  });

  it('puts a deletion of the first pass before an insertion of the second at the same place', () => {
    const first = [copy(1), edit(1, 0, T), copy(1)];
    const second = [copy(1), edit(0, 1, P), copy(1)];
    expect(compose(first, second)).toEqual([copy(1), edit(1, 0, T), edit(0, 1, P), copy(1)]);
  });

  it('merges neighbouring copied runs into one', () => {
    expect(compose([copy(1), copy(2)], [copy(3)])).toEqual([copy(3)]);
  });

  it('lists a rule once when it takes part twice in one change', () => {
    const first = [edit(1, 1, W), edit(1, 1, T), edit(1, 1, W)];
    const second = [edit(3, 1, P)];
    expect(compose(first, second)[0]!.rules).toEqual([W, T, P]);
  });

  it('joins a change of one pass that starts inside a copied run of the other', () => {
    // The second pass's change starts one unit into the first pass's copied run, and overlaps
    // the first pass's change after that run; and the same with the passes' roles swapped.
    expect(compose([copy(3), edit(1, 1, T)], [copy(1), edit(3, 3, P)])).toEqual([
      copy(1),
      edit(3, 3, T, P),
    ]);
    expect(compose([copy(1), edit(3, 3, T)], [copy(3), edit(1, 1, P)])).toEqual([
      copy(1),
      edit(3, 3, T, P),
    ]);
  });

  it('throws when the two alignments do not meet in the middle', () => {
    expect(() => compose([copy(2)], [copy(3)])).toThrow(/different lengths/);
    expect(() => compose([copy(3)], [copy(2)])).toThrow(/different lengths/);
  });
});

describe('RuleLists', () => {
  it('names the empty list 0 and each list of rules by one id', () => {
    const own = new RuleLists();
    expect(own.get(0)).toEqual([]);
    expect(own.of(T)).toBe(own.of(T));
    expect(own.get(own.of(T))).toEqual([T]);
    expect(own.of(Y)).not.toBe(own.of(T));
  });

  it('joins two lists in order, each rule once, and 0 changes nothing', () => {
    const own = new RuleLists();
    const t = own.of(T);
    const py = own.join(own.of(P), own.of(Y));
    expect(own.get(own.join(t, py))).toEqual([T, P, Y]);
    expect(own.get(own.join(py, t))).toEqual([P, Y, T]);
    expect(own.get(own.join(py, own.join(own.of(Y), t)))).toEqual([P, Y, T]);
    expect(own.join(0, t)).toBe(t);
    expect(own.join(t, 0)).toBe(t);
    expect(own.join(t, t)).toBe(t);
  });

  it('tells apart lists whose rule numbers would run together when written side by side', () => {
    const own = new RuleLists();
    // Rules 1 then 12, and 11 then 2: "112" both, if the numbers were not separated.
    const first = own.join(own.of(1 as RuleNumber), own.of(12 as RuleNumber));
    const second = own.join(own.of(11 as RuleNumber), own.of(2 as RuleNumber));
    expect(first).not.toBe(second);
    expect(own.get(second)).toEqual([11, 2]);
  });
});
