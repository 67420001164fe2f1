import { isStringLengthError, outputTooLong } from './core/output-limit.js';
import type { EditRecorder } from './core/text-editor.js';
import { foldForSearchResolved } from './folds/fold-for-search.js';
import { mapFarsiLettersResolved } from './letters/map-farsi-letters.js';
import { reduceElongation } from './letters/reduce-elongation.js';
import { assertText, resolveOptions } from './options/resolve.js';
import type { NormalizeOptions, ResolvedOptions } from './options/types.js';
import { normalizePunctuationResolved } from './punctuation/normalize-punctuation.js';
import { PIECE_LENGTH, runInPieces } from './stream/in-pieces.js';
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
 * The pipeline, shared by `normalize` (no recorders, so it pays nothing for offsets) and
 * `normalizeWithOffsets`. Order matters: presentation forms decompose to Farsi letters in stage 1
 * and are mapped in stage 2; folds run last so that they see canonical letters.
 */
export function run(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorders?: PipelineRecorders,
): string {
  // With farsiLetters 'auto', the ZWNJs inside words wait for stage 2, which knows the language of
  // each line (Persian and Urdu keep theirs).
  const zwnjInStage2 =
    options.farsiLetters === 'auto' && options.zwnj !== 'keep' ? options.zwnj : undefined;
  try {
    let out = cleanUnicodeResolved(text, options, recorders, zwnjInStage2 !== undefined);
    out = mapFarsiLettersResolved(out, options, recorders?.letters, zwnjInStage2);
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
 * `run` on a whole text: a very long one goes through in pieces cut at safe line starts, with the
 * same output, so that the passes' working memory is bounded by a piece (see `runInPieces`).
 */
function runWhole(text: string, options: Readonly<ResolvedOptions>): string {
  if (text.length <= 2 * PIECE_LENGTH) return run(text, options);
  try {
    return runInPieces(text, (piece) => run(piece, options));
  } catch (error) {
    // Joining the pieces: the output may be longer than a string can be.
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
  return runWhole(text, resolveOptions(options, 'normalize'));
}

/** Resolves and checks `options` once and returns a function that normalises with them. */
export function createNormalizer(options?: NormalizeOptions): Normalizer {
  const resolved = resolveOptions(options, 'createNormalizer');
  return (text: string) => {
    assertText(text, 'normalizer');
    return runWhole(text, resolved);
  };
}
