/**
 * Where a stream may cut its input so that the stages, applied to the pieces, give exactly what
 * they give on the whole text.
 *
 * A cut is allowed only at a line start: after a line break (LF or CR) and the horizontal spaces
 * that indent the line, right before a character that stands on its own: a letter of any script,
 * a digit, punctuation or a symbol (a line of any shape starts with one). Not before a line break,
 * a space, a combining mark, an invisible character, a tatweel or a presentation form of a mark:
 * those vanish or attach to what comes before, so the piece after the cut would start differently
 * from how it reads in the whole text. The stages never join text across a line break into one
 * token (no number, URL, word or punctuation run continues over a newline), so such a position
 * splits the text into parts that are processed independently, except for the whitespace around
 * the line break itself (trimming, blank-line limits, marks cut off by a space). That seam is
 * settled by normalising the left part together with an *anchor*, a letter standing in for the
 * character that starts the right part, and dropping the anchor from the output; if the output
 * does not end with the anchor unchanged, some rule reached across the seam and the cut is not
 * taken.
 */

import { unitBytes } from '../core/unit-tables.js';
import { NFC_SENSITIVE_RANGES } from '../unicode/canonical.js';
import {
  ARABIC_MARKS,
  INVISIBLES,
  LINE_BREAKS,
  SPACES,
  TATWEEL,
  ZWNJ,
} from '../unicode/character-sets.js';
import { isSpace } from '../unicode/collapse-gaps.js';
import { KINDS as FORM_KINDS, Kind as FormKind, formExpansion } from '../unicode/expand-forms.js';

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** ARABIC LETTER BEH: no stage, option or fold changes it. */
const ARABIC_ANCHOR = '\u0628';
/** LATIN SMALL LETTER B: no stage, option or fold changes it. */
const LATIN_ANCHOR = 'b';

/**
 * Code units that cannot start a piece: besides spaces and line breaks, they vanish (invisibles,
 * tatweel), attach to the character before them (combining marks, characters NFC may compose, a
 * low surrogate, variation selectors) or expand to a mark (the presentation forms of harakat, and
 * any form stage 1 writes as one of these units first).
 */
let notALineStart: Uint8Array | undefined;

/** The table of the code units above, built on first use (a cut is looked for in long text only). */
function notALineStartTable(): Uint8Array {
  if (notALineStart !== undefined) return notALineStart;
  const table = unitBytes();
  for (const [first, last] of [
    ...INVISIBLES,
    ...ARABIC_MARKS,
    [0xdc00, 0xdfff], // low surrogates
    [0xfe00, 0xfe0f], // VARIATION SELECTOR-1 .. VARIATION SELECTOR-16
    [0x034f, 0x034f], // COMBINING GRAPHEME JOINER
    [0xfc5e, 0xfc63], // ARABIC LIGATURE SHADDA WITH DAMMATAN ISOLATED FORM .. SHADDA WITH SUPERSCRIPT ALEF
    [0xfe70, 0xfe7f], // ARABIC FATHATAN ISOLATED FORM .. ARABIC SUKUN MEDIAL FORM
    [ZWNJ, ZWNJ],
    [TATWEEL, TATWEEL],
    ...NFC_SENSITIVE_RANGES,
    ...SPACES,
    ...LINE_BREAKS,
  ] as const) {
    table.fill(1, first, last + 1);
  }
  // A presentation form that stage 1 writes as what cannot start a piece (a medial form of a
  // haraka with shadda, U+FCF2, is a tatweel and two marks): read from stage 1's own table. The
  // units it writes otherwise are exactly those of kind `Form` (test/unicode/tables.test.ts),
  // found with `indexOf`: not a call per unit for all 65,536, which the first long text would
  // run interpreted.
  const form = FormKind.Form;
  for (let unit = FORM_KINDS.indexOf(form); unit >= 0; unit = FORM_KINDS.indexOf(form, unit + 1)) {
    const written = formExpansion(unit)!;
    if (written === '' || table[written.charCodeAt(0)] === 1) table[unit] = 1;
  }
  notALineStart = table;
  return table;
}

/** The anchor to append for a cut before `code`, or `undefined` if no cut may go before it. */
export function anchorFor(code: number): string | undefined {
  if (notALineStartTable()[code] === 1) return undefined;
  return isAsciiLetter(code) ? LATIN_ANCHOR : ARABIC_ANCHOR;
}

/**
 * `run(left + anchor)` without the anchor: the output of the text before a cut, or undefined when
 * the output does not end with the anchor unchanged (a rule reached across the seam: no cut there).
 */
export function runBeforeCut(
  run: (text: string) => string,
  left: string,
  anchor: string,
): string | undefined {
  const out = run(left + anchor);
  return out.endsWith(anchor) ? out.slice(0, out.length - anchor.length) : undefined;
}

const isLfOrCr = (code: number) => code === 0x0a || code === 0x0d;

/**
 * Whether the text ends at a line start, given its last chunk and whether the text before that
 * chunk did: after a line break (LF or CR) and nothing but horizontal spaces.
 */
export function endsAtLineStart(chunk: string, before: boolean): boolean {
  let i = chunk.length - 1;
  while (i >= 0 && isSpace(chunk.charCodeAt(i))) i--;
  return i < 0 ? before : isLfOrCr(chunk.charCodeAt(i));
}

/**
 * The last cut position `k` in `chunk` with `k < below` such that `chunk[k]` is a character that
 * {@link anchorFor} accepts and the text before it ends at a line start (LF or CR, then horizontal
 * spaces; for the start of `chunk`, `atLineStart` says whether the text before it did); -1 if there
 * is none. Each space is looked at once per call, so a stream that calls this a bounded number of
 * times per chunk stays linear however long a line grows.
 */
export function lastLineStartCut(chunk: string, atLineStart: boolean, below: number): number {
  const notALineStart = notALineStartTable();
  let k = Math.min(below, chunk.length) - 1;
  while (k >= 0) {
    const code = chunk.charCodeAt(k);
    if (notALineStart[code] === 1) {
      k--;
      continue;
    }
    let j = k - 1;
    while (j >= 0 && isSpace(chunk.charCodeAt(j))) j--;
    if (j < 0 ? atLineStart : isLfOrCr(chunk.charCodeAt(j))) return k;
    k = j; // the spaces before k cannot start a piece either
  }
  return -1;
}
