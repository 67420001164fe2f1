import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesOf } from '../../src/explain/explain.js';
import { createNormalizer, explain, normalizeWithOffsets } from '../../src/index.js';
import { normalizeToMap } from '../../src/offsets/normalize-with-offsets.js';
import { OffsetMap } from '../../src/offsets/offset-map.js';
import { resolveOptions } from '../../src/options/resolve.js';
import type { NormalizeOptions } from '../../src/options/types.js';
import { PIECE_LENGTH } from '../../src/stream/in-pieces.js';
import type { EditLog } from '../../src/trace/edit-log.js';
import {
  EXPECTED_SPACING,
  type RecordedRun,
  recordInPieces,
  recordRun,
  SCRATCH_KEPT,
  scratchKept,
} from '../../src/trace/record-in-pieces.js';
import { Trace } from '../../src/trace/trace.js';
import { anyLineShape, documents, pieceLength } from '../stream/chunking.js';
import {
  anyOptions,
  arabicText,
  hostileArabicText,
  tokenMixText,
} from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';

/** A log's edits as rows `[srcStart, srcEnd, outStart, outEnd, rule]`, for comparison. */
function editsOf(log: EditLog): number[][] {
  const rows: number[][] = [];
  for (let k = 0; k < log.size; k++) rows.push(Array.from(log.rows.slice(5 * k, 5 * k + 5)));
  return rows;
}

/** Every view of a recorded run that the library serves: the offset map at every index, explain. */
function expectSameRun(input: string, pieces: RecordedRun, whole: RecordedRun): void {
  expect(pieces.text).toBe(whole.text);
  expect(pieces.logs.map(editsOf)).toEqual(whole.logs.map(editsOf));
  const trace = (run: RecordedRun) => new Trace(run.logs, input.length, run.text.length);
  const inPieces = new OffsetMap(trace(pieces));
  const inOne = new OffsetMap(trace(whole));
  const n = whole.text.length;
  for (let i = 0; i <= n; i++) {
    expect(inPieces.toOriginal(i)).toBe(inOne.toOriginal(i));
    expect(inPieces.toOriginalSpan(i, n)).toEqual(inOne.toOriginalSpan(i, n));
    if (i < n) expect(inPieces.toOriginalSpan(i, i + 1)).toEqual(inOne.toOriginalSpan(i, i + 1));
  }
  expect(changesOf(input, pieces.text, trace(pieces))).toEqual(
    changesOf(input, whole.text, trace(whole)),
  );
}

/** The recorded run of `text` in pieces of `length`, held equal to one run on the whole text. */
function expectPiecesEqualWhole(text: string, length: number, options?: NormalizeOptions): void {
  const resolved = resolveOptions(options, 'test');
  expectSameRun(text, recordInPieces(text, resolved, length), recordRun(text, resolved));
}

describe('recordInPieces (offsets and explain on a very long text)', () => {
  it('gives the output, the edit logs, every offset and the changes of one run, for any piece length and any options', () => {
    fc.assert(
      fc.property(documents(arabicText(30)), pieceLength, anyOptions, (text, length, options) => {
        expectPiecesEqualWhole(text, length, options);
      }),
    );
  });

  it('gives those of one run on lines that begin with anything (digits, spaces, dashes, guillemets, Persian letters, marks)', () => {
    fc.assert(
      fc.property(
        documents(anyLineShape(arabicText(12))),
        pieceLength,
        anyOptions,
        (text, length, options) => {
          expectPiecesEqualWhole(text, length, options);
        },
      ),
    );
  });

  it('gives those of one run on hostile text (lone surrogates, URLs, presentation forms) and on numbers, URLs and punctuation', () => {
    fc.assert(
      fc.property(
        documents(fc.oneof(anyLineShape(hostileArabicText(20)), tokenMixText(8))),
        pieceLength,
        fc.oneof(fc.constant(undefined), anyOptions),
        (text, length, options) => {
          expectPiecesEqualWhole(text, length, options);
        },
      ),
    );
  });

  it.each(DOCUMENT_NAMES)(
    'gives those of one run on the press release %s (with CRLF line ends too)',
    (name) => {
      const text = readDocument(name);
      for (const input of [text, text.replace(/\n/g, '\r\n')]) {
        for (const length of [1, 7, 64, 500]) expectPiecesEqualWhole(input, length);
      }
    },
  );

  it('keeps the edits of a run when the next run records (the runs share scratch arrays)', () => {
    const resolved = resolveOptions({}, 'test');
    const first = recordRun('\uFEFBكتاب ي\u0640\u0640\u0640ك', resolved);
    const before = first.logs.map(editsOf);
    expect(before.some((edits) => edits.length > 0)).toBe(true);
    recordRun('\uFEF5 \u200d\u200dک\u06CC\r\n1,5 \u00AB\u00BB', resolved);
    expect(first.logs.map(editsOf)).toEqual(before);
    // Each log holds its edits in rows of exactly their size, not the scratch array.
    for (const log of first.logs) expect(log.rows.length).toBe(5 * log.size);
  });

  it('lets go of a scratch array that a run with a great many edits grew, and keeps a small one', () => {
    const resolved = resolveOptions({}, 'test');
    // Every presentation form is an edit of its own: five entries each.
    const many = recordRun('\uFEFB'.repeat(SCRATCH_KEPT / 5 + 1), resolved);
    expect(5 * many.logs[0]!.size).toBeGreaterThan(SCRATCH_KEPT);
    expect(scratchKept()).toBeLessThanOrEqual(SCRATCH_KEPT);
    recordRun('\uFEFB'.repeat(100), resolved);
    expect(scratchKept()).toBeGreaterThanOrEqual(500);
  });

  it('records pieces with more edits than the scratch arrays keep as one run, and lets go of those arrays once the text is recorded', () => {
    const resolved = resolveOptions({}, 'test');
    // Lines of presentation forms, an edit each: a piece of `length` units has more edits than a
    // kept scratch array holds rows for, and its pieces record into the same arrays in turn.
    const length = Math.ceil(SCRATCH_KEPT / 5) + 1000;
    const text = `${'\uFEFB'.repeat(60)}\n`.repeat(Math.ceil((3 * length) / 61));
    const pieces = recordInPieces(text, resolved, length);
    expect(pieces.logs.filter((log) => log.rows instanceof Int32Array).length).toBeGreaterThan(0);
    expect(scratchKept()).toBeLessThanOrEqual(SCRATCH_KEPT);
    const whole = recordRun(text, resolved);
    expect(5 * whole.logs[0]!.size).toBeGreaterThan(3 * SCRATCH_KEPT);
    expect(pieces.text).toBe(whole.text);
    expect(pieces.logs.map(editsOf)).toEqual(whole.logs.map(editsOf));
  });

  it('records a text no longer than two pieces in one run', () => {
    const text = 'ي\n'.repeat(20);
    const resolved = resolveOptions({}, 'test');
    expect(recordInPieces(text, resolved, 20).logs.map(editsOf)).toEqual(
      recordRun(text, resolved).logs.map(editsOf),
    );
  });

  it('joins the logs of the pieces of a text longer than two pieces, not those of one run', () => {
    const text = DOCUMENT_NAMES.map(readDocument).join('\n\n');
    const resolved = resolveOptions({}, 'test');
    // A log joined from pieces holds typed arrays; a run records into plain arrays.
    const joined = (run: RecordedRun) => run.logs.filter((log) => log.rows instanceof Int32Array);
    expect(joined(recordInPieces(text, resolved, 500)).length).toBeGreaterThan(0);
    expect(joined(recordRun(text, resolved))).toEqual([]);
    const { map } = normalizeToMap(
      text.repeat(Math.ceil((2 * PIECE_LENGTH + 1) / text.length)),
      {},
      'test',
    );
    expect(map.trace.logs.some((log) => log.rows instanceof Int32Array)).toBe(true);
  });

  it('gives a joined log room for the whole text at the density of its first pieces, so that it grows about once', () => {
    // One edit every 100 units (a tatweel), evenly: the first piece tells the density.
    const line = `${'كتاب '.repeat(19)}كتـاب\n`;
    const text = line.repeat(Math.ceil((40 * 1000) / line.length));
    const run = recordInPieces(text, resolveOptions({}, 'test'), 1000);
    const forms = run.logs[0]!;
    expect(forms.rows).toBeInstanceOf(Int32Array);
    expect(forms.size).toBe(text.length / line.length);
    // Grown by doubling from the first piece's ten edits, the rows would hold 640 edits or more.
    expect(forms.rows.length / 5).toBeGreaterThanOrEqual(forms.size);
    expect(forms.rows.length / 5).toBeLessThan(1.2 * forms.size);
  });

  it('gives a joined log no more room ahead than one edit per EXPECTED_SPACING units of the text', () => {
    // The first piece is dense with edits (a tatweel in every word), the rest has none.
    const dense = 'كتـاب '.repeat(400);
    const text = `${dense}\n${'كتاب\n'.repeat(20_000)}`;
    const run = recordInPieces(text, resolveOptions({}, 'test'), 1000);
    const forms = run.logs[0]!;
    expect(forms.size).toBe(400);
    expect(forms.rows.length / 5).toBeLessThanOrEqual(Math.ceil(text.length / EXPECTED_SPACING));
  });

  it('normalizeWithOffsets and explain cut a text longer than two pieces and answer as one run', () => {
    const base = DOCUMENT_NAMES.map((name) => readDocument(name).replace(/\n/g, '\r\n')).join(
      '\r\n\r\n',
    );
    const text = base.repeat(Math.ceil((2 * PIECE_LENGTH + 1) / base.length));
    for (const options of [undefined, { preset: 'search' } as const]) {
      const whole = recordRun(text, resolveOptions(options, 'test'));
      const trace = new Trace(whole.logs, text.length, whole.text.length);
      const map = new OffsetMap(trace);
      const withOffsets = normalizeWithOffsets(text, options);
      expect(withOffsets.text).toBe(whole.text);
      expect(withOffsets.text).toBe(createNormalizer(options)(text));
      for (let i = 0; i <= whole.text.length; i++) {
        expect(withOffsets.toOriginal(i)).toBe(map.toOriginal(i));
      }
      expect(explain(text, options)).toEqual(changesOf(text, whole.text, trace));
    }
  });
});
