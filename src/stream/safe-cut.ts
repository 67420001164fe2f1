/**
 * Where a stream may cut its input so that the stages, applied to the pieces, give exactly what
 * they give on the whole text.
 *
 * A cut is allowed only at a line start: right after a line break (LF or CR) and right before an
 * Arabic base letter or an ASCII letter. The stages never join text across a line break into one
 * token (no number, URL, word or punctuation run continues over a newline), so such a position
 * splits the text into parts that are processed independently, except for the whitespace around
 * the line break itself (trimming, blank-line limits, marks cut off by a space). That seam is
 * settled by normalising the left part together with an *anchor*, a letter of the same class as
 * the one that starts the right part, and dropping the anchor from the output; if the output does
 * not end with the anchor unchanged, some rule reached across the seam and the cut is not taken.
 */

/** Arabic base letters U+0621–U+063A and U+0641–U+064A. */
export function isArabicBaseLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** ARABIC LETTER BEH: no stage, option or fold changes it. */
const ARABIC_ANCHOR = '\u0628';
/** LATIN SMALL LETTER B: no stage, option or fold changes it. */
const LATIN_ANCHOR = 'b';

/** The anchor to append for a cut before `code`, or `undefined` if no cut may go before it. */
export function anchorFor(code: number): string | undefined {
  if (isArabicBaseLetter(code)) return ARABIC_ANCHOR;
  if (isAsciiLetter(code)) return LATIN_ANCHOR;
  return undefined;
}

/**
 * The last cut position `k` in `chunk` with `k < below` such that the code unit before it (the
 * previous one in `chunk`, or `previousCode` for `k = 0`) is LF or CR and `chunk[k]` is a letter
 * that {@link anchorFor} accepts; -1 if there is none. Only the new chunk is scanned, so a stream
 * that calls this once per chunk stays linear however long a line grows.
 */
export function lastLineStartCut(chunk: string, previousCode: number, below: number): number {
  for (let k = Math.min(below, chunk.length) - 1; k >= 0; k--) {
    const previous = k === 0 ? previousCode : chunk.charCodeAt(k - 1);
    if ((previous === 0x0a || previous === 0x0d) && anchorFor(chunk.charCodeAt(k)) !== undefined) {
      return k;
    }
  }
  return -1;
}
