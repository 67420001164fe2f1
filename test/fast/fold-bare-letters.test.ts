import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { outputLimit } from '../../src/core/output-limit.js';
import { cleanAndMapLetters, cleanAndMapLettersInBuffer } from '../../src/fast/clean-and-map.js';
import {
  foldBareLetters,
  foldedHasElongationRun,
  foldedUnits,
  foldFusedOutput,
} from '../../src/fast/fold-bare-letters.js';
import { fusedOutputUnits } from '../../src/fast/fused-output-runs.js';
import { decode, ensureCapacity, writeString } from '../../src/fast/output-buffer.js';
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
import { FOLDS_STEP, PIPELINE, zwnjLeftForStage2 } from '../../src/pipeline.js';
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

describe('the folds before stage 3, on the fused pass’s output in its buffer', () => {
  const engineLimit = outputLimit.maxLength;
  afterEach(() => {
    outputLimit.maxLength = engineLimit;
  });

  /** Stage 3’s material between folded letters: numbers, marks, quotes, brackets, links. */
  const stage3Piece = fc.oneof(
    { weight: 4, arbitrary: barePiece },
    fc.constantFrom(' ', '  ', ' ، ', ' ,', ', ', '؛', ';', '?', '!', ':', '...', '…', '-', '–'),
    fc.constantFrom('"', '«', '»', "'", '(', ')', '[', ']', '%', '٪', '٫', '٬', '2,5', '٣.٤'),
    fc.constantFrom('http://a.b/ج', 'www.x.com', 'a@b.co', 'أ@ب.com', 'C:/x', 'abc', 'Hi'),
    fc.constantFrom('ـ', '\u200c', '\u200f', '\u00a0', '\t', '\r\n'),
  );
  const stage3Text = fc.oneof(
    fc.array(stage3Piece, { maxLength: 40 }).map(join),
    fc
      .array(fc.oneof({ weight: 8, arbitrary: stage3Piece }, markPiece), { maxLength: 40 })
      .map(join),
  );
  /** Fold options with every option of stage 3. */
  const options: fc.Arbitrary<NormalizeOptions> = fc
    .record({
      folds: foldOptions,
      digits: fc.constantFrom('ascii', 'arabic-indic', 'persian', 'keep'),
      punctuation: fc.constantFrom('arabic', 'latin', 'keep'),
      punctuationSpacing: fc.boolean(),
      quotes: fc.constantFrom('ascii', 'guillemets', 'keep'),
      dashes: fc.constantFrom('hyphen', 'keep'),
      visualOrderNumbers: fc.boolean(),
    })
    .map(({ folds, ...stage3 }) => ({ ...folds, ...stage3 }) as NormalizeOptions);

  it('gives what stage 3 then the folds give, with any options of both', () => {
    fc.assert(
      fc.property(stage3Text, options, (text, given) => {
        const resolved = resolveOptions(given, 'normalize');
        const expected = stepByStep(text, resolved);
        expect(normalize(text, given), JSON.stringify([text, given])).toBe(expected);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('throws for an output over the limit only where stage 3’s output is over it', () => {
    // The fused pass collapses the double space; stage 3 removes the space before the comma and
    // the folds change ALEF WITH HAMZA: the folded text is longer than the output.
    const text = 'أب  ، ج';
    const output = normalize(text, { preset: 'search' });
    expect(output).toBe('اب، ج');
    outputLimit.maxLength = output.length;
    expect(normalize(text, { preset: 'search' })).toBe(output);
    outputLimit.maxLength = output.length - 1;
    expect(() => normalize(text, { preset: 'search' })).toThrow(/maximum string length/);
  });

  it('leaves the fused output in the buffer as it was where a mark stops the folds partway', () => {
    const keepMarks = resolveOptions({ preset: 'search', diacritics: 'keep' }, 'normalize');
    const zwnj = zwnjLeftForStage2(keepMarks);
    for (let at = 0; at < 12; at++) {
      // Folded letters before the mark, in the steps before it and in its own; the double space
      // makes the fused pass change the text, so that its output stays in the buffer.
      const text = `أإآ  ${'أىة'.repeat(3).slice(0, at)}\u064e${'ؤئ'.repeat(4)}`;
      const fused = cleanAndMapLetters(text, keepMarks, zwnj);
      const end = cleanAndMapLettersInBuffer(text, keepMarks, zwnj);
      expect(end).toBe(fused.length);
      expect(foldFusedOutput(end, keepMarks), JSON.stringify(text)).toBeUndefined();
      expect(decode(0, end)).toBe(fused);
      expect(fusedOutputUnits(fused)).toBeDefined();
    }
  });

  it('leaves the folded text in the buffer, decoded, where no mark stops the folds', () => {
    const search = resolveOptions({ preset: 'search' }, 'normalize');
    const text = 'إلى  مدرسة أاا ،قال';
    const fused = cleanAndMapLetters(text, search, zwnjLeftForStage2(search));
    const end = cleanAndMapLettersInBuffer(text, search, zwnjLeftForStage2(search));
    const folded = foldFusedOutput(end, search);
    expect(folded).toBe(foldForSearchResolved(fused, search));
    expect(String.fromCharCode(...foldedUnits().subarray(0, end))).toBe(folded);
    expect(foldedHasElongationRun()).toBe(true);
    expect(fusedOutputUnits(fused), 'the buffer no longer holds the fused output').toBeUndefined();
  });
});
