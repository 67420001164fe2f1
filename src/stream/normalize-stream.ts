import { createNormalizer } from '../normalize.js';
import type { NormalizeOptions } from '../options/types.js';
import { checkChunk, NormalizeChunker } from './chunker.js';
import type { WebTransformStream } from './web-streams.js';

/**
 * A WHATWG `TransformStream` that normalises text as it flows: for any way of cutting the input
 * into chunks, the concatenated output equals `normalize(wholeInput, options)`. Options are
 * checked when the stream is created.
 *
 * Text is released at line starts (a line break followed by a letter) and the rest held back, so
 * memory is bounded by the longest line or paragraph, not by the input.
 */
export function createNormalizeStream(
  options?: NormalizeOptions,
): WebTransformStream<string, string> {
  const chunker = new NormalizeChunker(createNormalizer(options));
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const out = chunker.push(checkChunk(chunk, 'createNormalizeStream'));
      if (out.length > 0) controller.enqueue(out);
    },
    flush(controller) {
      const out = chunker.end();
      if (out.length > 0) controller.enqueue(out);
    },
  });
}
