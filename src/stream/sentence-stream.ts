import { splitSentences } from '../sentences/split-sentences.js';
import type { Sentence, SplitOptions } from '../sentences/types.js';
import { checkChunk, SentenceChunker } from './chunker.js';
import type { WebTransformStream } from './web-streams.js';

/**
 * A WHATWG `TransformStream` from text chunks to sentences: for any chunking, the sentences
 * emitted are those of `splitSentences(wholeInput, options)`, with `start` and `end` as UTF-16
 * offsets into the whole input. To split normalised text, pipe through
 * {@link createNormalizeStream} first (the offsets are then into the normalised text).
 */
export function createSentenceStream(options?: SplitOptions): WebTransformStream<string, Sentence> {
  splitSentences('', options); // checks the options now rather than at the first chunk
  const chunker = new SentenceChunker((text) => splitSentences(text, options));
  return new TransformStream<string, Sentence>({
    transform(chunk, controller) {
      for (const sentence of chunker.push(checkChunk(chunk, 'createSentenceStream'))) {
        controller.enqueue(sentence);
      }
    },
    flush(controller) {
      for (const sentence of chunker.end()) controller.enqueue(sentence);
    },
  });
}
