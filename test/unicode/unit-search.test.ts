import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_BREAKS, SPACES } from '../../src/unicode/character-sets.js';
import { collapseGaps } from '../../src/unicode/collapse-gaps.js';
import {
  expandForms,
  KINDS as FORM_KINDS,
  Kind as FormKind,
} from '../../src/unicode/expand-forms.js';
import { FLAGS, nextFlaggedUnit, SLOW } from '../../src/unicode/repair-marks.js';
import { coarseClass, nextMatch, unitClass } from '../../src/unicode/unit-search.js';

const POLICY = {
  zwnj: 'remove',
  removeTatweel: true,
  stripDiacritics: false,
  stripShadda: false,
} as const;
const matches = (search: RegExp, unit: number) => search.test(String.fromCharCode(unit));

describe('unitClass', () => {
  it('matches exactly the units of its ranges, those it is told to leave out aside', () => {
    const source = new RegExp(unitClass([...SPACES, ...LINE_BREAKS], [0x20, 0x0a]));
    const gaps = new Set<number>();
    for (const [first, last] of [...SPACES, ...LINE_BREAKS]) {
      for (let unit = first; unit <= last; unit++) gaps.add(unit);
    }
    const wrong: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (matches(source, unit) !== (gaps.has(unit) && unit !== 0x20 && unit !== 0x0a))
        wrong.push(unit);
    }
    expect(wrong).toEqual([]);
  });

  it('matches a surrogate unit alone (the expression has no u flag)', () => {
    const search = new RegExp(unitClass([[0xd800, 0xdbff]]), 'g');
    expect(nextMatch(search, 'a\ud83d\ude00', 0)).toBe(1);
  });
});

describe('coarseClass', () => {
  it('matches every unit the marks pass stops at, and leaves out Arabic letters and ASCII', () => {
    const source = new RegExp(coarseClass(FLAGS, SLOW));
    const missed: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (FLAGS[unit]! & SLOW && !matches(source, unit)) missed.push(unit);
    }
    expect(missed).toEqual([]);
    expect(matches(source, 0x0628)).toBe(false);
    expect(matches(source, 0x61)).toBe(false);
  });
});

describe('the forms pass search', () => {
  it('matches every unit the forms pass acts on (kind not Keep)', () => {
    const source = new RegExp(coarseClass(FORM_KINDS, 0xff));
    const missed: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (FORM_KINDS[unit] !== FormKind.Keep && !matches(source, unit)) missed.push(unit);
    }
    expect(missed).toEqual([]);
  });

  it('finds a unit to act on after a long run of plain letters, in a slice of a longer text', () => {
    const long = `x${'ب'.repeat(300)}\ufe8e${'ب'.repeat(300)}\u200fy`;
    const slice = long.slice(1, long.length - 1);
    expect(expandForms(slice, POLICY)).toBe(`${'ب'.repeat(300)}ا${'ب'.repeat(300)}`);
  });
});

describe('nextMatch', () => {
  it('returns the index of the next unit matched from the index given, or the length', () => {
    const search = /[xy]/g;
    expect(nextMatch(search, 'abxcy', 0)).toBe(2);
    expect(nextMatch(search, 'abxcy', 3)).toBe(4);
    expect(nextMatch(search, 'abxcy', 5)).toBe(5);
    expect(nextMatch(search, 'abc', 0)).toBe(3);
  });
});

describe('the marks pass search (nextFlaggedUnit)', () => {
  it('finds the first unit flagged SLOW, as a loop over the flags does', () => {
    const units = fc.constantFrom(
      0x20,
      0x61,
      0x0628,
      0x064e,
      0x0651,
      0x0653,
      0x2013,
      0x0301,
      0x06cc,
      0xd83d,
    );
    fc.assert(
      fc.property(fc.array(units, { maxLength: 40 }), fc.nat(40), (codes, from) => {
        const text = String.fromCharCode(...codes);
        const start = Math.min(from, text.length);
        let expected = start;
        while (expected < text.length && !(FLAGS[text.charCodeAt(expected)]! & SLOW)) expected++;
        expect(nextFlaggedUnit(text, start)).toBe(expected);
      }),
    );
  });
});

describe('the gaps pass search', () => {
  const edits = (text: string) => {
    const recorded: number[][] = [];
    const out = collapseGaps(text, true, { record: (s, e, l) => recorded.push([s, e, l]) });
    return { out, recorded };
  };

  it('passes one space, one LINE FEED or two between words without an edit', () => {
    expect(edits('ab cd\nef\n\ngh').recorded).toEqual([]);
  });

  it('stops at a gap it rewrites: three LINE FEEDs, a space before a line break, a gap at the end', () => {
    expect(edits('ab\n\n\ncd').recorded).toEqual([[2, 5, 2]]);
    expect(edits('ab \ncd').recorded).toEqual([[2, 4, 1]]);
    expect(edits('ab\n\n \ncd').recorded).toEqual([[2, 6, 2]]);
    expect(edits('ab\n').recorded).toEqual([]);
    expect(edits('ab ').recorded).toEqual([[2, 3, 0]]);
    expect(edits('ab\n\n').recorded).toEqual([[2, 4, 1]]);
    expect(edits('ab\u00a0cd\r\nef').out).toBe('ab cd\nef');
  });

  it('rewrites only line breaks other than LINE FEED without collapsing', () => {
    const recorded: number[][] = [];
    const out = collapseGaps('a\nb\r\nc  \u2028d', false, {
      record: (s, e, l) => recorded.push([s, e, l]),
    });
    expect(out).toBe('a\nb\nc  \nd');
    expect(recorded).toEqual([
      [3, 5, 1],
      [8, 9, 1],
    ]);
  });
});
