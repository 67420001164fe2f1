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

/**
 * Reduces elongation written by repeating a letter (`كتيييير` → `كتير`): in written Arabic the
 * same letter never stands three or more times in a row except in the few
 * kinds of real words listed in {@link KEPT_TRIPLE}, so a longer run is emphasis and becomes one
 * letter. A word of HEH alone (`ههههه`, laughter) becomes `هه`, the way people write a laugh.
 * Runs with a mark between their letters are left (a vowelled word is written with care), and so
 * are words inside an address, path or code token. Runs only shrink and never form again, so the
 * pass is idempotent.
 */
export function reduceElongation(text: string, recorder?: EditRecorder): string {
  const length = text.length;
  let editor: TextEditor | undefined;
  // The token (run of non-space characters) last checked for address signs, and its verdict.
  let tokenEnd = -1;
  let tokenIsAddress = false;
  let i = 0;
  while (i < length - 2) {
    const middle = text.charCodeAt(i + 1);
    // A run of three that starts at i or at i + 1 has the same letter at i + 1 and i + 2.
    if (text.charCodeAt(i + 2) !== middle) {
      i += 2;
      continue;
    }
    const unit = text.charCodeAt(i);
    if (IS_LETTER[unit] === 0 || middle !== unit) {
      i++;
      continue;
    }
    let end = i + 3;
    while (end < length && text.charCodeAt(end) === unit) end++;
    const start = i;
    i = end;
    const wordStart = start === 0 || !inWord(text.charCodeAt(start - 1));
    const wordEnd = end === length || !inWord(text.charCodeAt(end));
    let keep = end - start === 3 && keptTriple(text, unit, start, wordStart, wordEnd);
    if (!keep) {
      if (start >= tokenEnd) {
        // A new token: find its bounds and look for address signs once (linear overall).
        let k = start;
        while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--;
        tokenEnd = end;
        while (tokenEnd < length && !isSpace(text.charCodeAt(tokenEnd))) tokenEnd++;
        tokenIsAddress = isAddressToken(text, k, tokenEnd);
      }
      keep = tokenIsAddress;
    }
    if (keep) continue;
    editor ??= new TextEditor(text, recorder);
    const laughter = unit === LAUGHTER_LETTER && wordStart && wordEnd;
    editor.replace(start, end, laughter ? LAUGHTER : String.fromCharCode(unit), Rule.Elongation);
  }
  return editor ? editor.finish() : text;
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
