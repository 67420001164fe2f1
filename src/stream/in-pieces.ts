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
import { PieceOutput } from './piece-output.js';
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
 * Offers `take` the pieces of `text` in order, cut at safe line starts in chunks of `pieceLength`:
 * `take(start, end, anchor)` settles `text[start, end)` with `anchor` standing in for the
 * character at `end`, and says whether it took the piece (a refused piece stays held back, and is
 * offered again, longer, at a later cut). Returns where the text not taken starts (0 when no piece
 * was taken); the caller runs that rest on its own. After a refused cut, the next attempt waits
 * until the text held back has doubled, so the refused work stays linear in the length of the text.
 * Shared by `runInPieces` and the recorded run of `normalizeWithOffsets` and `explain`
 * (src/trace/record-in-pieces.ts), so both cut a text at the same places.
 */
export function takePieces(
  text: string,
  pieceLength: number,
  take: (start: number, end: number, anchor: string) => boolean,
): number {
  /** Start of the text not yet taken. */
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
        if (take(start, end, anchorFor(chunk.charCodeAt(k))!)) {
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
  return start;
}

/**
 * `run(text)`, computed piece by piece for a text longer than two pieces: the outputs of the pieces
 * go into one {@link PieceOutput} as they are made, and an input that needs no change at all is
 * returned as it is.
 */
export function runInPieces(
  text: string,
  run: (text: string) => string,
  pieceLength = PIECE_LENGTH,
): string {
  if (text.length <= 2 * pieceLength) return run(text);
  const output = new PieceOutput(text.length);
  let outLength = 0;
  let changed = false;
  const start = takePieces(text, pieceLength, (from, end, anchor) => {
    const left = text.slice(from, end);
    const out = runBeforeCut(run, left, anchor);
    if (out === undefined) return false;
    changed ||= out !== left;
    output.add(out);
    outLength += out.length;
    return true;
  });
  if (start === 0) return run(text);
  const rest = text.slice(start);
  const out = run(rest);
  if (!changed && out === rest) return text;
  output.add(out);
  if (outLength + out.length > outputLimit.maxLength) throw outputTooLong();
  return output.text();
}
