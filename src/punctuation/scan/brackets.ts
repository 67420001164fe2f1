import { Rule } from '../../core/rules.js';
import { arabicOnBothSides } from './glued-to-arabic.js';
import { removableSpaceEnd, removableSpaceStart } from './removable-spaces.js';
import { LEFT_PARENTHESIS, RIGHT_SQUARE_BRACKET } from './roles.js';
import type { PunctuationScan } from './scan-state.js';
import { rejoinMarks } from './space-after-clause-mark.js';

/**
 * The rules for brackets: no space inside them (`( نص )` → `(نص)`), and a bracket glued to the
 * Arabic word outside it, with the space on the wrong side, gets its space back outside.
 */

/** Handles the opening bracket `c` at `i`; returns where the scan goes on. */
export function openingBracketEnd(s: PunctuationScan, i: number, c: number): number {
  s.pendingMark = -1;
  // `](` that is not a Markdown target (it has a space): left as it is, so that it does not
  // become one when normalised again.
  const markdown =
    c === LEFT_PARENTHESIS && i > 0 && s.text.charCodeAt(i - 1) === RIGHT_SQUARE_BRACKET;
  const end = markdown ? i + 1 : removableSpaceEnd(s, i + 1);
  if (end <= i + 1) return i + 1;
  // `نصوص( بين` → `نصوص (بين`. Glued on both sides it may be a suffix (`الملف(ات)`), and stays.
  if (s.spacing && arabicOnBothSides(s, i, end)) s.editor.replace(i, i, ' ', Rule.PunctSpace);
  s.editor.remove(i + 1, end, Rule.PunctSpace);
  return end;
}

/** Handles the closing bracket at `i`; returns where the scan goes on. */
export function closingBracketEnd(s: PunctuationScan, i: number): number {
  const start = removableSpaceStart(s, i);
  if (start !== i) s.editor.remove(start, i, Rule.PunctSpace);
  // `أقواس )أو` → `أقواس) أو`.
  if (s.spacing && start < i && arabicOnBothSides(s, start, i + 1)) {
    s.editor.replace(i + 1, i + 1, ' ', Rule.PunctSpace);
    s.pendingMark = -1;
  } else {
    rejoinMarks(s, start, i, i + 1);
  }
  return i + 1;
}
