/**
 * The common full stops, decided without the general path of `terminator-boundary.ts`, exactly as
 * it would decide them: one `.` before a space, a line break or the end, after an ordinary word
 * (two letters or more, no special word: see `specialWordKeys`) or after punctuation, ends the
 * sentence; a `.` before a digit or a Latin letter (`7.7`, `a.b`) does not. Every other full stop
 * is left to the general path. Most full stops of prose are of these kinds; each is read once
 * here instead of by a dozen functions, and the general path, rarely called, is not what the
 * first calls wait on.
 */
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
import { updateToken, updateTokenFrom } from './links.js';
import { endSentence, type ScanState } from './scan-state.js';
import { sentenceEnd } from './terminator-boundary.js';
import { keysMayHold, mayHold } from './word-set.js';

/** Not the common case: the general path decides. */
const GENERAL = -1;

/**
 * The full stop at `i` when it is the common case: ends the sentence after it and returns where
 * the scan goes on; else returns -1 (the token may have been brought up to `i`, which the general
 * path does too: twice changes nothing).
 */
export function atPlainFullStop(scan: ScanState, text: string, i: number): number {
  if (insideWord(text, i + 1)) {
    // `7.7`, `a.b`, `www.x`: nothing follows the stop that could end a sentence or join its run.
    updateToken(scan, text, i);
    return i + 1;
  }
  if (i < scan.imageEnd) return GENERAL;
  const end = plainEnd(text, i + 1);
  if (end < 0 || !afterOrdinaryWord(scan, text, i)) return GENERAL;
  endSentence(scan, text, end, end);
  return end;
}

/** A digit or a Latin letter comes right after the stop, at `j`. */
function insideWord(text: string, j: number): boolean {
  if (j >= text.length) return false;
  const c = CHAR_CLASS[text.charCodeAt(j)];
  return c === DIGIT || c === LATIN;
}

/**
 * Where the sentence ends when the stop before `j` ends it (see `sentenceEnd`), or -1 unless a
 * space, a line break or the end comes at `j` and no terminator comes after the spaces (`. . .`
 * is one run, for the general path).
 */
function plainEnd(text: string, j: number): number {
  const n = text.length;
  if (j >= n) return j;
  const next = CHAR_CLASS[text.charCodeAt(j)];
  if (next === BREAK) return j;
  if (next !== SPACE) return GENERAL;
  let k = j + 1;
  while (k < n && CHAR_CLASS[text.charCodeAt(k)] === SPACE) k++;
  if (k >= n) return j;
  const c = CHAR_CLASS[text.charCodeAt(k)];
  if (c === DOT || c === STRONG || c === ELLIPSIS) return GENERAL;
  // Only punctuation that stays with the sentence, or a format control, moves its end.
  if (c === CLOSER || c === CLAUSE || c === QUOTE || c === FORMAT) return sentenceEnd(text, j);
  return j;
}

/**
 * What comes before the stop at `i` makes it an end: punctuation, or a word of two letters or more
 * that is no special word (its key is not in `scan.specialKeys`) and has no letter before it in its
 * token (`ق.م`, `Dipl.Ing` are read by the general path). Brings the token up to `i`.
 */
function afterOrdinaryWord(scan: ScanState, text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && CHAR_CLASS[text.charCodeAt(p)] === FORMAT) p--;
  let c = p >= 0 ? CHAR_CLASS[text.charCodeAt(p)]! : SPACE;
  if (c === MARK) {
    while (
      p >= 0 &&
      (CHAR_CLASS[text.charCodeAt(p)] === MARK || CHAR_CLASS[text.charCodeAt(p)] === FORMAT)
    )
      p--;
    c = p >= 0 ? CHAR_CLASS[text.charCodeAt(p)]! : BREAK;
    if (c !== ARABIC && c !== LATIN) return afterPunctuation(scan, text, i);
  } else if (c !== ARABIC && c !== LATIN) {
    if (p < 0 || (c !== SPACE && c !== DIGIT)) return afterPunctuation(scan, text, i);
    return false;
  }
  const last = text.charCodeAt(p);
  // The word: letters of the script of its last letter, with marks and format controls.
  let first = last;
  let wordStart = p;
  let letters = 0;
  while (p >= 0) {
    const code = text.charCodeAt(p);
    const k = CHAR_CLASS[code];
    if (k === c) {
      first = code;
      wordStart = p;
      letters++;
    } else if (k !== MARK && k !== FORMAT) break;
    p--;
  }
  if (letters < 2 || keysMayHold(scan.specialKeys, first, last, letters)) return false;
  // No space or line break stands in (p, i): the token is looked for from p back.
  updateTokenFrom(scan, text, i, p);
  // A dotted token (`نيسان/أبريل`, `Dipl.Ing`) is an abbreviation only if the set has its pair of
  // first and last letters.
  const from = firstLetter(text, scan.tokenStart, wordStart);
  return from < 0 || !mayHold(scan.abbreviations!, text.charCodeAt(from), last);
}

/** Punctuation before the stop at `i` (or nothing): the stop ends the sentence. */
function afterPunctuation(scan: ScanState, text: string, i: number): boolean {
  updateToken(scan, text, i);
  return true;
}

/** The first letter in `[tokenStart, wordStart)`, or -1. */
function firstLetter(text: string, tokenStart: number, wordStart: number): number {
  for (let k = tokenStart; k < wordStart; k++) {
    const c = CHAR_CLASS[text.charCodeAt(k)];
    if (c === ARABIC || c === LATIN) return k;
  }
  return -1;
}
