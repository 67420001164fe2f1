import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextEditor } from '../../src/core/text-editor.js';
import { hasElongationRun } from '../../src/letters/reduce-elongation.js';
import {
  COVER_STRETCH,
  coveredWithoutRun,
  makeCoverEdits,
  punctuationCoverEnd,
  punctuationCoverEndInUnits,
} from '../../src/punctuation/cover.js';
import {
  normalizePunctuationOfUnits,
  normalizePunctuationResolved,
} from '../../src/punctuation/normalize-punctuation.js';
import { notedRun } from '../../src/punctuation/unchanged.js';
import { anyPunctuationOptions } from '../support/arabic-arbitraries.js';
import { propertyRuns } from '../support/property-runs.js';
import { resolvePunctuation as resolve } from '../support/punctuation-passes.js';
import { unitsInBuffer } from '../support/units-buffer.js';

/**
 * Stage 3's cover read in the fused pass's buffer runs its loop in stretches of `COVER_STRETCH`
 * units (src/punctuation/cover.ts, `coverUntil`): whatever stands where one stretch ends and the
 * next begins (a number it rewrites, a Markdown target, a quote run, a run of elongation, a unit
 * where it stops), it stops where the string cover stops, keeps the same edits, tells the same
 * about runs of elongation, and the stage gives its own output. A run reads a few texts of about
 * two stretches: a few milliseconds.
 */
const RUNS = propertyRuns(300, 100);

/** Arabic words that stage 3 leaves as they are, with no run of three equal letters. */
const FILLER = 'كتب الولد درسه في البيت ثم خرج ';

/** `length` units of {@link FILLER}. */
function filler(length: number): string {
  return FILLER.repeat(Math.ceil(length / FILLER.length) + 1).slice(0, length);
}

/** `text`'s code units in a buffer, with one unit more (a letter that would make a run). */
const inBuffer = (text: string): Uint16Array => unitsInBuffer(text, 1, 0x0643);

/** The edits that the last cover kept, as a recorder receives them. */
function keptEdits(text: string): number[][] {
  const edits: number[][] = [];
  const recorder = {
    record: (s: number, e: number, l: number, r: number) => edits.push([s, e, l, r]),
  };
  makeCoverEdits(new TextEditor(text, recorder), text.length);
  return edits;
}

/** Checks the buffer cover of `text` against the string cover and the stage's own output. */
function expectSameCover(text: string, options: ReturnType<typeof resolve>, label: string): void {
  const stop = punctuationCoverEnd(text, options, 0);
  const edits = keptEdits(text);
  const units = inBuffer(text);
  expect(punctuationCoverEndInUnits(text, units, options, 0), label).toBe(stop);
  expect(keptEdits(text), label).toEqual(edits);
  if (stop === text.length) {
    expect(coveredWithoutRun(), label).toBe(!hasElongationRun(text));
  } else {
    expect(coveredWithoutRun(), label).toBe(false);
    if (notedRun()) expect(hasElongationRun(text), label).toBe(true);
  }
  expect(normalizePunctuationOfUnits(text, units, options), label).toBe(
    normalizePunctuationResolved(text, options),
  );
}

/**
 * Pieces that the cover reads as one stretch or decides at: numbers it rewrites or keeps, a
 * Markdown target, quote and bracket runs, lone and doubled marks, runs of elongation (and pairs),
 * and units where it stops (a Latin comma between Arabic words, a space before a mark).
 */
const PIECES = [
  ' ۲۰۱۴ ',
  ' 2۰14 ',
  ' ١٢٫٥٪ ',
  ' 110,000 ',
  ' 2018 ',
  ' انظر [هنا](۲۰۱۴) ',
  ' «قال» ',
  ' (قال). ',
  'قال». ',
  'قال. ',
  'قال!! ',
  'ككك',
  'كككك',
  'كك',
  ' كلام,كلام ',
  ' كلام ، ',
  ' https://example.com/a ',
];

describe("stage 3's buffer cover, read in stretches", () => {
  it('reads a piece that stands across the end of a stretch as the string cover does', () => {
    const options = resolve({});
    for (const piece of PIECES) {
      for (const boundary of [COVER_STRETCH, 2 * COVER_STRETCH]) {
        for (let start = boundary - piece.length - 2; start <= boundary + 2; start++) {
          const text = `${filler(start)}${piece}${filler(64)}`;
          expectSameCover(text, options, `${JSON.stringify(piece)} at ${start}`);
        }
      }
    }
  });

  it('finds a run of elongation that ends just past the end of a stretch', () => {
    const options = resolve({});
    for (let start = COVER_STRETCH - 4; start <= COVER_STRETCH + 1; start++) {
      const text = `${filler(start)}ككك${filler(16)}`;
      expect(punctuationCoverEndInUnits(text, inBuffer(text), options, 0), `at ${start}`).toBe(
        text.length,
      );
      expect(coveredWithoutRun(), `at ${start}`).toBe(false);
    }
  });

  it('stops at a unit just past the end of a stretch, reached by a run of words', () => {
    const options = resolve({});
    for (let at = COVER_STRETCH - 3; at <= COVER_STRETCH + 3; at++) {
      // A Latin comma glued to an Arabic word, which the stage rewrites: the cover stops there.
      const text = `${filler(at - 1)}ب,ب${filler(16)}`;
      expect(punctuationCoverEndInUnits(text, inBuffer(text), options, 0), `at ${at}`).toBe(at);
      expect(coveredWithoutRun()).toBe(false);
    }
  });

  it('covers as the string cover does around the end of a stretch, whatever the options', () => {
    const piece = fc.constantFrom(...PIECES, ' ', '\n', '.', '،', '"', '«', ')', '٣');
    const around = fc.record({
      offset: fc.integer({ min: -24, max: 4 }),
      pieces: fc.array(piece, { minLength: 1, maxLength: 8 }),
      stretches: fc.constantFrom(1, 2),
    });
    fc.assert(
      fc.property(around, anyPunctuationOptions, ({ offset, pieces, stretches }, o) => {
        const text = `${filler(stretches * COVER_STRETCH + offset)}${pieces.join('')}${filler(8)}`;
        expectSameCover(text, resolve(o), JSON.stringify(pieces));
      }),
      { numRuns: RUNS },
    );
  });
});
