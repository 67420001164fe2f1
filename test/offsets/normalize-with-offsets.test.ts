import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalize,
  normalizeWithOffsets,
  presets,
  splitSentencesInOriginal,
} from '../../src/index.js';
import { normalizeToMap } from '../../src/offsets/normalize-with-offsets.js';
import { hostileArabicText } from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, document, readDocument } from '../support/fixtures.js';

const PRESETS = Object.keys(presets) as (keyof typeof presets)[];

/** toOriginal of every output index, the output length included. */
const offsetsOf = (input: string) => {
  const result = normalizeWithOffsets(input);
  return Array.from({ length: result.text.length + 1 }, (_, i) => result.toOriginal(i));
};

describe('normalizeWithOffsets', () => {
  it.each([
    ['a removed RLM is skipped: the letter after it maps past it', 'ا\u200Fب', 'اب', [0, 2, 3]],
    ['a mapped Farsi yeh maps to itself', 'فی', 'في', [0, 1, 2]],
    ['a mapped keheh maps to itself', 'کتاب', 'كتاب', [0, 1, 2, 3, 4]],
    [
      'a detached tanween moved back onto its letter maps to the start of the repaired span',
      'كتاب \u064B',
      'كتاب\u064B',
      [0, 1, 2, 3, 3, 6],
    ],
    [
      'both letters of an expanded lam-alef ligature map to the ligature',
      '\uFEFBب',
      'لاب',
      [0, 0, 1, 2],
    ],
    ['collapsed spaces map to the start of the run', 'a   b', 'a b', [0, 1, 4, 5]],
  ])('%s', (_name, input, output, offsets) => {
    expect(normalizeWithOffsets(input).text).toBe(output);
    expect(offsetsOf(input)).toEqual(offsets);
  });

  it('the span of an expanded ligature is the ligature, and of a repaired tanween the repaired span', () => {
    expect(normalizeWithOffsets('\uFEFBب').toOriginalSpan(0, 2)).toEqual([0, 1]);
    expect(normalizeWithOffsets('\uFEFBب').toOriginalSpan(1, 3)).toEqual([0, 2]);
    expect(normalizeWithOffsets('كتاب \u064B').toOriginalSpan(4, 5)).toEqual([3, 6]);
    expect(normalizeWithOffsets('a   b').toOriginalSpan(2, 3)).toEqual([4, 5]);
    expect(normalizeWithOffsets('a   b').toOriginalSpan(1, 1)).toEqual([1, 1]);
  });

  it('a full stop moved before its space: the words on each side keep their places', () => {
    const input = 'أیلول 2018 .دعمت قوات';
    const result = normalizeWithOffsets(input);
    expect(result.text).toBe('أيلول 2018. دعمت قوات');
    const year = result.text.indexOf('2018');
    expect(result.toOriginalSpan(year, year + 4)).toEqual([6, 10]);
    const verb = result.text.indexOf('دعمت');
    expect(result.toOriginalSpan(verb, verb + 4)).toEqual([12, 16]);
    // The full stop is the input's own (at 11); the space before it was removed and the space
    // after it inserted, so ". " maps to the full stop alone.
    expect(result.toOriginal(year + 4)).toBe(11);
    expect(result.toOriginalSpan(year + 4, verb)).toEqual([11, 12]);
  });

  it('the output length maps to the input length, and out-of-range indices throw a RangeError', () => {
    const result = normalizeWithOffsets('ا\u200Fب  ');
    expect(result.toOriginal(result.text.length)).toBe(5);
    expect(() => result.toOriginal(-1)).toThrow(RangeError);
    expect(() => result.toOriginal(result.text.length + 1)).toThrow(RangeError);
    expect(() => result.toOriginal(0.5)).toThrow(RangeError);
    expect(() => result.toOriginalSpan(1, 0)).toThrow(RangeError);
  });

  it('checks its arguments like normalize', () => {
    expect(() => normalizeWithOffsets(42 as unknown as string)).toThrow(TypeError);
    expect(() => normalizeWithOffsets('x', { preset: 'nope' as 'standard' })).toThrow(RangeError);
    expect(() => normalizeWithOffsets('x', { noSuchOption: 1 } as object)).toThrow();
  });

  it.each(DOCUMENT_NAMES)(
    'gives the text of normalize on fixture %s, with every preset',
    (name) => {
      const text = readDocument(name);
      for (const preset of PRESETS) {
        expect(normalizeWithOffsets(text, { preset }).text).toBe(normalize(text, { preset }));
      }
    },
  );

  it('its text is normalize(x) for every preset (property)', () => {
    fc.assert(
      fc.property(hostileArabicText(), fc.constantFrom(...PRESETS), (x, preset) => {
        expect(normalizeWithOffsets(x, { preset }).text).toBe(normalize(x, { preset }));
      }),
    );
  });

  it('the map is non-decreasing, within bounds, from 0 to the input length, and unchanged units map to the same unit (property)', () => {
    fc.assert(
      fc.property(hostileArabicText(), fc.constantFrom(...PRESETS), (x, preset) => {
        const { text, map } = normalizeToMap(x, { preset }, 'test');
        let previous = 0;
        for (let i = 0; i <= text.length; i++) {
          const original = map.toOriginal(i);
          expect(original).toBeGreaterThanOrEqual(previous);
          expect(original).toBeLessThanOrEqual(x.length);
          previous = original;
          if (i < text.length && map.unchanged(i)) expect(x[original]).toBe(text[i]);
          if (i < text.length) {
            const [start, end] = map.toOriginalSpan(i, i + 1);
            expect(start).toBe(original);
            expect(end).toBeGreaterThanOrEqual(start);
            expect(end).toBeLessThanOrEqual(x.length);
          }
        }
        expect(map.toOriginal(text.length)).toBe(x.length);
      }),
    );
  });
});

describe('splitSentencesInOriginal', () => {
  it('gives the sentences of the normalised text with their spans in the original document', () => {
    const input = 'أیلول 2018 .دعمت قوات';
    expect(splitSentencesInOriginal(input)).toEqual([
      { text: 'أيلول 2018.', start: 0, end: 11, originalStart: 0, originalEnd: 12 },
      { text: 'دعمت قوات', start: 12, end: 21, originalStart: 12, originalEnd: 21 },
    ]);
  });

  it('spans of a real document cut its sentences where the normalised ones are cut', () => {
    const input = document('001');
    const sentences = splitSentencesInOriginal(input);
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences) {
      // The original span, normalised on its own, is the sentence (stage 1 and 2 are local here).
      expect(normalize(input.slice(s.originalStart, s.originalEnd)).trim()).toBe(s.text);
    }
  });

  it('mapped-back sentence spans are ordered, do not overlap, stay within the input and hold every unchanged unit of their sentence (property)', () => {
    fc.assert(
      fc.property(hostileArabicText(), fc.constantFrom(...PRESETS), (x, preset) => {
        const { map } = normalizeToMap(x, { preset }, 'test');
        let previousEnd = 0;
        for (const s of splitSentencesInOriginal(x, { preset })) {
          expect(s.originalStart).toBeGreaterThanOrEqual(previousEnd);
          expect(s.originalEnd).toBeGreaterThanOrEqual(s.originalStart);
          expect(s.originalEnd).toBeLessThanOrEqual(x.length);
          previousEnd = s.originalEnd;
          for (let i = s.start; i < s.end; i++) {
            if (!map.unchanged(i)) continue;
            const original = map.toOriginal(i);
            expect(original).toBeGreaterThanOrEqual(s.originalStart);
            expect(original).toBeLessThan(s.originalEnd);
          }
        }
      }),
    );
  });
});
