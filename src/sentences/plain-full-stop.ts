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
 * path does too: twice changes nothing). The common case: what comes before the stop is
 * punctuation, or a word of two letters or more that is no special word (its key is not in
 * `scan.specialKeys`) and has no letter before it in its token (`ق.م`, `Dipl.Ing` are read by the
 * general path).
 *
 * Written with few calls and one read of each code unit: the engine optimises these functions
 * during the first calls, and fewer, smaller functions to compile cost those calls less
 * (`docs/architecture.md`, "Cold start"). The word before the stop is read here, not in a
 * function of its own: that function was optimised on its own, then again inside this one, and
 * this one again inside each compile of the scan's loop. In one function the bytecode is over the
 * engine's limit for inlining (460 bytes), so this is compiled once, on its own, and the loop's
 * compiles are smaller: about 10% fewer instructions over the first 150 calls on 100 KB.
 */
export function atPlainFullStop(scan: ScanState, text: string, i: number): number {
  const n = text.length;
  // The end of the text is read as a line break: the stop ends its sentence there.
  // The units where the scan has them (`ScanState.units`: unit k is there for k in [from, to)),
  // else the string.
  const units = scan.units;
  const from = scan.unitsFrom;
  const to = scan.unitsTo;
  const after = i + 1;
  const next =
    after < n
      ? CHAR_CLASS[after >= from && after < to ? units[after - from]! : text.charCodeAt(after)]!
      : BREAK;
  if (next === DIGIT || next === LATIN) {
    // `7.7`, `a.b`, `www.x`: nothing follows the stop that could end a sentence or join its run.
    updateToken(scan, text, i);
    return i + 1;
  }
  if (i < scan.imageEnd) return GENERAL;
  let end = i + 1;
  if (next === SPACE) end = endAfterSpace(text, i + 1);
  else if (next !== BREAK) return GENERAL;
  if (end < 0) return GENERAL;
  // Past format controls and marks (marks belong to a word only right after one of its letters).
  let p = i - 1;
  let c: number = SPACE;
  let last = 0;
  let marked = false;
  for (; p >= 0; p--) {
    last = p >= from && p < to ? units[p - from]! : text.charCodeAt(p);
    c = CHAR_CLASS[last]!;
    if (c === MARK) marked = true;
    else if (c !== FORMAT) break;
  }
  if (c !== ARABIC && c !== LATIN) {
    // After a number or a space (`2018 .`): the general path reads what is before.
    if (!marked && p >= 0 && (c === SPACE || c === DIGIT)) return GENERAL;
    updateToken(scan, text, i);
    endSentence(scan, text, end, end);
    return end;
  }
  // The word: letters of the script of its last letter (at p, read above: each code unit of the
  // word is read once, as the reads of a sliced string, which a 4 KB document cut from a longer
  // text is, cost about 20 instructions each), with marks and format controls.
  let first = last;
  let wordStart = p;
  let letters = 1;
  p--;
  while (p >= 0) {
    const code = p >= from && p < to ? units[p - from]! : text.charCodeAt(p);
    const k = CHAR_CLASS[code];
    if (k === c) {
      first = code;
      wordStart = p;
      letters++;
    } else if (k !== MARK && k !== FORMAT) break;
    p--;
  }
  if (letters < 2 || keysMayHold(scan.specialKeys, first, last, letters)) return GENERAL;
  // No space or line break stands in (p, i): the token is looked for from p back.
  updateTokenFrom(scan, text, i, p);
  // A dotted token (`نيسان/أبريل`, `Dipl.Ing`) is an abbreviation only if the set has its pair of
  // first and last letters. Its first letter is looked for here, not by a function of its own:
  // that one was run at too few stops to be inlined when this was compiled, became hot on its
  // own later and was compiled alone, while the calls on noisy text were timed.
  let letterAt = scan.tokenStart;
  for (; letterAt < wordStart; letterAt++) {
    const cls =
      CHAR_CLASS[
        letterAt >= from && letterAt < to ? units[letterAt - from]! : text.charCodeAt(letterAt)
      ];
    if (cls === ARABIC || cls === LATIN) break;
  }
  if (letterAt < wordStart && mayHold(scan.abbreviations!, text.charCodeAt(letterAt), last)) {
    return GENERAL;
  }
  endSentence(scan, text, end, end);
  return end;
}

/**
 * Where the sentence ends when the stop before the space at `j` ends it (see `sentenceEnd`), or
 * -1 when a terminator comes after the spaces (`. . .` is one run, for the general path).
 */
function endAfterSpace(text: string, j: number): number {
  const n = text.length;
  let k = j + 1;
  let c: number = SPACE;
  while (k < n) {
    c = CHAR_CLASS[text.charCodeAt(k)]!;
    if (c !== SPACE) break;
    k++;
  }
  if (k >= n) return j;
  if (c === DOT || c === STRONG || c === ELLIPSIS) return GENERAL;
  // Only punctuation that stays with the sentence, or a format control, moves its end.
  if (c === CLOSER || c === CLAUSE || c === QUOTE || c === FORMAT) return sentenceEnd(text, j);
  return j;
}
