import { ARABIC, charClasses, MARK } from '../char-class.js';
import { TATWEEL } from './roles.js';
import type { PunctuationScan } from './scan-state.js';

const CLASSES = charClasses();

/**
 * True when an Arabic word of two letters or more ends at `end` (a letter other than tatweel, or
 * a mark, before it) and an Arabic letter starts at `start`: the bracket or quote between them
 * (with the spaces inside it that go) is glued to a word of Arabic prose. A one-letter word is
 * a proclitic (`و«`, `ب(`) and a tatweel keeps a prefix a prefix (`لـ«`): they stay glued.
 */
export function arabicOnBothSides(s: PunctuationScan, end: number, start: number): boolean {
  const text = s.text;
  const lineStart = s.lineStart;
  if (start >= s.n || CLASSES[text.charCodeAt(start)] !== ARABIC || end <= lineStart) return false;
  let p = end - 1;
  while (p >= lineStart && CLASSES[text.charCodeAt(p)] === MARK) p--;
  if (p < lineStart || CLASSES[text.charCodeAt(p)] !== ARABIC || text.charCodeAt(p) === TATWEEL) {
    return false;
  }
  p--;
  while (p >= lineStart && CLASSES[text.charCodeAt(p)] === MARK) p--;
  return p >= lineStart && CLASSES[text.charCodeAt(p)] === ARABIC;
}
