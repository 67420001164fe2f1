/**
 * The common full stop, decided without the general path of `terminator-boundary.ts`: one `.`
 * before a space, a line break or the end, after an ordinary word (two letters or more whose pair
 * of first and last letters no special word has) or after punctuation. It ends the sentence, as
 * the general path would decide; every other full stop is left to the general path. Most full
 * stops of prose are of this kind, and each is read once here instead of by a dozen functions.
 */
import { CHAR_CLASS, CharClass } from './character-classes.js';
import { updateToken } from './links.js';
import { endSentence, type ScanState } from './scan-state.js';
import { sentenceEnd } from './terminator-boundary.js';
import { keysMayHold } from './word-set.js';

const SPACE = CharClass.Space;
const BREAK = CharClass.LineBreak;
const ARABIC = CharClass.ArabicLetter;
const LATIN = CharClass.LatinLetter;
const MARK = CharClass.Mark;
const DIGIT = CharClass.Digit;
const FORMAT = CharClass.Format;
const DOT = CharClass.Dot;
const STRONG = CharClass.Strong;
const ELLIPSIS = CharClass.Ellipsis;

/** Not the common case: the general path decides. */
const GENERAL = -1;

/**
 * The full stop at `i` when it is the common case: ends the sentence after it and returns where
 * the scan goes on; else returns -1 and changes nothing.
 */
export function atPlainFullStop(scan: ScanState, text: string, i: number): number {
  const j = i + 1;
  if (i < scan.imageEnd || !standsAlone(text, j)) return GENERAL;
  // The general path brings the token up to the stop too: doing it twice changes nothing.
  updateToken(scan, text, i);
  if (!afterOrdinaryWord(scan, text, i)) return GENERAL;
  const end = sentenceEnd(text, j);
  endSentence(scan, text, end, end);
  return end;
}

/**
 * A space, a line break or the end comes at `j`, right after the stop, and no terminator comes
 * after the spaces (`. . .` is one run, for the general path).
 */
function standsAlone(text: string, j: number): boolean {
  const n = text.length;
  if (j >= n) return true;
  const next = CHAR_CLASS[text.charCodeAt(j)];
  if (next === BREAK) return true;
  if (next !== SPACE) return false;
  let k = j + 1;
  while (k < n && CHAR_CLASS[text.charCodeAt(k)] === SPACE) k++;
  if (k >= n) return true;
  const c = CHAR_CLASS[text.charCodeAt(k)];
  return c !== DOT && c !== STRONG && c !== ELLIPSIS;
}

/**
 * What comes before the stop at `i` makes it an end: punctuation, or a word of two letters or more
 * that is no special word (its key is not in `scan.specialKeys`) and has no letter before it in its
 * token (`ق.م`, `Dipl.Ing` are read by the general path).
 */
function afterOrdinaryWord(scan: ScanState, text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && CHAR_CLASS[text.charCodeAt(p)] === FORMAT) p--;
  if (p < 0) return true;
  let c = CHAR_CLASS[text.charCodeAt(p)]!;
  if (c === MARK) {
    while (
      p >= 0 &&
      (CHAR_CLASS[text.charCodeAt(p)] === MARK || CHAR_CLASS[text.charCodeAt(p)] === FORMAT)
    )
      p--;
    if (p < 0) return true;
    c = CHAR_CLASS[text.charCodeAt(p)]!;
    if (c !== ARABIC && c !== LATIN) return true;
  } else if (c !== ARABIC && c !== LATIN) return c !== SPACE && c !== DIGIT;
  const last = p;
  // The word: letters of the script of its last letter, with marks and format controls.
  let wordStart = p;
  let letters = 0;
  while (p >= 0) {
    const k = CHAR_CLASS[text.charCodeAt(p)];
    if (k === c) {
      wordStart = p;
      letters++;
    } else if (k !== MARK && k !== FORMAT) break;
    p--;
  }
  if (letters < 2) return false;
  if (keysMayHold(scan.specialKeys, text.charCodeAt(wordStart), text.charCodeAt(last), letters))
    return false;
  return !letterInTokenBefore(text, scan.tokenStart, wordStart);
}

/** A letter stands in `[tokenStart, wordStart)`: the word ends a dotted token (`ق.م`). */
function letterInTokenBefore(text: string, tokenStart: number, wordStart: number): boolean {
  for (let k = tokenStart; k < wordStart; k++) {
    const c = CHAR_CLASS[text.charCodeAt(k)];
    if (c === ARABIC || c === LATIN) return true;
  }
  return false;
}
