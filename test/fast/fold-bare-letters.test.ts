import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { outputLimit } from '../../src/core/output-limit.js';
import { foldBareLetters, foldedHasElongationRun } from '../../src/fast/fold-bare-letters.js';
import { ensureCapacity, writeString } from '../../src/fast/output-buffer.js';
import {
  bareLetterFolds,
  CLUSTER_UNIT,
  foldForSearchResolved,
} from '../../src/folds/fold-for-search.js';
import { hasElongationRun } from '../../src/letters/reduce-elongation.js';
import { normalize } from '../../src/normalize.js';
import { normalizeWithOffsets } from '../../src/offsets/normalize-with-offsets.js';
import { resolveOptions } from '../../src/options/resolve.js';
import type { NormalizeOptions, ResolvedOptions } from '../../src/options/types.js';
import { FOLDS_STEP, PIPELINE } from '../../src/pipeline.js';
import { combiningClass } from '../../src/unicode/canonical.js';
import { propertyRuns } from '../support/property-runs.js';

/**
 * `normalize` with a search fold on folds text without marks or small letters as a map of code
 * units in its output buffer, and runs the elongation step only where that buffer holds a run
 * (src/fast/fold-bare-letters.ts, `runPipeline`). These tests hold the map equal to the folds
 * step itself (`foldForSearchResolved`, the reference), on the string and over the buffer, and
 * `normalize` equal to the steps of PIPELINE run one by one and to the recorded path.
 */
const RUNS = propertyRuns(20_000, 1_000);

/** Every letter a fold changes, and the letters they fold to. */
const FOLDED_LETTERS = 'آأإٱٲٳىةؤئ';
const PLAIN_LETTERS = 'اىيهوبتلكنی';

/** Letters, runs, spaces, digits and signs: pieces without a unit that belongs to a cluster. */
const barePiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FOLDED_LETTERS, ...PLAIN_LETTERS) },
  // Other Arabic letters, Persian and Urdu letters.
  fc.integer({ min: 0x0621, max: 0x064a }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('ی', 'ک', 'ە', 'ۀ', 'ہ', 'ۂ', 'ۓ', 'ے', 'ٹ', 'پ', 'گ'),
  // Runs, near runs and runs made by a fold.
  fc.constantFrom('ااا', 'أاا', 'اأا', 'آآ', 'ىيي', 'ةهه', 'ؤوو', 'ئيي', 'ههه', 'لل', 'ككك'),
  fc.constantFrom('ـ', ' ', '  ', '\n', '1', '١', '۱', ',', '.', '؟', '/', '@', 'a', '\u200c'),
);
/** Marks: harakat, combining MADDA and HAMZA, superscript alef, small letters, Quranic signs. */
const markPiece = fc.oneof(
  fc.integer({ min: 0x064b, max: 0x065f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u0653', '\u0654', '\u0655', '\u0670', '\u06e5', '\u06e6', '\u06d6', '\u06ed'),
  fc.integer({ min: 0x06d6, max: 0x06ed }).map((code) => String.fromCharCode(code)),
);
const join = (pieces: string[]) => pieces.join('');
/** Text without marks (half the time), or with some. */
const foldText = fc.oneof(
  fc.array(barePiece, { maxLength: 30 }).map(join),
  fc.array(fc.oneof({ weight: 6, arbitrary: barePiece }, markPiece), { maxLength: 30 }).map(join),
);

/** Any combination of the fold options and elongation, from either preset. */
const foldOptions: fc.Arbitrary<NormalizeOptions> = fc.record({
  preset: fc.constantFrom('search', 'standard'),
  foldAlef: fc.boolean(),
  foldAlefMaksura: fc.boolean(),
  foldTehMarbuta: fc.boolean(),
  foldHamza: fc.boolean(),
  foldQuranicMarks: fc.boolean(),
  elongation: fc.constantFrom('keep', 'reduce'),
  diacritics: fc.constantFrom('keep', 'strip'),
}) as fc.Arbitrary<NormalizeOptions>;

/** Whether `text` holds a unit that may belong to a cluster: a combining mark or a small letter. */
const hasClusterUnit = (text: string) =>
  [...text].some((char) => combiningClass(char.charCodeAt(0)) !== 0 || /[\u06e5\u06e6]/.test(char));

/** The steps of PIPELINE run one by one, without recorders and without shortcuts. */
const stepByStep = (text: string, options: Readonly<ResolvedOptions>) =>
  PIPELINE.reduce((out, step) => step.run(out, options, undefined), text);

/** `text` written at the start of the output buffer, as the fused pass leaves its output. */
function putInBuffer(text: string): void {
  ensureCapacity(text.length + 16, 0);
  writeString(text, 0);
}

function expectFoldedLikeTheStep(text: string, options: Readonly<ResolvedOptions>): void {
  const reference = foldForSearchResolved(text, options);
  const fromString = foldBareLetters(text, options, false);
  if (hasClusterUnit(text)) {
    expect(fromString, 'text with a cluster unit is left to the step').toBeUndefined();
    return;
  }
  expect(fromString, JSON.stringify(text)).toBe(reference);
  const reduce = options.elongation === 'reduce';
  expect(foldedHasElongationRun()).toBe(reduce && hasElongationRun(reference));
  putInBuffer(text);
  expect(foldBareLetters(text, options, true), JSON.stringify(text)).toBe(reference);
  expect(foldedHasElongationRun()).toBe(reduce && hasElongationRun(reference));
}

describe('the search folds of text without marks, as a map of code units', () => {
  it('folds like the folds step, from a string and over the buffer, with any fold options', () => {
    fc.assert(
      fc.property(foldText, foldOptions, (text, options) => {
        expectFoldedLikeTheStep(text, resolveOptions(options, 'normalize'));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('folds long texts from a string like the folds step (copied into the buffer, folded there)', () => {
    // From 64 units on, a string is copied into the buffer natively and folded in place; a
    // longer text before each leaves other units after it in the buffer.
    const longFoldText = fc.oneof(
      fc.array(barePiece, { minLength: 40, maxLength: 300 }).map(join),
      fc
        .array(fc.oneof({ weight: 30, arbitrary: barePiece }, markPiece), {
          minLength: 40,
          maxLength: 300,
        })
        .map(join),
    );
    fc.assert(
      fc.property(longFoldText, foldOptions, (text, options) => {
        putInBuffer('\u0623'.repeat(text.length + 50));
        expectFoldedLikeTheStep(text, resolveOptions(options, 'normalize'));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['every folded letter alone', FOLDED_LETTERS],
    ['letters between spaces and digits', 'على إلى مدرسة 12 مؤمن قائل'],
    ['a run of three made by a fold', 'أاا'],
    ['a run of three made by folds of three letters', 'آأإ'],
    ['a run of YEH made by ALEF MAKSURA', 'عليىى'],
    ['laughter made by TEH MARBUTA', 'ةةه'],
    ['Persian letters, which no fold changes', 'کتاب یک ۀ'],
    ['a tatweel between folded letters', 'أـأـأ'],
    ['nothing to fold', 'كتب الولد'],
    ['an empty text', ''],
  ])('folds %s like the folds step, with each fold alone and all together', (_, text) => {
    const alone = [
      'foldAlef',
      'foldAlefMaksura',
      'foldTehMarbuta',
      'foldHamza',
      'foldQuranicMarks',
    ];
    for (const elongation of ['keep', 'reduce'] as const) {
      expectFoldedLikeTheStep(text, resolveOptions({ preset: 'search', elongation }, 'normalize'));
      for (const fold of alone) {
        const options = { preset: 'standard', elongation, [fold]: true } as NormalizeOptions;
        expectFoldedLikeTheStep(text, resolveOptions(options, 'normalize'));
      }
    }
  });

  it.each([
    ['a combining hamza above', 'ا\u0654'],
    ['a combining madda', 'ا\u0653ب'],
    ['a fatha', 'أَ'],
    ['a small waw', 'ه\u06e5'],
    ['a Quranic stop sign', 'قال\u06d6'],
    ['a superscript alef', 'هٰذا'],
  ])('leaves text with %s to the folds step', (_, text) => {
    expect(foldBareLetters(text, resolveOptions({ preset: 'search' }, 'normalize'), false)).toBe(
      undefined,
    );
  });

  it('folds runs and near runs at every place of a four-unit step and of the last units', () => {
    // The loop reads four units a step and the last one to three alone; a run of three may
    // start at any of them, be made by a fold in this step or the next, and end in the last
    // units. Each piece after 0 to 7 letters, and before 0 to 3 (every length modulo four).
    const pieces = [
      'أاا',
      'اأا',
      'ااأ',
      'آأإ',
      'ااا',
      'اا',
      'أأ',
      'ىيي',
      'يىى',
      'ةهه',
      'ؤوو',
      'أبا',
    ];
    const search = resolveOptions({ preset: 'search' }, 'normalize');
    for (const piece of pieces) {
      for (let before = 0; before < 8; before++) {
        for (let after = 0; after < 4; after++) {
          expectFoldedLikeTheStep('ب'.repeat(before) + piece + 'ت'.repeat(after), search);
          expectFoldedLikeTheStep('أ'.repeat(before) + piece + 'إ'.repeat(after), search);
        }
      }
    }
  });

  it('leaves text with a cluster unit at any place of a step to the step, after a fold or not', () => {
    const search = resolveOptions({ preset: 'search' }, 'normalize');
    for (let at = 0; at < 9; at++) {
      for (const letters of ['بتثجحخدذر', 'أإآىةؤئأإ']) {
        const text = `${letters.slice(0, at)}\u064e${letters.slice(at)}`;
        expect(foldBareLetters(text, search, false), JSON.stringify(text)).toBeUndefined();
        putInBuffer(text);
        expect(foldBareLetters(text, search, true), JSON.stringify(text)).toBeUndefined();
      }
    }
  });

  it('folds no letter that a fold makes, with any letter folds (a unit folded twice stays)', () => {
    const names = ['foldAlef', 'foldAlefMaksura', 'foldTehMarbuta', 'foldHamza'];
    for (let set = 0; set < 1 << names.length; set++) {
      const folds = Object.fromEntries(names.map((name, bit) => [name, (set & (1 << bit)) !== 0]));
      const table = bareLetterFolds(resolveOptions({ preset: 'standard', ...folds }, 'normalize'));
      for (let unit = 0; unit < table.length; unit++) {
        if (table[unit]! > CLUSTER_UNIT) expect(table[table[unit]!], String(unit)).toBe(0);
      }
    }
  });

  it('relies on the folds being the step before elongation, after stage 3', () => {
    expect(PIPELINE[FOLDS_STEP]!.passes.map((pass) => pass.id)).toEqual(['folds']);
    expect(PIPELINE[FOLDS_STEP - 1]!.passes.map((pass) => pass.id)).toEqual(['punctuation']);
    expect(PIPELINE[FOLDS_STEP + 1]!.passes.map((pass) => pass.id)).toEqual(['elongation']);
    expect(PIPELINE.length).toBe(FOLDS_STEP + 2);
  });
});

describe('normalize with search folds', () => {
  const engineLimit = outputLimit.maxLength;
  afterEach(() => {
    outputLimit.maxLength = engineLimit;
  });

  it('gives what the steps one by one and the recorded path give, with any fold options', () => {
    fc.assert(
      fc.property(foldText, foldOptions, (text, options) => {
        const expected = stepByStep(text, resolveOptions(options, 'normalize'));
        expect(normalize(text, options), JSON.stringify(text)).toBe(expected);
        expect(normalizeWithOffsets(text, options).text).toBe(expected);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it.each([
    ['أاا', 'ا'],
    ['قالأاا', 'قالا'],
    ['آآآ كتاب', 'ا كتاب'],
    ['عليىى', 'علي'],
    ['ةةه', 'هه'],
    ['مدرسة إلى', 'مدرسه الي'],
  ])('reduces the run a fold makes in %s, in the same call', (text, expected) => {
    expect(normalize(text, { preset: 'search' })).toBe(expected);
    expect(normalize(`كتب ${text} هنا`, { preset: 'search' })).toBe(`كتب ${expected} هنا`);
  });

  it('keeps the run a fold makes when elongation is kept', () => {
    expect(normalize('أاا', { preset: 'search', elongation: 'keep' })).toBe('ااا');
  });

  it('throws for a folded output over the output limit, as the folds step does', () => {
    outputLimit.maxLength = 5;
    expect(() => normalize('أبجدهو', { preset: 'search' })).toThrow(/maximum string length/);
    expect(() => normalizeWithOffsets('أبجدهو', { preset: 'search' })).toThrow(
      /maximum string length/,
    );
    // Nothing folded: no edit, no error, like the step.
    expect(normalize('ابجدهو', { preset: 'search' })).toBe('ابجدهو');
  });
});
