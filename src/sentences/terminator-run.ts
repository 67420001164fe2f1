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

const isTerminator = (cls: number) => cls === DOT || cls === STRONG || cls === ELLIPSIS;

/** What the last {@link scanTerminatorRun} found; read right after the call. */
export const terminatorRun = {
  /** Full stops in the run. */
  dots: 0,
  /** The run holds `!`, `?` or `؟`. */
  strong: false,
  /** The run holds `…`. */
  ellipsis: false,
};

/**
 * End of the run of terminators that starts at `i`: terminators and format controls, then, as
 * long as spaces are followed by more terminators that stand alone (a space, a line break or the
 * end after them), those too. Raw text spaces its dots and marks: `. . .` is an ellipsis, a line
 * of spaced leader dots is one pause, `لماذا ؟ ؟` one question. Sets {@link terminatorRun}.
 */
export function scanTerminatorRun(text: string, i: number): number {
  const n = text.length;
  let dots = 0;
  let strong = false;
  let ellipsis = false;
  let j = i;
  for (;;) {
    while (j < n) {
      const c = CHAR_CLASS[text.charCodeAt(j)];
      if (c === DOT) dots++;
      else if (c === STRONG) strong = true;
      else if (c === ELLIPSIS) ellipsis = true;
      else if (c !== FORMAT) break;
      j++;
    }
    // More terminators after spaces, standing alone.
    let k = j;
    while (k < n && CHAR_CLASS[text.charCodeAt(k)] === SPACE) k++;
    if (k === j || k >= n || !isTerminator(CHAR_CLASS[text.charCodeAt(k)]!)) break;
    let m = k;
    while (
      m < n &&
      (isTerminator(CHAR_CLASS[text.charCodeAt(m)]!) || CHAR_CLASS[text.charCodeAt(m)] === FORMAT)
    )
      m++;
    if (m < n) {
      const after = CHAR_CLASS[text.charCodeAt(m)];
      if (after !== SPACE && after !== BREAK) break;
    }
    j = k;
  }
  terminatorRun.dots = dots;
  terminatorRun.strong = strong;
  terminatorRun.ellipsis = ellipsis;
  return j;
}

/** Longest bracketed footnote or editorial note glued after a full stop (`.[12]`, `.[بحاجة لمصدر]`). */
const MAX_NOTE = 40;
/** Longest number in parentheses glued after a full stop (`.(2)`). */
const MAX_NOTE_NUMBER = 4;

/** Letters and digits: a quote before one opens a quotation instead of closing one. */
export const isWordChar = (cls: number) => cls === ARABIC || cls === LATIN || cls === DIGIT;

/** End of the closers at `j`: closing brackets, format controls and quotes that close (`.»`, `."`). */
export function closersEnd(text: string, j: number): number {
  const n = text.length;
  let p = j;
  while (p < n) {
    const c = CHAR_CLASS[text.charCodeAt(p)];
    if (c === CLOSER || c === FORMAT) p++;
    else if (c === QUOTE && !isWordChar(CHAR_CLASS[text.charCodeAt(p + 1)]!)) p++;
    else break;
  }
  return p;
}

/**
 * End of the marks glued after a terminator run and its closers that still belong to the sentence
 * before: footnote references (`.[3]`, `.(2)`, `.¹`, `.*`), a dash (`.-`, `.—`) or a stray comma
 * (`.،`), then closers again, then stray commas glued to them (`.-،`, `.[3]»،`, `!،،`). Returns `j`
 * itself when none follows. Reads at most a few dozen code units per mark.
 *
 * The closers after the marks and the comma after them are read as in raw text with spaces
 * (`.- » ،`), because `normalize` writes `»` as `"` and glues a comma to what is before it: the
 * normalised text must end its sentence where the raw text does.
 */
export function marksAfterTerminator(text: string, j: number): number {
  const n = text.length;
  let p = j;
  for (;;) {
    if (p >= n) break;
    const code = text.charCodeAt(p);
    // The superscript digits (¹ ² ³ ⁰ ⁴–⁹) and `*`. The tests of this function are written out
    // here, not in small functions of their own: those were hot on their own in the first calls
    // on text with footnotes and compiled alone, then again inside this function.
    if (
      code === 0xb9 ||
      code === 0xb2 ||
      code === 0xb3 ||
      code === 0x2070 ||
      (code >= 0x2074 && code <= 0x2079) ||
      code === 0x2a /* * */
    ) {
      p++;
    } else if (code === 0x5b /* [ */ && text.charCodeAt(p - 1) !== 0x21 /* ! opens an image */) {
      let q = p + 1;
      const limit = Math.min(n, p + 1 + MAX_NOTE);
      while (q < limit) {
        const c = text.charCodeAt(q);
        if (c === 0x5d || c === 0x5b || CHAR_CLASS[c] === BREAK) break;
        q++;
      }
      if (q >= limit || text.charCodeAt(q) !== 0x5d || q === p + 1) break;
      p = q + 1;
    } else if (code === 0x28 /* ( */) {
      let q = p + 1;
      const limit = Math.min(n, p + 1 + MAX_NOTE_NUMBER);
      while (q < limit && CHAR_CLASS[text.charCodeAt(q)] === DIGIT) q++;
      if (q === p + 1 || q >= n || text.charCodeAt(q) !== 0x29) break;
      p = q + 1;
    } else if (
      p === j &&
      // HYPHEN-MINUS, EN DASH, EM DASH, or clause punctuation.
      (code === 0x2d || code === 0x2013 || code === 0x2014 || CHAR_CLASS[code] === CLAUSE)
    ) {
      p++; // `.-`, or a stray comma glued to the stop (`.،`), which normalize drops
    } else break;
  }
  if (p === j) return j;
  p = closersEnd(text, p);
  while (p < n && CHAR_CLASS[text.charCodeAt(p)] === CLAUSE) p = closersEnd(text, p + 1);
  return p;
}

/** The first index at or after `k` that is not a combining mark or tatweel. */
export function afterMarks(text: string, k: number): number {
  let q = k;
  while (q < text.length && CHAR_CLASS[text.charCodeAt(q)] === MARK) q++;
  return q;
}
