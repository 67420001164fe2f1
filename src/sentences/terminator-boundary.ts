import {
  ARABIC,
  BREAK,
  CHAR_CLASS,
  CLAUSE,
  CLOSER,
  DIGIT,
  FORMAT,
  LATIN,
  MARK,
  QUOTE,
  SPACE,
} from './character-classes.js';
import { fullStopEnds } from './full-stop.js';
import { isLink, resolveLinks, updateToken } from './links.js';
import { contentStart, endSentence, type ScanState } from './scan-state.js';
import {
  afterMarks,
  closersEnd,
  isWordChar,
  marksAfterTerminator,
  scanTerminatorRun,
  terminatorRun,
} from './terminator-run.js';

/**
 * The run of terminators at `i` (spaced ones too), with the closers after it and the marks glued
 * to it: ends the current sentence after them when the run ends it. Returns where the scan goes on.
 */
export function atTerminatorRun(scan: ScanState, text: string, i: number): number {
  // The run, the closers after it and the marks glued to it, read here rather than by a function
  // of their own: such a small function is optimised on its own early, and its compiled code
  // inlined the whole run scan a second time (`--trace-turbo-inlining`).
  const j = marksAfterTerminator(text, closersEnd(text, scanTerminatorRun(text, i)));
  const next = j < text.length ? CHAR_CLASS[text.charCodeAt(j)]! : BREAK;
  const spaced = next === SPACE || next === BREAK;
  const glued = isGlued(text, i, j, next);
  updateToken(scan, text, i);
  resolveLinks(scan, text, i);
  if (!endsSentence(scan, text, i, j, spaced, glued)) {
    scan.linksFrom = j; // a `/` or `@` in the run's footnote (`.[a/b]`) marks nothing
    return j;
  }
  const end = spaced ? sentenceEnd(text, j) : j;
  endSentence(scan, text, end, end);
  return end;
}

/**
 * An Arabic letter comes right after the run (past a tatweel that no letter carries: `!ـكلمة`),
 * or a digit or a Latin letter right after an Arabic word and `!` `?` `؟` (`عددهم؟3`).
 */
function isGlued(text: string, dotAt: number, j: number, next: number): boolean {
  const visible = next === MARK ? CHAR_CLASS[text.charCodeAt(afterMarks(text, j))] : next;
  return (
    visible === ARABIC ||
    ((visible === DIGIT || visible === LATIN) &&
      terminatorRun.strong &&
      CHAR_CLASS[text.charCodeAt(dotAt - 1)] === ARABIC)
  );
}

/** Whether the run at `dotAt` (read by {@link atTerminatorRun}, up to `j`) ends the sentence. */
function endsSentence(
  scan: ScanState,
  text: string,
  dotAt: number,
  j: number,
  spaced: boolean,
  glued: boolean,
): boolean {
  if (dotAt < scan.imageEnd || (!spaced && !glued)) return false;
  if (glued && isLink(scan, text, scan.tokenStart)) return false; // a URL, an e-mail, a path
  if (terminatorRun.strong) {
    // A mark alone in brackets comments on the words before it: `فوزه (!) في`, `(؟)`.
    const before = dotAt > 0 ? text.charCodeAt(dotAt - 1) : 0;
    return before !== 0x28 /* ( */ && before !== 0x5b /* [ */;
  }
  if (terminatorRun.ellipsis || terminatorRun.dots > 1) return false; // a pause: `فكر... لكنه`
  const visibleStart = contentStart(scan, text);
  return fullStopEnds(
    text,
    dotAt,
    j,
    glued,
    scan.segStart,
    scan.tokenStart,
    visibleStart,
    scan.abbreviations!,
  );
}

/**
 * Where a sentence ended by a run followed by a space ends: clause punctuation and closers after
 * the spaces still belong to it (`الإرهاب. , من خلال`, `الأمر. » ثم`), with a footnote after them
 * (`. ,[3]`).
 */
export function sentenceEnd(text: string, j: number): number {
  const n = text.length;
  let end = j;
  let k = j;
  while (k < n) {
    const c = CHAR_CLASS[text.charCodeAt(k)];
    const closing = c === QUOTE && !isWordChar(CHAR_CLASS[text.charCodeAt(k + 1)]!);
    if (c === CLOSER || c === CLAUSE || closing) {
      end = marksAfterTerminator(text, k + 1);
      k = end;
    } else if (c === SPACE || c === FORMAT) k++;
    else break;
  }
  return end;
}
