import { asOutputTooLong } from './core/output-limit.js';
import { fillTables } from './core/table-fills.js';
import { pipelineLeavesUnchanged } from './fast/pipeline-gate.js';
import { assertText, resolveOptions } from './options/resolve.js';
import type { NormalizeOptions, ResolvedOptions } from './options/types.js';
import { type PipelineRecorders, runPipeline } from './pipeline.js';
import { PIECE_LENGTH, runInPieces } from './stream/in-pieces.js';

export type { PipelineRecorders } from './pipeline.js';

/** A normaliser with its options resolved once; see {@link createNormalizer}. */
export type Normalizer = (text: string) => string;

/**
 * The pipeline declared in src/pipeline.ts, shared by `normalize` (no recorders, so it pays
 * nothing for offsets) and `normalizeWithOffsets` and `explain` (one recorder per pass).
 */
export function run(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorders?: PipelineRecorders,
): string {
  try {
    return runPipeline(text, options, recorders);
  } catch (error) {
    // The engine's bare "Invalid string length" from any pass: say what it means and what to do.
    throw asOutputTooLong(error);
  }
}

/**
 * `run` on a whole text: a very long one goes through in pieces cut at safe line starts, with the
 * same output, so that the passes' working memory is bounded by a piece (see `runInPieces`).
 */
function runWhole(text: string, options: Readonly<ResolvedOptions>): string {
  if (text.length <= 2 * PIECE_LENGTH) return run(text, options);
  // Text that is already normal is read once (what `run` would do first), not cut into pieces
  // that are each copied with an anchor and read. Where the gate stops, it has read a prefix
  // that costs a fraction of what the passes then spend on it.
  if (pipelineLeavesUnchanged(text, options)) return text;
  try {
    return runInPieces(text, (piece) => run(piece, options));
  } catch (error) {
    // Joining the pieces: the output may be longer than a string can be.
    throw asOutputTooLong(error);
  }
}

/**
 * Normalises Arabic text: Unicode cleanup, Farsi-to-Arabic letters, numerals and punctuation, and
 * (in the `search` preset) lossy folds. `options.preset` picks the starting options (default
 * `standard`); every other option overrides the preset.
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  fillTables();
  assertText(text, 'normalize');
  return runWhole(text, resolveOptions(options, 'normalize'));
}

/** Resolves and checks `options` once and returns a function that normalises with them. */
export function createNormalizer(options?: NormalizeOptions): Normalizer {
  fillTables();
  const resolved = resolveOptions(options, 'createNormalizer');
  return (text: string) => {
    assertText(text, 'normalizer');
    return runWhole(text, resolved);
  };
}
