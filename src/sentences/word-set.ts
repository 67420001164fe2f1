import { CHAR_CLASS, CharClass } from './character-classes.js';

/** A set of words with the facts that let a scan skip most look-ups. */
export interface WordSet {
  readonly words: ReadonlySet<string>;
  /** Length of the longest entry, to skip lookups that cannot match. */
  readonly longest: number;
  /**
   * One bit per pair of (low bytes of) first and last code units of an entry: a word whose pair
   * has no bit cannot be in the set, and is not sliced out to be looked up.
   */
  readonly ends: Uint32Array;
}

const endsKey = (first: number, last: number) => ((first & 0xff) << 8) | (last & 0xff);

export function wordSet(words: Iterable<string>): WordSet {
  const list = [...words];
  const ends = new Uint32Array(2048);
  for (const word of list) {
    if (word === '') continue;
    const key = endsKey(word.charCodeAt(0), word.charCodeAt(word.length - 1));
    ends[key >>> 5]! |= 1 << (key & 31);
  }
  return {
    words: new Set(list),
    longest: list.reduce((max, word) => Math.max(max, word.length), 0),
    ends,
  };
}

/** The set may hold a word that starts with `first` and ends with `last`. */
export function mayHold(set: WordSet, first: number, last: number): boolean {
  const key = endsKey(first, last);
  return (set.ends[key >>> 5]! & (1 << (key & 31))) !== 0;
}

const SPACE = CharClass.Space;
const BREAK = CharClass.LineBreak;
const ARABIC = CharClass.ArabicLetter;
const LATIN = CharClass.LatinLetter;
const MARK = CharClass.Mark;
const FORMAT = CharClass.Format;

/**
 * The first word at or after `k` (after spaces, line breaks and format controls): its letters,
 * without marks, tatweel or format controls, or `''` when no letter comes first or the word is
 * longer than `limit` letters. Reads at most the white space and `limit + 1` letters.
 */
export function nextWord(text: string, k: number, limit: number): string {
  const n = text.length;
  let p = k;
  while (p < n) {
    const cls = CHAR_CLASS[text.charCodeAt(p)];
    if (cls !== SPACE && cls !== FORMAT && cls !== BREAK) break;
    p++;
  }
  let word = '';
  let letters = 0;
  while (p < n) {
    const cls = CHAR_CLASS[text.charCodeAt(p)];
    if (cls === ARABIC || cls === LATIN) {
      if (++letters > limit) return '';
      word += text[p];
    } else if (cls !== MARK && cls !== FORMAT) break;
    p++;
  }
  return word;
}

/** Index just after the first word at or after `k` (as {@link nextWord} reads it), or -1. */
export function nextWordEnd(text: string, k: number, limit: number): number {
  const n = text.length;
  let p = k;
  while (p < n) {
    const cls = CHAR_CLASS[text.charCodeAt(p)];
    if (cls !== SPACE && cls !== FORMAT && cls !== BREAK) break;
    p++;
  }
  let letters = 0;
  while (p < n) {
    const cls = CHAR_CLASS[text.charCodeAt(p)];
    if (cls === ARABIC || cls === LATIN) {
      if (++letters > limit) return -1;
    } else if (cls !== MARK && cls !== FORMAT) break;
    p++;
  }
  return letters > 0 ? p : -1;
}
