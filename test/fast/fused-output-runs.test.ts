import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasElongationRun,
  hasElongationRunInUnits,
  hasElongationRunInUnitsOver,
} from '../../src/letters/reduce-elongation.js';
import { normalize } from '../../src/normalize.js';
import { normalizeWithOffsets } from '../../src/offsets/normalize-with-offsets.js';
import { resolveOptions } from '../../src/options/resolve.js';
import { PIPELINE, PUNCTUATION_STEP } from '../../src/pipeline.js';
import {
  normalizePunctuationOfUnits,
  normalizePunctuationResolved,
  unitsHaveElongationRun,
} from '../../src/punctuation/normalize-punctuation.js';
import {
  anyOptions,
  arabicLetter,
  hostileArabicText,
  punctuation,
  tokenMixText,
} from '../support/arabic-arbitraries.js';
import { propertyRuns } from '../support/property-runs.js';
import { unitsInBuffer } from '../support/units-buffer.js';

/**
 * `normalize` skips the elongation pass when the fused pass's output, read in its buffer (by
 * stage 3's gate, or on its own where that gate stops), has no run of three equal letters and no
 * search fold is on (src/pipeline.ts). These tests hold the
 * parts of that shortcut: the buffer read answers like `hasElongationRun`, stage 3 never makes a
 * run, and `normalize` equals the passes run one by one (no shortcut) on text made to have runs
 * next to what stage 3 edits.
 */
const RUNS = propertyRuns(20_000, 1_000);

/** Pieces that make runs, near-runs and the edits of stage 3 (spaces and marks around letters). */
const runPiece = fc.oneof(
  fc.constantFrom('ل', 'لل', 'ككك', 'ه', 'هه', 'ي', 'ی', 'ى', 'ا', 'ـ', '\u200c', '\u064e'),
  fc.constantFrom(' ', '  ', ' ,', ', ', ' .', '. ,', '( ', ' )', '« ', ' »', '" ', ' ،', '\n'),
  fc.constantFrom('1', '١', '۱', '-', '%', '٪', '1,5', '١٫٥', 'ﻻ', '\u00a0', '\u200b'),
  arabicLetter,
  punctuation,
);
const runText = fc.array(runPiece, { maxLength: 24 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(runText, hostileArabicText(40), tokenMixText());

describe('the elongation shortcut after the fused pass', () => {
  it('finds a run in the buffer exactly where hasElongationRun finds one in the string', () => {
    fc.assert(
      fc.property(anyText, fc.nat(3), fc.constantFrom(0, 0x0644, 0x0647), (text, pad, filler) => {
        // What follows the end (a letter of the text's last run, or nothing) is never read.
        const units = unitsInBuffer(text, pad, filler);
        expect(hasElongationRunInUnits(units, text.length)).toBe(hasElongationRun(text));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('finds runs of three at every parity, up to the last unit', () => {
    for (let before = 0; before < 4; before++) {
      for (let after = 0; after < 3; after++) {
        const text = `${'ب '.slice(0, before)}ككك${' ب'.slice(0, after)}`;
        expect(hasElongationRunInUnits(unitsInBuffer(text, 1, 0), text.length), text).toBe(true);
        const pair = text.replace('ككك', 'كك');
        expect(hasElongationRunInUnits(unitsInBuffer(pair, 1, 0x0643), pair.length), pair).toBe(
          false,
        );
      }
    }
  });

  it('finds a run over part of the buffer exactly where one has two units in a word read there', () => {
    fc.assert(
      fc.property(anyText, fc.nat(3), fc.nat(), fc.nat(), (text, pad, a, b) => {
        const units = unitsInBuffer(text, pad, 0x0644);
        const n = text.length;
        const from = n === 0 ? 0 : a % (n + 1);
        const to = from + (n === 0 ? 0 : b % (n + 1 - from));
        // A run [q, q + 3) of the text with both units of a word (2k, 2k + 1) that holds a
        // unit of [from, to) and lies in [0, n).
        let expected = false;
        for (let q = 0; q + 3 <= n && !expected; q++) {
          const u = text.charCodeAt(q);
          if (!hasElongationRun(text.slice(q, q + 3)) || text.charCodeAt(q + 2) !== u) continue;
          for (let k = q >> 1; 2 * k + 1 < q + 3; k++) {
            if (2 * k >= q && 2 * k + 1 < n && 2 * k + 1 >= from && 2 * k < to) expected = true;
          }
        }
        expect(hasElongationRunInUnitsOver(units, from, to, n), JSON.stringify(text)).toBe(
          expected,
        );
        // The whole text read that way tells what the string tells.
        expect(hasElongationRunInUnitsOver(units, 0, n, n)).toBe(hasElongationRun(text));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('tells after stage 3 over the buffer whether its text has a run, on lines the gate stops on or passes', () => {
    // Lines that the gate passes whole or stops on (a Latin comma between Arabic words), with
    // runs on either kind, and numbers that the gate passes as the rule rewrites them.
    const line = fc.oneof(
      runText,
      fc.constantFrom('قال, كتب', 'ككك, ب', 'ب, ككك', 'في ٢0۱8 ككك', 'كتب ككك', 'a, b'),
    );
    const lines = fc.array(line, { maxLength: 8 }).map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(lines, anyOptions, fc.nat(3), (text, options, pad) => {
        const units = unitsInBuffer(text, pad, 0x0647);
        normalizePunctuationOfUnits(text, units, resolveOptions(options, 'normalize'));
        expect(unitsHaveElongationRun(units, text.length), JSON.stringify(text)).toBe(
          hasElongationRun(text),
        );
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('relies on stage 3 never making a run that its input did not have, with any options', () => {
    fc.assert(
      fc.property(anyText, anyOptions, (text, options) => {
        const out = normalizePunctuationResolved(text, resolveOptions(options, 'normalize'));
        if (hasElongationRun(out)) expect(hasElongationRun(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('relies on elongation being the last step', () => {
    expect(PIPELINE.at(-1)!.passes.map((pass) => pass.id)).toEqual(['elongation']);
  });

  it('relies on stage 3 being the step after the fused ones (run on the fused buffer)', () => {
    expect(PIPELINE[PUNCTUATION_STEP]!.passes.map((pass) => pass.id)).toEqual(['punctuation']);
    expect(PIPELINE.slice(0, PUNCTUATION_STEP).map((step) => step.stage)).toEqual([
      'stage 1: Unicode cleanup (`cleanUnicode`)',
      'stage 2: letters (`mapFarsiLetters`)',
    ]);
  });

  it('gives what the passes one by one give, on text with runs next to what stage 3 edits', () => {
    fc.assert(
      fc.property(runText, anyOptions, (text, options) => {
        expect(normalize(text, options), JSON.stringify(text)).toBe(
          normalizeWithOffsets(text, options).text,
        );
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
