import { ZWNJ } from './character-sets.js';

/** A letter or mark of any script: what a ZERO WIDTH NON-JOINER may stand between. */
const WORD_CHARACTER = /[\p{L}\p{M}]/u;

/** Whether the character ending just before `i` (a surrogate pair read whole) is a letter or mark. */
function wordCharacterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  let start = i - 1;
  const unit = text.charCodeAt(start);
  if (unit >= 0xdc00 && unit <= 0xdfff && start > 0) start--;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Whether the character starting at `i` is a letter or mark. */
function wordCharacterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Where the run of ZERO WIDTH NON-JOINERs starting at `i` ends. */
export function zwnjRunEnd(text: string, i: number): number {
  let end = i + 1;
  while (end < text.length && text.charCodeAt(end) === ZWNJ) end++;
  return end;
}

/**
 * Whether the run of ZERO WIDTH NON-JOINERs `text[start, end)` stands inside a word, between two
 * letters (or marks): only there does it do anything (it keeps them from joining: می‌خواهم). At
 * either end of a word, beside a space or at the ends of the text it is redundant (hazm removes
 * it too), and a run of several is one.
 */
export function zwnjRunInsideWord(text: string, start: number, end: number): boolean {
  return wordCharacterBefore(text, start) && wordCharacterAt(text, end);
}

/** Whether `zwnj: 'keep'` would still edit the ZERO WIDTH NON-JOINER at `i` (it is redundant). */
export function redundantZwnjAt(text: string, i: number): boolean {
  const end = zwnjRunEnd(text, i);
  return end - i > 1 || !zwnjRunInsideWord(text, i, end);
}
