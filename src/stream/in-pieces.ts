/**
 * Normalising one very long string in pieces, so that the working memory of the passes is bounded
 * by a piece rather than by the whole text (their intermediate strings are several times the size
 * of what they are given). The pieces are cut where a stream would cut (see `safe-cut.ts`): each
 * cut is settled with an anchor and taken only when the anchor comes back unchanged, so the joined
 * output equals `run(text)` exactly.
 *
 * This is the stream's chunker (`chunker.ts`) fed with chunks of `pieceLength` code units, except
 * that the text held back is a range of the input rather than a list of strings: nothing is copied
 * before it is normalised.
 */

import { outputLimit, outputTooLong } from '../core/output-limit.js';
import { anchorFor, endsAtLineStart, lastLineStartCut, runBeforeCut } from './safe-cut.js';

/**
 * The length of the pieces, in UTF-16 code units: `normalize` cuts a text longer than two. Small
 * enough that a piece and its intermediate strings (64 KB each) stay under V8's large-object size
 * (128 KB): they are allocated and collected in the young generation, whereas larger strings take
 * fresh pages and wait for a full collection. On a 100 MB noisy string the peak heap was 2.1× the
 * input with pieces of 2^15 (4.3× in one run; 2.6× with pieces of 2^20), for no more CPU time.
 */
export const PIECE_LENGTH = 1 << 15;

/** How many cut positions one chunk may try (as in the stream's chunker). */
const MAX_ATTEMPTS = 3;

/**
 * `run(text)`, computed piece by piece for a text longer than two pieces. Pieces of the output that
 * equal their input are kept as slices of it, and an input that needs no change at all is returned
 * as it is. After a refused cut, the next attempt waits until the text held back has doubled, so
 * the refused work stays linear in the length of the text.
 */
export function runInPieces(
  text: string,
  run: (text: string) => string,
  pieceLength = PIECE_LENGTH,
): string {
  if (text.length <= 2 * pieceLength) return run(text);
  const parts: string[] = [];
  let outLength = 0;
  let changed = false;
  /** Start of the text not yet released. */
  let start = 0;
  /** Whether the text before the current chunk ends at a line start. */
  let atLineStart = false;
  /** Held-back length below which no cut is tried again (after a refusal). */
  let retryAt = 0;
  for (let from = 0; from < text.length; from += pieceLength) {
    const chunk = text.slice(from, from + pieceLength);
    let k = from - start >= retryAt ? lastLineStartCut(chunk, atLineStart, chunk.length) : -1;
    for (let attempt = 0; k >= 0 && attempt < MAX_ATTEMPTS; attempt++) {
      const end = from + k;
      if (end > start) {
        const left = text.slice(start, end);
        const out = runBeforeCut(run, left, anchorFor(chunk.charCodeAt(k))!);
        if (out !== undefined) {
          changed ||= out !== left;
          parts.push(out === left ? left : out);
          outLength += out.length;
          start = end;
          retryAt = 0;
          break;
        }
        retryAt = 2 * (end - start);
      }
      k = lastLineStartCut(chunk, atLineStart, k);
    }
    atLineStart = endsAtLineStart(chunk, atLineStart);
  }
  if (start === 0) return run(text);
  const rest = text.slice(start);
  const out = run(rest);
  if (!changed && out === rest) return text;
  parts.push(out);
  if (outLength + out.length > outputLimit.maxLength) throw outputTooLong();
  return parts.join('');
}
