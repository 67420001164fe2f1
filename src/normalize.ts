import { isStringLengthError, outputTooLong } from './core/output-limit.js';
import type { EditRecorder } from './core/text-editor.js';
import { cleanAndMapLetters } from './fast/clean-and-map.js';
import { foldForSearchResolved } from './folds/fold-for-search.js';
import { mapFarsiLettersResolved } from './letters/map-farsi-letters.js';
import { reduceElongation } from './letters/reduce-elongation.js';
import { assertText, resolveOptions } from './options/resolve.js';
import type { NormalizeOptions, ResolvedOptions } from './options/types.js';
import { normalizePunctuationResolved } from './punctuation/normalize-punctuation.js';
import { cleanUnicodeResolved } from './unicode/clean-unicode.js';

/** A normaliser with its options resolved once; see {@link createNormalizer}. */
export type Normalizer = (text: string) => string;

/** One recorder per pass of the pipeline, in the order the passes run (see {@link run}). */
export interface PipelineRecorders {
  forms: EditRecorder;
  marks: EditRecorder;
  gaps: EditRecorder;
  letters: EditRecorder;
  punctuation: EditRecorder;
  folds: EditRecorder;
  elongation: EditRecorder;
}

/**
 * With farsiLetters 'auto', the ZWNJs inside words wait for stage 2, which knows the language of
 * each line (Persian and Urdu keep theirs): what stage 2 then does with them, or `undefined`.
 */
export function zwnjDeferredToStage2(
  options: Readonly<ResolvedOptions>,
): 'remove' | 'space' | undefined {
  return options.farsiLetters === 'auto' && options.zwnj !== 'keep' ? options.zwnj : undefined;
}

/**
 * The pipeline, shared by `normalize` (no recorders, so it pays nothing for offsets) and
 * `normalizeWithOffsets`. Order matters: presentation forms decompose to Farsi letters in stage 1
 * and are mapped in stage 2; folds run last so that they see canonical letters.
 */
export function run(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorders?: PipelineRecorders,
): string {
  const zwnjInStage2 = zwnjDeferredToStage2(options);
  try {
    let out: string;
    if (recorders === undefined) {
      // One fused pass for stages 1 and 2, equal to the two below (test/fast holds them equal).
      out = cleanAndMapLetters(text, options, zwnjInStage2);
    } else {
      out = cleanUnicodeResolved(text, options, recorders, zwnjInStage2 !== undefined);
      out = mapFarsiLettersResolved(out, options, recorders.letters, zwnjInStage2);
    }
    out = normalizePunctuationResolved(out, options, recorders?.punctuation);
    out = foldForSearchResolved(out, options, recorders?.folds);
    // Last, so that a run made by a fold (`أاا` → `ااا`) is reduced in the same pass.
    if (options.elongation === 'reduce') out = reduceElongation(out, recorders?.elongation);
    return out;
  } catch (error) {
    // The engine's bare "Invalid string length" from any pass: say what it means and what to do.
    throw isStringLengthError(error) ? outputTooLong(error) : error;
  }
}

/**
 * Normalises Arabic text: Unicode cleanup, Farsi-to-Arabic letters, numerals and punctuation, and
 * (in the `search` preset) lossy folds. `options.preset` picks the starting options (default
 * `standard`); every other option overrides the preset.
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  assertText(text, 'normalize');
  return run(text, resolveOptions(options, 'normalize'));
}

/** Resolves and checks `options` once and returns a function that normalises with them. */
export function createNormalizer(options?: NormalizeOptions): Normalizer {
  const resolved = resolveOptions(options, 'createNormalizer');
  return (text: string) => {
    assertText(text, 'normalizer');
    return run(text, resolved);
  };
}
