import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, type NormalizeOptions, presets } from '../../src/index.js';
import { normalizeToMap } from '../../src/offsets/normalize-with-offsets.js';
import type { OffsetMap } from '../../src/offsets/offset-map.js';
import { walkSpan, walkStart, walkUnchanged } from '../../src/trace/walk.js';
import { anyOptions, hostileArabicText } from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';

const PRESETS = Object.keys(presets) as (keyof typeof presets)[];

/** Every preset alone, and any options over any preset. */
const options: fc.Arbitrary<NormalizeOptions> = fc.oneof(
  fc.constantFrom(...PRESETS).map((preset) => ({ preset })),
  anyOptions,
);

/** A span of the input and the span of the output it became. */
interface Span {
  inputStart: number;
  inputEnd: number;
  outputStart: number;
  outputEnd: number;
}

/** The segments of the trace's alignment: copied runs and changed runs, in order. */
function segmentsOf(map: OffsetMap): (Span & { changed: boolean })[] {
  const { source, output, rules } = map.trace.alignment;
  const segments: (Span & { changed: boolean })[] = [];
  let inputAt = 0;
  let outputAt = 0;
  for (let k = 0; k < source.length; k++) {
    const inputEnd = inputAt + source[k]!;
    const outputEnd = outputAt + output[k]!;
    segments.push({
      inputStart: inputAt,
      inputEnd,
      outputStart: outputAt,
      outputEnd,
      changed: rules[k] !== 0,
    });
    inputAt = inputEnd;
    outputAt = outputEnd;
  }
  return segments;
}

/** For each input unit, whether some output unit comes from it (the map's span of that unit). */
function sourcesOfOutput(map: OffsetMap): boolean[] {
  const covered = Array.from({ length: map.inputLength }, () => false);
  for (let i = 0; i < map.outputLength; i++) {
    const [start, end] = map.toOriginalSpan(i, i + 1);
    for (let x = start; x < end; x++) covered[x] = true;
  }
  return covered;
}

/**
 * The offset map's span of a change's output is the change's input span without the input at its
 * edges that no output unit comes from (text a pass deleted, joined to the change because another
 * pass changed the text around it); a change with no output holds only such input; copied text
 * maps to itself.
 */
function expectSameSpan(span: Span, changed: boolean, covered: readonly boolean[], map: OffsetMap) {
  const { inputStart, inputEnd, outputStart, outputEnd } = span;
  if (!changed) {
    expect(map.toOriginalSpan(outputStart, outputEnd)).toEqual([inputStart, inputEnd]);
    return;
  }
  let first = inputStart;
  while (first < inputEnd && !covered[first]) first++;
  let last = inputEnd;
  while (last > first && !covered[last - 1]) last--;
  if (outputEnd === outputStart) {
    expect(first, 'a deletion holds only input no output comes from').toBe(inputEnd);
  } else if (first < last) {
    expect(map.toOriginalSpan(outputStart, outputEnd)).toEqual([first, last]);
  } else {
    // Output that no input unit became (an insertion): an empty span inside the change.
    const [start, end] = map.toOriginalSpan(outputStart, outputEnd);
    expect(end).toBe(start);
    expect(start).toBeGreaterThanOrEqual(inputStart);
    expect(start).toBeLessThanOrEqual(inputEnd);
  }
}

/** Checks the spans of the trace's segments and of explain's changes against the offset map. */
function expectSameSpans(input: string, options: NormalizeOptions): void {
  const { map } = normalizeToMap(input, options, 'test');
  const covered = sourcesOfOutput(map);
  for (const segment of segmentsOf(map)) expectSameSpan(segment, segment.changed, covered, map);
  let inputAt = 0;
  let outputAt = 0;
  for (const change of explain(input, options)) {
    // The text between changes is copied (or rewritten to itself): the same length.
    expect(change.outputStart - outputAt).toBe(change.inputStart - inputAt);
    const between = { inputStart: inputAt, inputEnd: change.inputStart };
    if (between.inputEnd > between.inputStart) {
      expect(map.toOriginalSpan(outputAt, change.outputStart)).toEqual([
        between.inputStart,
        between.inputEnd,
      ]);
    }
    expectSameSpan(change, true, covered, map);
    inputAt = change.inputEnd;
    outputAt = change.outputEnd;
  }
  expect(map.toOriginalSpan(outputAt, map.outputLength)).toEqual([inputAt, input.length]);
}

describe('one trace for explain and offsets', () => {
  it('the offset map gives each change of the trace, and each change explain lists, its input span without the deleted input at its edges, for every preset and options (property)', () => {
    fc.assert(
      fc.property(hostileArabicText(), options, (input, chosen) => {
        expectSameSpans(input, chosen);
      }),
    );
  });

  it.each(DOCUMENT_NAMES)(
    'the offset map gives each change explain lists its input span (without deleted edges) on document %s',
    (name) => {
      const input = readDocument(name);
      for (const preset of PRESETS) {
        expectSameSpans(input, { preset });
      }
    },
  );

  it('the offset map read off the composed trace gives what mapping back pass by pass gives (property)', () => {
    fc.assert(
      fc.property(hostileArabicText(), options, (input, chosen) => {
        const { text, map } = normalizeToMap(input, chosen, 'test');
        const logs = map.trace.logs;
        for (let start = 0; start <= text.length; start++) {
          expect(map.toOriginal(start)).toBe(walkStart(logs, start));
          expect(map.unchanged(start)).toBe(walkUnchanged(logs, start));
          for (let end = start; end <= text.length; end++) {
            expect(map.toOriginalSpan(start, end)).toEqual(walkSpan(logs, start, end));
          }
        }
      }),
    );
  });
});
