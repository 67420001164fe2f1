import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ensureCapacity, units as outputUnits, writeString } from '../../src/fast/output-buffer.js';
import {
  normalizePunctuationOfUnits,
  normalizePunctuationResolved,
} from '../../src/punctuation/normalize-punctuation.js';
import { anyPunctuationOptions } from '../support/arabic-arbitraries.js';
import { propertyRuns } from '../support/property-runs.js';
import { resolvePunctuation as resolve } from '../support/punctuation-passes.js';
import { unitsInBuffer } from '../support/units-buffer.js';

/**
 * Stage 3 over the fused pass's output in the output buffer (`normalizePunctuationOfUnits`, as
 * `normalize` runs it): where its gate covers the text whole and keeps only edits of numbers that
 * keep their length, it makes them in the buffer and reads its output from there. The output is
 * the stage's own, and the buffer then holds it.
 */
const RUNS = propertyRuns(2_000, 200);

/** `text` written at the start of the output buffer, as the fused pass leaves its output. */
function inOutputBuffer(text: string): Uint16Array {
  ensureCapacity(text.length + 16, 0);
  writeString(text, 0);
  return outputUnits;
}

const read = (units: Uint16Array, length: number) =>
  String.fromCharCode(...Array.from(units.subarray(0, length)));

describe('stage 3 over the output buffer', () => {
  it('rewrites the numbers of a text it covers whole in the buffer, and reads its output there', () => {
    const options = resolve({});
    const text = 'قال الوزير في عام ۲۰۱۴ إن النسبة ١٢٫٥٪ من 3٬000 مشترك\nوفي ٢٠١٨ زادت';
    const expected = normalizePunctuationResolved(text, options);
    expect(expected).not.toBe(text);
    const units = inOutputBuffer(text);
    expect(normalizePunctuationOfUnits(text, units, options)).toBe(expected);
    expect(read(outputUnits, text.length)).toBe(expected);
  });

  it('leaves a buffer that is not the output buffer as it was', () => {
    const options = resolve({});
    const text = 'في عام ۲۰۱۴ كتب';
    const units = unitsInBuffer(text, 0, 0);
    expect(normalizePunctuationOfUnits(text, units, options)).toBe(
      normalizePunctuationResolved(text, options),
    );
    expect(read(units, text.length)).toBe(text);
  });

  it('gives the stage’s own output from the output buffer, with any options', () => {
    const piece = fc.constantFrom(
      ' ۲۰۱۴ ',
      ' ١٢٫٥٪ ',
      ' 3٬000 ',
      ' ٣٠-٤٠ ',
      ' ۱۲/۳۰ ',
      ' (٢٠١٨) ',
      ' "٢٠١٨" ',
      ' ٥- ',
      ' %٥ ',
      ' كتب ',
      '\n',
      '، ',
      '. ',
      ' «قال» ',
      ' https://example.com/a ',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 12 }),
        anyPunctuationOptions,
        (pieces, o) => {
          const text = `كتب${pieces.join('')}كتب`;
          const options = resolve(o);
          const expected = normalizePunctuationResolved(text, options);
          const units = inOutputBuffer(text);
          expect(normalizePunctuationOfUnits(text, units, options)).toBe(expected);
          // The buffer holds the text, or the output where the stage made its edits there.
          const held = read(outputUnits, text.length);
          expect(held === text || held === expected).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
