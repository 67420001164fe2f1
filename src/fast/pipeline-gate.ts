import { foldsAnything } from '../folds/fold-for-search.js';
import type { ResolvedOptions } from '../options/types.js';
import { pipelinePrefix } from './unchanged-prefix.js';
import { unitActions } from './unit-actions.js';

/**
 * The "already normal" gate of the whole pipeline: whether `normalize` with `options` returns
 * `text` itself, told by reading alone, so that text that is already normal costs one scan instead of a gate
 * per stage. It holds when:
 * - stages 1 and 2 leave the text as it is, and stage 3 does too, both read in one scan
 *   (`pipelinePrefix`, which passes what the fused pass copies unchanged and stops at the units
 *   stage 3 reads and asks stage 3's own gate, src/punctuation/unchanged.ts, about each);
 * - no search fold is on;
 * - elongation is kept, or the text has no run of three equal letters (`hasElongationRun`), read
 *   by the same scan.
 * False means nothing: the stages run, each with its own gate.
 */
export function pipelineLeavesUnchanged(text: string, options: Readonly<ResolvedOptions>): boolean {
  return pipelineGateEnd(text, options) === text.length;
}

/**
 * Where the gate of {@link pipelineLeavesUnchanged} stopped reading `text` (its length where it
 * vouches for the text; 0 with a search fold on, where it does not read). Short of the length it
 * claims nothing of the units it read, but the fused pass may start at a clean line start among
 * them (`cleanLineStartBefore` in clean-and-map.ts).
 */
export function pipelineGateEnd(text: string, options: Readonly<ResolvedOptions>): number {
  if (foldsAnything(options)) return 0;
  const strip = options.diacritics !== 'keep';
  const elongation = options.elongation === 'reduce';
  return pipelinePrefix(text, unitActions(), strip, options, elongation);
}
