import { ARABIC_LETTERS } from '../chars/sets.js';
import { Rule } from '../core/rules.js';
import type { EditRecorder } from '../core/text-editor.js';
import { TextEditor } from '../core/text-editor.js';
import { unitBytes } from '../core/unit-tables.js';
import { combiningClass } from '../unicode/canonical.js';
import { KEPT_TRIPLE, LAUGHTER, LAUGHTER_LETTER } from './elongation-letters.js';

/** 1 for Arabic-script letters: what a run of elongation is made of. */
const IS_LETTER = unitBytes();
for (const [first, last] of ARABIC_LETTERS) IS_LETTER.fill(1, first, last + 1);

/** Which triples stay, as bits of {@link KEPT_TRIPLE_WHERE}. */
const ANYWHERE = 1;
const WORD_START = 2;
const WORD_END = 4;
const KEPT_TRIPLE_WHERE = unitBytes();
for (const [letter, where] of KEPT_TRIPLE) {
  KEPT_TRIPLE_WHERE[letter] =
    where === 'anywhere' ? ANYWHERE : where === 'word-start' ? WORD_START : WORD_END;
}

/** The one-letter proclitics (WAW, FEH) that may stand before a kept triple at a word start. */
const isProclitic = (unit: number) => unit === 0x0648 || unit === 0x0641;

/** A code unit that is part of an Arabic word: a letter or a combining mark. */
const inWord = (unit: number) => IS_LETTER[unit] === 1 || combiningClass(unit) !== 0;

const isSpace = (unit: number) =>
  unit === 0x20 || unit === 0x0a || unit === 0x09 || unit === 0x0d || unit === 0xa0;

/**
 * Characters that make a token an address, a path or code rather than prose (`name@host`,
 * `a/b`, `a\b`, `a_b`, `?a=b&c`, `a:b`): an Arabic word inside such a token is a name and is
 * left as written. A FULL STOP counts only when a character other than punctuation follows it
 * (`ملف.pdf`, not a sentence end).
 */
const isAddressSign = (unit: number) =>
  unit === 0x40 || // @
  unit === 0x2f || // /
  unit === 0x5c || // \
  unit === 0x5f || // _
  unit === 0x3d || // =
  unit === 0x26 || // &
  unit === 0x3a || // :
  unit === 0x23; // #

const isSentencePunctuation = (unit: number) =>
  unit === 0x2e || // .
  unit === 0x21 || // !
  unit === 0x3f || // ?
  unit === 0x2c || // ,
  unit === 0x061f || // ARABIC QUESTION MARK
  unit === 0x060c || // ARABIC COMMA
  unit === 0x061b || // ARABIC SEMICOLON
  unit === 0x2026; // HORIZONTAL ELLIPSIS

/** Whether a code unit can make a run of elongation: an Arabic letter. */
export function isElongationLetter(unit: number): boolean {
  return IS_LETTER[unit] === 1;
}

/**
 * Where a run of three equal code units may start, at or after `from` (which no such run may
 * straddle): a position `p >= from` such that no run of three starts in `[from, p)`, or -1 when
 * no run starts at or after `from`. Reads two code units in three: a run starting at p lies in
 * `[a - 1, a + 3]` for the `a = from + 1 + 3m` with `a - 1 <= p <= a + 1`, so it makes
 * `text[a] === text[a + 1]` (p = a - 1 or a) or `text[a + 1] === text[a + 3]` (p = a + 1); the
 * scan returns `a - 1` at the first `a` where either holds.
 */
function nextCandidate(text: string, from: number): number {
  const length = text.length;
  let a = from + 1;
  if (a + 1 < length) {
    let left = text.charCodeAt(a);
    do {
      const middle = text.charCodeAt(a + 1);
      // Past the end (the last units: no run starts at a + 1), -1 matches no unit, and the test
      // is text[a] === text[a + 1]. The end is read by the loop's own code, which has type
      // feedback when the loop is optimised: a separate test there, run once per text, threw the
      // optimised code away (cold start, docs/architecture.md).
      const right = a + 3 < length ? text.charCodeAt(a + 3) : -1;
      if (middle === left || middle === right) return a - 1;
      left = right;
      a += 3;
    } while (a + 1 < length);
  }
  return -1;
}

/**
 * Where the run of three or more equal letters starting in `[from, from + 3)` starts (no run
 * starts before `from` that is not behind it), or -1.
 */
function runStartNear(text: string, from: number): number {
  const last = Math.min(from + 2, text.length - 3);
  for (let p = from; p <= last; p++) if (runOfThreeAt(text, p)) return p;
  return -1;
}

/** Whether three equal letters start at `p`. */
function runOfThreeAt(text: string, p: number): boolean {
  const unit = text.charCodeAt(p);
  return (
    IS_LETTER[unit] === 1 && text.charCodeAt(p + 1) === unit && text.charCodeAt(p + 2) === unit
  );
}

/**
 * Whether `text` has a run of elongation: three consecutive equal code units that are Arabic
 * letters ({@link isElongationLetter}). When it has none, `reduceElongation(text)` is `text`
 * itself (a run it finds may still be kept: a real word, an address). The whole pipeline's gate
 * reads the same in its own scan, and test/fast holds it to this; reads two code units in three.
 */
export function hasElongationRun(text: string): boolean {
  for (let i = nextCandidate(text, 0); i >= 0; i = nextCandidate(text, i + 3)) {
    if (runStartNear(text, i) >= 0) return true;
  }
  return false;
}

/**
 * Whether a run of elongation ({@link hasElongationRun}) starts in `text[from, to)`: for a
 * caller that reads the rest of the text its own way (the whole pipeline's gate).
 */
export function hasElongationRunIn(text: string, from: number, to: number): boolean {
  const last = Math.min(to, text.length - 2);
  for (let p = Math.max(from, 0); p < last; p++) if (runOfThreeAt(text, p)) return true;
  return false;
}

/**
 * {@link hasElongationRunIn} on code units: whether a run of elongation starts in `[from, to)` of
 * `units[0, end)` (for a caller that reads the rest of the buffer its own way, stage 3's gate).
 */
export function hasElongationRunInUnitsBetween(
  units: Uint16Array,
  from: number,
  to: number,
  end: number,
): boolean {
  const last = Math.min(to, end - 2);
  for (let p = Math.max(from, 0); p < last; p++) {
    const unit = units[p]!;
    if (IS_LETTER[unit] === 1 && units[p + 1] === unit && units[p + 2] === unit) return true;
  }
  return false;
}

/** A view of the buffer as 32-bit words read by {@link hasElongationRunInUnits}, and that buffer. */
let pairs: Int32Array<ArrayBufferLike> = new Int32Array(0);
let pairsOf: Uint16Array | undefined;

/**
 * {@link hasElongationRun} on the code units `units[0, end)` (the fused pass's output buffer, whose
 * byte offset is 0): reads them two at a time, as 32-bit words. A run of three starting at `p`
 * holds the aligned pair `(p, p + 1)` when `p` is even and `(p + 1, p + 2)` when it is odd, so
 * every run makes some word's two halves equal (in either byte order); only there are the units
 * around it read. A differential test holds it equal to {@link hasElongationRun}. The whole
 * buffer read by {@link hasElongationRunInUnitsOver}, whose loop it is (`normalize` asks that one
 * for the lines stage 3's gate did not read, `unitsHaveElongationRun`).
 */
export function hasElongationRunInUnits(units: Uint16Array, end: number): boolean {
  return hasElongationRunInUnitsOver(units, 0, end, end);
}

/**
 * {@link hasElongationRunInUnits} over the words that hold a unit of `[from, to)` only: whether
 * a run of elongation of `units[0, end)` has two of its units in one of those words (read as
 * there). Every run that lies inside `[from, to)` is found (it holds an aligned pair there), and
 * every run found is one of `units[0, end)`: for a caller that knows the runs elsewhere (stage 3,
 * after its gate read part of the text, `unitsHaveElongationRun`).
 */
export function hasElongationRunInUnitsOver(
  units: Uint16Array,
  from: number,
  to: number,
  end: number,
): boolean {
  const words = unitPairs(units);
  const last = Math.min((to + 1) >> 1, end >> 1);
  for (let k = from >> 1; k < last; k++) {
    const word = words[k]!;
    // Signed words and a XOR of the halves: integer operations only (no unsigned 32-bit values).
    if (((word ^ (word >> 16)) & 0xffff) === 0 && pairRunsOn(units, 2 * k, end)) return true;
  }
  return false;
}

/**
 * `units` (whose byte offset is a multiple of 4) read as 32-bit words, each the pair of code units
 * `units[2k, 2k + 2)` in the engine's byte order (a view kept for the last buffer asked for).
 */
export function unitPairs(units: Uint16Array): Int32Array<ArrayBufferLike> {
  if (pairsOf !== units) {
    pairs = new Int32Array(units.buffer, units.byteOffset, units.length >> 1);
    pairsOf = units;
  }
  return pairs;
}

/** Whether the equal pair at `units[p, p + 2)` is part of a run of three equal letters in `[0, end)`. */
export function pairRunsOn(units: Uint16Array, p: number, end: number): boolean {
  const unit = units[p]!;
  if (IS_LETTER[unit] !== 1) return false;
  return (p > 0 && units[p - 1] === unit) || (p + 2 < end && units[p + 2] === unit);
}

/**
 * {@link pairRunsOn} in a string: whether the equal pair at `text[p, p + 2)` is part of a run of
 * three equal letters.
 */
export function pairRunsOnText(text: string, p: number): boolean {
  const unit = text.charCodeAt(p);
  if (IS_LETTER[unit] !== 1) return false;
  return (
    (p > 0 && text.charCodeAt(p - 1) === unit) ||
    (p + 2 < text.length && text.charCodeAt(p + 2) === unit)
  );
}

/** The token (run of non-space characters) last checked for address signs, and its verdict. */
let tokenEnd = -1;
let tokenIsAddress = false;

/**
 * Reduces elongation written by repeating a letter (`كتيييير` → `كتير`): in written Arabic the
 * same letter never stands three or more times in a row except in the few
 * kinds of real words listed in {@link KEPT_TRIPLE}, so a longer run is emphasis and becomes one
 * letter. A word of HEH alone (`ههههه`, laughter) becomes `هه`, the way people write a laugh.
 * Runs with a mark between their letters are left (a vowelled word is written with care), and so
 * are words inside an address, path or code token. Runs only shrink and never form again, so the
 * pass is idempotent. Text without a run ({@link hasElongationRun}) is returned after a scan that
 * reads two code units in three.
 */
export function reduceElongation(text: string, recorder?: EditRecorder): string {
  let i = nextCandidate(text, 0);
  if (i < 0) return text;
  const length = text.length;
  let editor: TextEditor | undefined;
  tokenEnd = -1;
  tokenIsAddress = false;
  for (; i >= 0; i = nextCandidate(text, i)) {
    const start = runStartNear(text, i);
    if (start < 0) {
      // No run starts in [i, i + 3): the scan goes on after them.
      i += 3;
      continue;
    }
    const unit = text.charCodeAt(start);
    let end = start + 3;
    while (end < length && text.charCodeAt(end) === unit) end++;
    i = end;
    if (keptRun(text, unit, start, end)) continue;
    editor ??= new TextEditor(text, recorder);
    const laughter =
      unit === LAUGHTER_LETTER &&
      (start === 0 || !inWord(text.charCodeAt(start - 1))) &&
      (end === length || !inWord(text.charCodeAt(end)));
    editor.replace(start, end, laughter ? LAUGHTER : String.fromCharCode(unit), Rule.Elongation);
  }
  return editor ? editor.finish() : text;
}

/** Whether the run of `unit` at `text[start, end)` stays: a real word, or inside an address token. */
function keptRun(text: string, unit: number, start: number, end: number): boolean {
  const length = text.length;
  const wordStart = start === 0 || !inWord(text.charCodeAt(start - 1));
  const wordEnd = end === length || !inWord(text.charCodeAt(end));
  if (end - start === 3 && keptTriple(text, unit, start, wordStart, wordEnd)) return true;
  if (start >= tokenEnd) {
    // A new token: find its bounds and look for address signs once (linear overall).
    let k = start;
    while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--;
    tokenEnd = end;
    while (tokenEnd < length && !isSpace(text.charCodeAt(tokenEnd))) tokenEnd++;
    tokenIsAddress = isAddressToken(text, k, tokenEnd);
  }
  return tokenIsAddress;
}

/** Whether `text[start, end)`, a token without spaces, holds an address sign. */
function isAddressToken(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const unit = text.charCodeAt(k);
    if (isAddressSign(unit)) return true;
    if (unit === 0x2e && k + 1 < end && !isSentencePunctuation(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

/** Whether a run of exactly three `letter`s at `start` may be a real word (see {@link KEPT_TRIPLE}). */
function keptTriple(
  text: string,
  letter: number,
  start: number,
  wordStart: boolean,
  wordEnd: boolean,
): boolean {
  const where = KEPT_TRIPLE_WHERE[letter]!;
  if (where === ANYWHERE) return true;
  if (where === WORD_END) return wordEnd;
  if (where === WORD_START) {
    // At the start of the word, or after one proclitic that starts it.
    return (
      wordStart ||
      (start >= 1 &&
        isProclitic(text.charCodeAt(start - 1)) &&
        (start === 1 || !inWord(text.charCodeAt(start - 2))))
    );
  }
  return false;
}
