import {
  ARABIC,
  BREAK,
  CHAR_CLASS,
  CLAUSE,
  CLOSER,
  DIGIT,
  DOT,
  ELLIPSIS,
  FORMAT,
  LATIN,
  MARK,
  QUOTE,
  SPACE,
  STRONG,
} from './character-classes.js';
import { fullStopEnds } from './full-stop.js';
import { atImageStart, isLink, resolveLinks, updateToken } from './links.js';
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
 * The stops that the common paths of the scan (`scanStops`, `atPlainFullStop`) leave: a run of
 * terminators at `i` (spaced ones too), with the closers after it and the marks glued to it, ends
 * the current sentence after them when the run ends it; a `[` (class `cls` other than a
 * terminator's) may start a Markdown image, when `!` comes before it. Returns where the scan goes
 * on.
 *
 * The general path's entry, written as one function on purpose (the `[`, the run, whether it is
 * glued to what follows, whether it ends the sentence): its bytecode is over the engine's limit
 * for inlining (460 bytes), so it is compiled once, on its own, when it is hot, and never inside
 * the scan's loop, which calls it at a few stops in a hundred. Inlined there (as the four
 * functions it was, each under the limit), the general path or the image's searches were
 * compiled with the loop, twice in the first call on a long text (on-stack replacement, then
 * whole): the largest compiles of the splitter, which the first calls waited on (`--trace-opt`).
 */
export function atGeneralStop(scan: ScanState, text: string, i: number, cls: number): number {
  if (cls !== DOT && cls !== STRONG && cls !== ELLIPSIS) {
    if (i > 0 && text.charCodeAt(i - 1) === 0x21 /* ! */) atImageStart(scan, text, i); // `![`
    return i + 1;
  }
  const j = marksAfterTerminator(text, closersEnd(text, scanTerminatorRun(text, i)));
  const next = j < text.length ? CHAR_CLASS[text.charCodeAt(j)]! : BREAK;
  const spaced = next === SPACE || next === BREAK;
  // Glued: an Arabic letter comes right after the run (past a tatweel that no letter carries:
  // `!ـكلمة`), or a digit or a Latin letter right after an Arabic word and `!` `?` `؟` (`عددهم؟3`).
  const visible = next === MARK ? CHAR_CLASS[text.charCodeAt(afterMarks(text, j))] : next;
  const glued =
    visible === ARABIC ||
    ((visible === DIGIT || visible === LATIN) &&
      terminatorRun.strong &&
      CHAR_CLASS[text.charCodeAt(i - 1)] === ARABIC);
  updateToken(scan, text, i);
  resolveLinks(scan, text, i);
  // Whether the run ends the sentence.
  let ends: boolean;
  if (i < scan.imageEnd || (!spaced && !glued)) ends = false;
  else if (glued && isLink(scan, text, scan.tokenStart))
    ends = false; // a URL, an e-mail, a path
  else if (terminatorRun.strong) {
    // A mark alone in brackets comments on the words before it: `فوزه (!) في`, `(؟)`.
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    ends = before !== 0x28 /* ( */ && before !== 0x5b /* [ */;
  } else if (terminatorRun.ellipsis || terminatorRun.dots > 1)
    ends = false; // a pause: `فكر... لكنه`
  else {
    const visibleStart = contentStart(scan, text);
    ends = fullStopEnds(
      text,
      i,
      j,
      glued,
      scan.segStart,
      scan.tokenStart,
      visibleStart,
      scan.abbreviations!,
    );
  }
  if (!ends) {
    scan.linksFrom = j; // a `/` or `@` in the run's footnote (`.[a/b]`) marks nothing
    return j;
  }
  const end = spaced ? sentenceEnd(text, j) : j;
  endSentence(scan, text, end, end);
  return end;
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
