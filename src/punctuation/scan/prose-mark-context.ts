import { unitBytes } from '../../core/unit-tables.js';
import { ARABIC, charClasses, DIGIT, LATIN, SPACE } from '../char-class.js';
import { QUOTE_NONE, quoteKind } from '../quotes.js';
import { CLAUSE, OPENER, ROLES, SPACE_CODE } from './roles.js';
import type { PunctuationScan } from './scan-state.js';

/**
 * Where a punctuation mark stands: beside Arabic prose, between digits, after code. These decide
 * whether a Latin `, ; ?` becomes Arabic and an Arabic one Latin.
 */

const CLASSES = charClasses();

/**
 * Characters of code and markup: after one of them (spaces and other marks between), a Latin
 * `, ; ?` is not prose punctuation (`*,?`, `(?<name>`, `[^,]`) and is never made Arabic.
 */
const CODE_SYMBOL = (() => {
  const t = unitBytes();
  // Not `%`: this stage may make it the Arabic percent sign, and `50%, ثم` is prose. Not `+`:
  // the visual-order repair moves it.
  for (const ch of '#$&*/<=>@\\^_`|~([{') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** How far back {@link afterCodeSymbol} looks over spaces and marks (a constant: linear time). */
const CODE_LOOK_BACK = 16;

/**
 * True when the character before `i`, over spaces and other clause marks, is a code symbol
 * (both are the same before and after this stage: it removes spaces and converts marks only).
 */
function afterCodeSymbol(s: PunctuationScan, i: number): boolean {
  const text = s.text;
  const stop = Math.max(s.lineStart, i - CODE_LOOK_BACK);
  for (let p = i - 1; p >= stop; p--) {
    const c = text.charCodeAt(p);
    if (c === SPACE_CODE || (ROLES[c]! & CLAUSE) !== 0) continue;
    return CODE_SYMBOL[c] === 1;
  }
  return false;
}

/** True when a Latin `, ; ?` at `i` stands beside Arabic words, as prose punctuation. */
export function besideArabic(s: PunctuationScan, i: number): boolean {
  if (afterCodeSymbol(s, i)) return false;
  if (s.prev === ARABIC) return true;
  if (s.prev === LATIN) return false;
  return arabicWordAfter(s.text, i + 1);
}

/** True when an Arabic letter starts at `j`, over spaces, opening brackets and quotes. */
function arabicWordAfter(text: string, j: number): boolean {
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (CLASSES[c] === SPACE || (ROLES[c]! & OPENER) !== 0 || quoteKind(c) !== QUOTE_NONE) j++;
    else break;
  }
  return j < n && CLASSES[text.charCodeAt(j)] === ARABIC;
}

/** True when the mark at `i` stands between two digits (`0،5`: one number, not two). */
export function betweenDigits(s: PunctuationScan, i: number): boolean {
  const text = s.text;
  return (
    i > 0 &&
    i + 1 < s.n &&
    CLASSES[text.charCodeAt(i - 1)] === DIGIT &&
    CLASSES[text.charCodeAt(i + 1)] === DIGIT
  );
}
