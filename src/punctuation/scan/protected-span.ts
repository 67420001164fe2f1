import { fillOnFirstUse } from '../../core/table-fills.js';
import { unitBytes } from '../../core/unit-tables.js';
import {
  ARABIC,
  BREAK,
  charClasses,
  DIGIT,
  LATIN,
  MARK,
  markArabicUnits,
  OTHER,
  SPACE,
} from '../char-class.js';
import {
  arabicAbbreviationEnd,
  continuesToken,
  htmlReferenceEnd,
  latinTokenEnd,
  markdownTargetEnd,
  pathEnd,
  startsToken,
  tokenStartUnits,
} from '../protected-spans.js';
import {
  AMPERSAND,
  COMMERCIAL_AT,
  EXCLAMATION_MARK,
  FULL_STOP,
  LEFT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  OPENER,
  RIGHT_SQUARE_BRACKET,
  ROLES,
  SOLIDUS,
  TILDE,
} from './roles.js';
import type { PunctuationScan } from './scan-state.js';
import { wordStarts } from './space-after-clause-mark.js';

/**
 * The rule that copies spans byte for byte: e-mail addresses, HTML character references, URLs and
 * dotted Latin tokens, paths, Markdown targets and images, dotted Arabic abbreviations. The
 * detectors are in `protected-spans.ts`; this decides where to try them and what the scan notes.
 */

const CLASSES = charClasses();

/**
 * 1 for the code units a protected span may start with (besides an e-mail address found before the
 * scan, which may start with anything): the scan tries the detectors only there.
 */
export const SPAN_START = unitBytes();

/** Fills {@link SPAN_START}, on first use (src/core/table-fills.ts). */
function fillSpanStarts(): void {
  // The units where startsToken holds or the class is ARABIC (not 65,536 calls).
  for (const c of tokenStartUnits()) SPAN_START[c] = 1;
  markArabicUnits(SPAN_START);
  for (const c of [AMPERSAND, SOLIDUS, FULL_STOP, TILDE, LEFT_PARENTHESIS, EXCLAMATION_MARK]) {
    SPAN_START[c] = 1;
  }
}
fillOnFirstUse(fillSpanStarts);

/**
 * End of the protected span that starts at `i` (code unit `c`, class `k`), or -1 when none does.
 * The scan goes on after it. Called only at an e-mail address or where {@link SPAN_START} is 1.
 */
export function protectedSpanEnd(s: PunctuationScan, i: number, c: number, k: number): number {
  if (i === s.nextEmail) return arabicEmailEnd(s, i, k);
  const text = s.text;
  if (c === FULL_STOP && !mayFollowFullStop(text, i + 1)) return -1;
  const before = i > 0 ? text.charCodeAt(i - 1) : -1;
  const atTokenStart = before < 0 || !continuesToken(before);
  if (c === AMPERSAND) {
    const end = htmlReferenceEnd(text, i);
    if (end > i) return copiedEnd(s, end);
  }
  if (atTokenStart && startsToken(c)) {
    const end = latinTokenEnd(text, i, s.spans);
    if (end > i) return latinTokenSpanEnd(s, i, k, end);
  }
  if (
    (c === SOLIDUS || c === FULL_STOP || c === TILDE) &&
    atTokenStart &&
    pathMayStartAfter(before)
  ) {
    const end = pathEnd(text, i);
    if (end > i) return copiedEnd(s, end);
  }
  if (c === LEFT_PARENTHESIS && before === RIGHT_SQUARE_BRACKET) {
    const end = markdownTargetEnd(text, i, s.spans);
    if (end > i) {
      s.prev = OTHER;
      return copiedEnd(s, end);
    }
  }
  if (c === EXCLAMATION_MARK && i + 1 < s.n && text.charCodeAt(i + 1) === LEFT_SQUARE_BRACKET) {
    // `![`: a Markdown image, not an exclamation mark.
    return copiedEnd(s, i + 1);
  }
  if (k === ARABIC && (before < 0 || (CLASSES[before] !== ARABIC && CLASSES[before] !== MARK))) {
    const end = arabicAbbreviationEnd(text, i, s.spans);
    if (end > i) {
      wordStarts(s, i, ARABIC);
      s.prev = ARABIC;
      return end;
    }
  }
  return -1;
}

/**
 * False when no span can start with a full stop before `text[j]`: every detector tried at a full
 * stop (an e-mail local part, a file extension or dotfile name, a dotted token, a path `./`)
 * needs a token character or `@` right after it. A sentence end (`قال. ثم`) is let through at
 * once.
 */
function mayFollowFullStop(text: string, j: number): boolean {
  if (j >= text.length) return false;
  const c = text.charCodeAt(j);
  return startsToken(c) || c === COMMERCIAL_AT;
}

/** A span that no mark is spaced before: the pending mark is dropped. */
function copiedEnd(s: PunctuationScan, end: number): number {
  s.pendingMark = -1;
  return end;
}

/** A path starts at the start of the text or after a space, a line break or an opening bracket. */
function pathMayStartAfter(before: number): boolean {
  if (before < 0) return true;
  const k = CLASSES[before];
  return k === SPACE || k === BREAK || (ROLES[before]! & OPENER) !== 0;
}

/**
 * A URL, e-mail address or dotted Latin token `[i, end)` of class `k` at its start. A space after
 * a mark only before a token that starts like a word (`-a@b.c` may have been `–a@b.c` before
 * dashes were unified). A URL or address is not prose: the words around it decide (`prev` stays).
 */
function latinTokenSpanEnd(s: PunctuationScan, i: number, k: number, end: number): number {
  if (k === LATIN || k === DIGIT) wordStarts(s, i, k);
  else s.pendingMark = -1;
  return end;
}

/** An e-mail address with an Arabic local part starts at `i` (found before the scan). */
function arabicEmailEnd(s: PunctuationScan, i: number, k: number): number {
  if (k === ARABIC || k === LATIN || k === DIGIT) wordStarts(s, i, k);
  const end = s.emails[s.emailIndex + 1]!;
  nextEmail(s);
  return end;
}

/** Moves on to the next e-mail address with an Arabic local part. */
export function nextEmail(s: PunctuationScan): void {
  s.emailIndex += 2;
  s.nextEmail = s.emailIndex < s.emails.length ? s.emails[s.emailIndex]! : s.n;
}
