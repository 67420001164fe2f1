import { Rule } from '../../core/rules.js';
import { ARABIC, charClasses, DIGIT, LATIN, MARK } from '../char-class.js';
import {
  AMBIGUOUS,
  QUOTE_DOUBLE,
  quoteOutput,
  quoteRole,
  ROLE_CLOSE,
  ROLE_OPEN,
} from '../quotes.js';
import { arabicOnBothSides } from './glued-to-arabic.js';
import { removableSpaceEnd, removableSpaceStart } from './removable-spaces.js';
import { CLAUSE, ROLES } from './roles.js';
import type { PunctuationScan } from './scan-state.js';
import { rejoinMarks } from './space-after-clause-mark.js';

/**
 * The rules for a quotation mark: its role read from its context (opening, closing, apostrophe),
 * its shape unified to the quote style, the spaces inside a quotation (`« داعش »`) removed and
 * the space outside one glued to an Arabic word (`قال«داعش»أو`) put back.
 */

const CLASSES = charClasses();

const isWordish = (k: number) => k === ARABIC || k === LATIN || k === DIGIT || k === MARK;

/** Handles the quote `c` (kind `quote`) at `i`; returns where the scan goes on. */
export function quoteMarkEnd(s: PunctuationScan, i: number, c: number, quote: number): number {
  const found = quoteRole(s.text, i, s.doubleOpen);
  const role = found & ~AMBIGUOUS;
  const double = quote === QUOTE_DOUBLE;
  // A quotation written with spaces inside (`« داعش »`): the spaces go, but only against a
  // word (or, before a closing quote, a mark), so that the role read again is the same.
  const spaced = double && (found & AMBIGUOUS) !== 0;
  const start = spaced && role === ROLE_CLOSE ? spacesInsideBefore(s, i) : i;
  const end = spaced && role === ROLE_OPEN ? spacesInsideAfter(s, i) : i + 1;
  // A double quote glued to the Arabic word outside it gets its space back there. Its role, not
  // its shape, says which side is outside: once the space is there, the next pass reads the same
  // role from it.
  const spacing = s.spacing && double;
  const spaceBefore = spacing && role === ROLE_OPEN && arabicOnBothSides(s, i, end);
  const spaceAfter = spacing && role === ROLE_CLOSE && arabicOnBothSides(s, start, i + 1);
  const editor = s.editor;
  if (start !== i) editor.remove(start, i, Rule.PunctSpace);
  if (spaceBefore) editor.replace(i, i, ' ', Rule.PunctSpace);
  const out = quoteOutput(c, role, s.options.quotes);
  if (out !== undefined && (out.length !== 1 || out.charCodeAt(0) !== c)) {
    editor.replace(i, i + 1, out, Rule.Quote);
  }
  if (spaceAfter) editor.replace(i + 1, i + 1, ' ', Rule.PunctSpace);
  if (end !== i + 1) editor.remove(i + 1, end, Rule.PunctSpace);
  if (double) {
    if (role === ROLE_OPEN) s.doubleOpen = true;
    else if (role === ROLE_CLOSE) s.doubleOpen = false;
  }
  if (role !== ROLE_CLOSE || spaceAfter) s.pendingMark = -1;
  else rejoinMarks(s, start, i, end);
  return end;
}

/** End of the spaces after the opening quote at `i` that go (a word follows them), or `i + 1`. */
function spacesInsideAfter(s: PunctuationScan, i: number): number {
  const end = removableSpaceEnd(s, i + 1);
  if (end >= s.n || !isWordish(CLASSES[s.text.charCodeAt(end)]!)) return i + 1;
  return end;
}

/**
 * Start of the spaces before the closing quote at `i` that go (a word or a clause mark precedes
 * them), or `i`.
 */
function spacesInsideBefore(s: PunctuationScan, i: number): number {
  const start = removableSpaceStart(s, i);
  if (start === i) return i;
  const p = s.text.charCodeAt(start - 1);
  return isWordish(CLASSES[p]!) || (ROLES[p]! & CLAUSE) !== 0 ? start : i;
}
