import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Change, explain, type NormalizeOptions, presets } from '../../src/index.js';
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

/** A segment of the trace's alignment: copied text, or a change (rules > 0). */
interface Segment {
  inputStart: number;
  inputEnd: number;
  outputStart: number;
  outputEnd: number;
  changed: boolean;
}

function segmentsOf(map: OffsetMap): Segment[] {
  const { source, output, rules } = map.trace.alignment;
  const segments: Segment[] = [];
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

/**
 * The offset map's span of each segment of the trace's alignment is the segment's input span; at
 * a run of deletions, the place in the output maps to the input after the last of them.
 */
function expectSegmentSpans(segments: readonly Segment[], map: OffsetMap): void {
  for (let k = 0; k < segments.length; k++) {
    const { inputStart, inputEnd, outputStart, outputEnd } = segments[k]!;
    if (outputEnd > outputStart) {
      expect(map.toOriginalSpan(outputStart, outputEnd)).toEqual([inputStart, inputEnd]);
    } else if (inputEnd > inputStart && segments[k + 1]?.outputEnd !== outputStart) {
      expect(map.toOriginalSpan(outputStart, outputStart)).toEqual([inputEnd, inputEnd]);
    }
  }
}

/**
 * Each change `explain` lists is whole segments of the trace (neighbouring changes by the same
 * rules joined), and the offset map's span of its output runs from the first of its segments
 * that has output to the last: a deletion at either edge is in the change, not in the span.
 */
function expectChangeSpans(
  changes: readonly Change[],
  segments: readonly Segment[],
  map: OffsetMap,
): void {
  let k = 0;
  for (const change of changes) {
    while (segments[k]!.inputStart < change.inputStart || !segments[k]!.changed) k++;
    expect(segments[k]!.inputStart).toBe(change.inputStart);
    expect(segments[k]!.outputStart).toBe(change.outputStart);
    const parts: Segment[] = [];
    while (
      k < segments.length &&
      segments[k]!.inputEnd <= change.inputEnd &&
      segments[k]!.outputEnd <= change.outputEnd &&
      (parts.length === 0 ||
        segments[k]!.inputStart < change.inputEnd ||
        segments[k]!.outputStart < change.outputEnd)
    ) {
      parts.push(segments[k]!);
      k++;
    }
    const last = parts[parts.length - 1]!;
    expect([last.inputEnd, last.outputEnd]).toEqual([change.inputEnd, change.outputEnd]);
    expect(parts.every((part) => part.changed)).toBe(true);
    const written = parts.filter((part) => part.outputEnd > part.outputStart);
    if (written.length > 0) {
      expect(map.toOriginalSpan(change.outputStart, change.outputEnd)).toEqual([
        written[0]!.inputStart,
        written[written.length - 1]!.inputEnd,
      ]);
    }
  }
}

function expectSameSpans(input: string, options: NormalizeOptions): void {
  const { map } = normalizeToMap(input, options, 'test');
  const segments = segmentsOf(map);
  expectSegmentSpans(segments, map);
  expectChangeSpans(explain(input, options), segments, map);
}

describe('one trace for explain and offsets', () => {
  it('the offset map gives each change of the trace, and each change explain lists, its input span, for every preset and options (property)', () => {
    fc.assert(
      fc.property(hostileArabicText(), options, (input, chosen) => {
        expectSameSpans(input, chosen);
      }),
    );
  });

  it.each(DOCUMENT_NAMES)(
    'the offset map gives each change explain lists its input span on document %s',
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
