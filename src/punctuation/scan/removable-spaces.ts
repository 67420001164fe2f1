import { BREAK, charClasses, SPACE } from '../char-class.js';
import { SPACE_CODE } from './roles.js';
import type { PunctuationScan } from './scan-state.js';

const CLASSES = charClasses();

/** A space or a line break: spaces next to one are trimmed elsewhere, never here. */
const isSpaceClass = (k: number) => k === SPACE || k === BREAK;

/**
 * Start of the run of U+0020 before `i` that spacing repair may remove (not at a line start, not
 * after another space, not before an edit already made), or `i` to remove nothing.
 */
export function removableSpaceStart(s: PunctuationScan, i: number): number {
  if (!s.spacing) return i;
  const text = s.text;
  const lineStart = s.lineStart;
  let start = i;
  while (start > lineStart && text.charCodeAt(start - 1) === SPACE_CODE) start--;
  if (start === i || start === lineStart || start < s.editor.position) return i;
  return isSpaceClass(CLASSES[text.charCodeAt(start - 1)]!) ? i : start;
}

/**
 * End of the run of U+0020 after `i` that spacing repair may remove (not at the end of the text
 * or before another space or a line break), or `i` to remove nothing.
 */
export function removableSpaceEnd(s: PunctuationScan, i: number): number {
  if (!s.spacing) return i;
  const text = s.text;
  const n = s.n;
  let end = i;
  while (end < n && text.charCodeAt(end) === SPACE_CODE) end++;
  if (end === i || end === n || isSpaceClass(CLASSES[text.charCodeAt(end)]!)) return i;
  return end;
}
