// Reference for the property test in properties.test.ts: the straightforward forward scan that
// `splitSentences` replaced, kept unchanged so that every optimisation is checked against it.
import { assertText } from '../../src/options/resolve.js';
import { CHAR_CLASS, CharClass } from '../../src/sentences/character-classes.js';
import { fullStopEnds } from '../../src/sentences/full-stop.js';
import { checkSplitOptions, isParagraphBreak } from '../../src/sentences/split-sentences.js';
import {
  afterMarks,
  marksAfterTerminator,
  scanTerminatorRun,
  terminatorRun,
} from '../../src/sentences/terminator-run.js';
import type { Sentence, SplitOptions } from '../../src/sentences/types.js';

const SPACE = CharClass.Space;
const BREAK = CharClass.LineBreak;
const ARABIC = CharClass.ArabicLetter;
const LATIN = CharClass.LatinLetter;
const DIGIT = CharClass.Digit;
const MARK = CharClass.Mark;
const FORMAT = CharClass.Format;
const DOT = CharClass.Dot;
const STRONG = CharClass.Strong;
const ELLIPSIS = CharClass.Ellipsis;
const CLOSER = CharClass.Closer;
const QUOTE = CharClass.Quote;
const CLAUSE = CharClass.Clause;

/**
 * The splitter as a plain per-code-unit scan (one dispatch per code unit, with the token, link and
 * sentence state carried forward), kept as the reference that the fast scan must match exactly.
 * The decision at a full stop (`fullStopEnds`) and the reading of a terminator run and its marks
 * are shared with the fast scan: what this checks is the scanning around them (skipping, token
 * and link tracking, Markdown images, line breaks in both modes, offsets).
 */
export function referenceSplitSentences(text: string, options?: SplitOptions): Sentence[] {
  assertText(text, 'splitSentences');
  const { abbreviations, hardWrapped } = checkSplitOptions(options);
  const sentences: Sentence[] = [];
  const n = text.length;
  const blank = (k: number) => {
    const c = CHAR_CLASS[text.charCodeAt(k)];
    return c === SPACE || c === BREAK;
  };

  const emit = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && blank(s)) s++;
    while (e > s && blank(e - 1)) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
  };

  // Markdown image `![alt](target)`: memoised forward searches keep repeated `![` linear.
  let pairAt = -1; // index of the next `](` found, or -1
  let pairSearched = 0; // no `](` starts in [.., pairSearched) except at pairAt
  let parenAt = -1;
  let parenSearched = 0;
  let imageEnd = -1; // terminators before this index are inside a Markdown image

  let segStart = 0; // start of the current sentence (untrimmed)
  let contentStart = -1; // first visible code unit of the current sentence
  let tokenStart = 0; // after the last space or line break
  let inLink = false; // the current token is a URL, an e-mail address or a path

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = CHAR_CLASS[code]!;
    if (cls === SPACE) {
      i++;
      tokenStart = i;
      inLink = false;
      continue;
    }
    if (cls === BREAK) {
      if (!hardWrapped || isParagraphBreak(text, i)) {
        emit(segStart, i);
        segStart = i + 1;
        contentStart = -1;
      }
      tokenStart = i + 1;
      inLink = false;
      i++;
      continue;
    }
    // Format controls and marks no letter carries do not start a sentence's content (normalize drops them).
    if (contentStart < 0 && cls !== FORMAT && cls !== MARK) contentStart = i;
    if (cls === ARABIC || cls === LATIN) {
      if (i === tokenStart && (code === 0x77 || code === 0x57) && isWww(text, i)) inLink = true;
      i++;
      continue;
    }
    if (cls !== DOT && cls !== STRONG && cls !== ELLIPSIS) {
      if (code === 0x2f /* / */) {
        if (i === tokenStart || text.charCodeAt(i - 1) === 0x3a /* : */) inLink = true;
      } else if (code === 0x40 /* @ */) {
        if (i > tokenStart && i + 1 < n && !blank(i + 1)) {
          inLink = true;
        }
      } else if (code === 0x5b /* [ */ && i > 0 && text.charCodeAt(i - 1) === 0x21 /* ! */) {
        // `![`: find `](` and then `)` on the same line.
        if (pairAt < i + 1) {
          let p = Math.max(i + 1, pairSearched);
          pairAt = -1;
          while (p + 1 < n) {
            const c = text.charCodeAt(p);
            if (CHAR_CLASS[c] === BREAK) break;
            if (c === 0x5d && text.charCodeAt(p + 1) === 0x28) {
              pairAt = p;
              break;
            }
            p++;
          }
          pairSearched = p;
        }
        if (pairAt >= 0) {
          if (parenAt < pairAt + 2) {
            let p = Math.max(pairAt + 2, parenSearched);
            parenAt = -1;
            while (p < n) {
              const c = text.charCodeAt(p);
              if (CHAR_CLASS[c] === BREAK) break;
              if (c === 0x29) {
                parenAt = p;
                break;
              }
              p++;
            }
            parenSearched = p;
          }
          if (parenAt >= 0) imageEnd = parenAt + 1;
        }
      }
      i++;
      continue;
    }

    // A run of terminators (spaced ones too), the closers after it and the marks glued to it.
    const dotAt = i;
    let j = scanTerminatorRun(text, i);
    const { dots, strong, ellipsis } = terminatorRun;
    while (j < n) {
      const c = CHAR_CLASS[text.charCodeAt(j)];
      if (c === CLOSER || c === FORMAT) j++;
      else if (c === QUOTE && !isWordChar(CHAR_CLASS[text.charCodeAt(j + 1)]!)) j++;
      else break;
    }
    j = marksAfterTerminator(text, j);
    const next = j < n ? CHAR_CLASS[text.charCodeAt(j)]! : BREAK;
    const spaced = next === SPACE || next === BREAK;
    // An Arabic letter right after the run (past a tatweel that no letter carries: `!ـكلمة`), or
    // a digit or a Latin letter right after an Arabic word and `!` `?` `؟` (`عددهم؟3`).
    const visible = next === MARK ? CHAR_CLASS[text.charCodeAt(afterMarks(text, j))] : next;
    const glued =
      visible === ARABIC ||
      ((visible === DIGIT || visible === LATIN) &&
        terminatorRun.strong &&
        CHAR_CLASS[text.charCodeAt(dotAt - 1)] === ARABIC);

    let boundary = false;
    if (dotAt < imageEnd || (!spaced && !glued) || (glued && inLink)) {
      boundary = false;
    } else if (strong) {
      const before = dotAt > 0 ? text.charCodeAt(dotAt - 1) : 0;
      boundary = before !== 0x28 /* ( */ && before !== 0x5b /* [ */;
    } else if (ellipsis || dots > 1) {
      boundary = false;
    } else {
      boundary = fullStopEnds(
        text,
        dotAt,
        j,
        glued,
        segStart,
        tokenStart,
        contentStart,
        abbreviations,
      );
    }

    if (!boundary) {
      // Past the run and its marks: a space inside a spaced run starts a new token.
      for (let k = dotAt; k < j; k++) {
        if (CHAR_CLASS[text.charCodeAt(k)] === SPACE) {
          tokenStart = k + 1;
          inLink = false;
        }
      }
      i = j;
      continue;
    }

    let end = j;
    if (spaced) {
      let k = j;
      while (k < n) {
        const c = CHAR_CLASS[text.charCodeAt(k)];
        const closing = c === QUOTE && !isWordChar(CHAR_CLASS[text.charCodeAt(k + 1)]!);
        if (c === CLOSER || c === CLAUSE || closing) {
          end = marksAfterTerminator(text, k + 1); // and a footnote after it: `. ,[3]`
          k = end;
        } else if (c === SPACE || c === FORMAT) k++;
        else break;
      }
    }
    emit(segStart, end);
    segStart = end;
    contentStart = -1;
    tokenStart = end;
    inLink = false;
    i = end;
  }
  emit(segStart, n);
  return sentences;
}

/** Letters and digits: a quote before one opens a quotation instead of closing one. */
const isWordChar = (cls: number) => cls === ARABIC || cls === LATIN || cls === DIGIT;

function isWww(text: string, i: number): boolean {
  return (
    (text.charCodeAt(i + 1) | 0x20) === 0x77 &&
    (text.charCodeAt(i + 2) | 0x20) === 0x77 &&
    text.charCodeAt(i + 3) === 0x2e
  );
}
