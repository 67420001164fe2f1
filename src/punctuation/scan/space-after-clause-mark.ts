import { Rule } from '../../core/rules.js';
import { ARABIC, charClasses, DIGIT, LATIN } from '../char-class.js';
import { CLAUSE, FULL_STOP, ROLES, SPACE_CODE } from './roles.js';
import type { PunctuationScan } from './scan-state.js';

/**
 * The rule that puts one space after a clause or sentence mark glued to the next word
 * (`قال،ثم` → `قال، ثم`). A mark leaves itself pending in `s.pendingMark`; the next word decides.
 */

const CLASSES = charClasses();

/** A word of class `next` starts at `i`: put one space before it if a clause mark precedes it. */
export function wordStarts(s: PunctuationScan, i: number, next: number): void {
  const mark = s.pendingMark;
  if (mark < 0) return;
  s.pendingMark = -1;
  if (s.spacing && spaceBeforeWord(s, i, next, mark)) {
    s.editor.replace(i, i, ' ', Rule.PunctSpace);
  }
}

/** Whether the word of class `next` at `i`, after the pending `mark`, gets a space before it. */
function spaceBeforeWord(s: PunctuationScan, i: number, next: number, mark: number): boolean {
  const before = s.markPrev;
  if (next === ARABIC) return before === ARABIC || before === LATIN || before === DIGIT;
  if (next === LATIN) return before === ARABIC;
  if (next === DIGIT) return before === ARABIC && mark !== FULL_STOP && !digitBeforeMarks(s, i);
  return false;
}

/**
 * True when the marks that end at `i` follow a digit, directly or across the spaces kept before
 * them (`٧،٨`, `v2.5 ,4`): a space put after them would change what the next pass reads there (a
 * mark between digits, a space that joins two numbers), so none is put.
 */
function digitBeforeMarks(s: PunctuationScan, i: number): boolean {
  const text = s.text;
  const lineStart = s.lineStart;
  let p = i - 1;
  while (p >= lineStart && (ROLES[text.charCodeAt(p)]! & CLAUSE) !== 0) p--;
  while (p >= lineStart && text.charCodeAt(p) === SPACE_CODE) p--;
  return p >= lineStart && CLASSES[text.charCodeAt(p)] === DIGIT;
}

/**
 * A closer ends at `end`, after spaces `[start, i)` were removed before it: a mark right before
 * those spaces is pending again, and the pending mark now ends at `end` (`قال ، » ثم`).
 */
export function rejoinMarks(s: PunctuationScan, start: number, i: number, end: number): void {
  if (start !== i && start === s.markEnd) {
    s.pendingMark = s.savedMark;
    s.markPrev = s.savedMarkPrev;
  }
  if (s.pendingMark >= 0) {
    s.markEnd = end;
    s.savedMark = s.pendingMark;
    s.savedMarkPrev = s.markPrev;
  }
}
