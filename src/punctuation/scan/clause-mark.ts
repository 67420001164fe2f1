import { Rule } from '../../core/rules.js';
import { ARABIC, charClasses, DIGIT, LATIN } from '../char-class.js';
import { besideArabic, betweenDigits } from './prose-mark-context.js';
import { removableSpaceStart } from './removable-spaces.js';
import {
  COLON,
  FULL_STOP,
  QUESTION_MARK,
  SENTENCE,
  SPACE_CODE,
  TO_ARABIC,
  TO_LATIN,
} from './roles.js';
import type { PunctuationScan } from './scan-state.js';
import { dropStrayCommas } from './stray-comma.js';

/**
 * The rules for a clause or sentence mark (`، ؛ ؟ , ; ? . : !`): converted to the punctuation
 * style, the spaces before it removed, left pending so that the next word gets a space after it,
 * stray commas after a sentence end dropped.
 */

const CLASSES = charClasses();

const isLatinOrDigit = (k: number) => k === LATIN || k === DIGIT;

/** Handles the mark `c` (roles `role`) at `i`; returns where the scan goes on. */
export function clauseMarkEnd(s: PunctuationScan, i: number, c: number, role: number): number {
  const out = markInStyle(s, i, c);
  const start = spaceBeforeMarkStart(s, i, c, out);
  if (start !== i) s.editor.remove(start, i, Rule.PunctSpace);
  if (out !== c) s.editor.replace(i, i + 1, String.fromCharCode(out), Rule.Punctuation);
  if (s.pendingMark < 0) s.markPrev = s.prev;
  s.pendingMark = out;
  let end = i + 1;
  if (s.spacing && (role & SENTENCE) !== 0 && s.markPrev === ARABIC) end = dropStrayCommas(s, end);
  s.markEnd = end;
  s.savedMark = s.pendingMark;
  s.savedMarkPrev = s.markPrev;
  return end;
}

/** The mark `c` at `i` in the punctuation style of the options (the rule that converts it). */
function markInStyle(s: PunctuationScan, i: number, c: number): number {
  const style = s.options.punctuation;
  if (style === 'arabic') {
    if (TO_ARABIC[c] !== 0 && besideArabic(s, i)) return TO_ARABIC[c]!;
  } else if (style === 'latin') {
    // `0،5` stays: a Latin comma there would make one number of two.
    if (TO_LATIN[c] !== 0 && !betweenDigits(s, i)) return TO_LATIN[c]!;
  }
  return c;
}

/**
 * Start of the spaces before the mark `c` (written `out`) at `i` that go, or `i`. Before a digit,
 * a full stop may start a decimal (`.5`), and any mark after a digit and a space keeps that space:
 * removing it would join two numbers (`2018 ,5`).
 */
function spaceBeforeMarkStart(s: PunctuationScan, i: number, c: number, out: number): number {
  const text = s.text;
  const next = i + 1 < s.n ? text.charCodeAt(i + 1) : -1;
  const digitNext = next >= 0 && CLASSES[next] === DIGIT;
  if (digitNext && c === FULL_STOP) return i;
  const start = removableSpaceStart(s, i);
  if (start === i) return i;
  const before = CLASSES[text.charCodeAt(start - 1)]!;
  if (digitNext && before === DIGIT) return i;
  if (
    (out === QUESTION_MARK || out === COLON) &&
    next === SPACE_CODE &&
    isLatinOrDigit(before) &&
    latinOrDigitAfterSpaces(s, i + 1)
  ) {
    return i;
  }
  return start;
}

/**
 * True when a Latin letter or digit follows the spaces from `j`: a `?` or `:` standing between
 * spaces among Latin words or numbers is code or maths (`x ? y : z`), not prose, and keeps them.
 */
function latinOrDigitAfterSpaces(s: PunctuationScan, j: number): boolean {
  const text = s.text;
  const n = s.n;
  while (j < n && text.charCodeAt(j) === SPACE_CODE) j++;
  return j < n && isLatinOrDigit(CLASSES[text.charCodeAt(j)]!);
}
