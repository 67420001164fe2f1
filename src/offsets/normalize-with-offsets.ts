import { fillTables } from '../core/table-fills.js';
import type { NormalizeOptions } from '../options/types.js';
import { splitSentences } from '../sentences/split-sentences.js';
import type { Sentence, SplitOptions } from '../sentences/types.js';
import { recordNormalize } from '../trace/record.js';
import { OffsetMap } from './offset-map.js';

/** The result of {@link normalizeWithOffsets}. */
export interface NormalizedWithOffsets {
  /** The normalised text, equal to `normalize(input, options)`. */
  text: string;
  /**
   * The UTF-16 offset in the input where the output unit at `index` came from starts (for a unit
   * written by a replacement, the start of what it replaced); `text.length` maps to the input
   * length. Non-decreasing; throws a RangeError outside `0..text.length`.
   */
  toOriginal(index: number): number;
  /** The smallest input span `[start, end)` that produced output `[start, end)`. */
  toOriginalSpan(start: number, end: number): [number, number];
}

/** A sentence of the normalised text, with its span in the original input as well. */
export interface OriginalSentence extends Sentence {
  /** Where the sentence starts in the original input (UTF-16 offset). */
  originalStart: number;
  /** Where the sentence ends in the original input (exclusive). */
  originalEnd: number;
}

/** Normalises like `normalize` and keeps the offset map (internal: tests read the map). */
export function normalizeToMap(
  text: string,
  options: NormalizeOptions | undefined,
  caller: string,
): { text: string; map: OffsetMap } {
  const { text: out, trace } = recordNormalize(text, options, caller);
  return { text: out, map: new OffsetMap(trace) };
}

/**
 * Normalises `text` exactly like `normalize(text, options)` and also returns a map from every
 * UTF-16 offset of the output back to the input. Costs at most about twice `normalize`.
 */
export function normalizeWithOffsets(
  text: string,
  options?: NormalizeOptions,
): NormalizedWithOffsets {
  fillTables();
  const { text: out, map } = normalizeToMap(text, options, 'normalizeWithOffsets');
  return {
    text: out,
    toOriginal: (index: number) => map.toOriginal(index),
    toOriginalSpan: (start: number, end: number) => map.toOriginalSpan(start, end),
  };
}

/**
 * Normalises `text` (with `options`, as `normalize`), splits the result into sentences (with
 * `splitOptions`, as `splitSentences`) and gives each sentence its span in the original `text`
 * too. Spans are ordered and do not overlap: should two sentences come from one replaced piece of
 * input, that piece is given to the first.
 */
export function splitSentencesInOriginal(
  text: string,
  options?: NormalizeOptions,
  splitOptions?: SplitOptions,
): OriginalSentence[] {
  fillTables();
  const { text: out, map } = normalizeToMap(text, options, 'splitSentencesInOriginal');
  const result: OriginalSentence[] = [];
  let previousEnd = 0;
  for (const sentence of splitSentences(out, splitOptions)) {
    const [start, end] = map.toOriginalSpan(sentence.start, sentence.end);
    const originalStart = Math.max(start, previousEnd);
    const originalEnd = Math.max(end, originalStart);
    previousEnd = originalEnd;
    result.push({ ...sentence, originalStart, originalEnd });
  }
  return result;
}
