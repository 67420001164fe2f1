import { ALEF_MAKSURA, FARSI_TO_ARABIC, FARSI_YEH } from '../letters/farsi-letter-table.js';
import {
  ARABIC,
  BREAK,
  CHAR_CLASS,
  CLAUSE,
  FORMAT,
  LATIN,
  MARK,
  SPACE,
} from './character-classes.js';

/**
 * Letters of the Arabic block compared as another (U+0600..U+06FF, indexed by the low byte): the
 * Persian-keyboard look-alikes as their Arabic letters (`ھذا` is `هذا`, as stage 2 writes it), and
 * ALEF MAKSURA and FARSI YEH as YEH, since a word-final yeh is spelled all three ways.
 */
const FOLD_ARABIC: Uint16Array = /* @__PURE__ */ (() => {
  const table = new Uint16Array(0x100);
  for (let k = 0; k < 0x100; k++) table[k] = 0x0600 + k;
  for (const [from, to] of FARSI_TO_ARABIC) {
    if (to.length === 1) table[from - 0x0600] = to.charCodeAt(0);
  }
  table[FARSI_YEH - 0x0600] = 0x064a;
  table[ALEF_MAKSURA - 0x0600] = 0x064a;
  return table;
})();

/** `code` as words are compared (see {@link FOLD_ARABIC}). */
export const foldLetter = (code: number) =>
  code >= 0x0600 && code <= 0x06ff ? FOLD_ARABIC[code - 0x0600]! : code;

/** `word` with every letter folded by {@link foldLetter}. */
export function foldWord(word: string): string {
  let k = 0;
  // Most words have no letter to fold: they are returned as they are, without a copy.
  while (k < word.length && foldLetter(word.charCodeAt(k)) === word.charCodeAt(k)) k++;
  if (k === word.length) return word;
  let folded = word.slice(0, k);
  for (; k < word.length; k++) folded += String.fromCharCode(foldLetter(word.charCodeAt(k)));
  return folded;
}

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

/** The set of `words`, compared after {@link foldWord}. */
export function wordSet(words: Iterable<string>): WordSet {
  return fillWordSet(emptyWordSet(), words);
}

/** A set with no word yet, for {@link fillWordSet} (the splitter's own sets are filled at its first call). */
export function emptyWordSet(): WordSet {
  return { words: new Set<string>(), longest: 0, ends: new Uint32Array(2048) };
}

/** Adds `words` to `set` (made by {@link emptyWordSet}), compared after {@link foldWord}; returns it. */
export function fillWordSet(set: WordSet, words: Iterable<string>): WordSet {
  const filled = set as { words: Set<string>; longest: number; ends: Uint32Array };
  for (const entry of words) {
    const word = foldWord(entry);
    filled.words.add(word);
    filled.longest = Math.max(filled.longest, word.length);
    if (word === '') continue;
    const key = endsKey(word.charCodeAt(0), word.charCodeAt(word.length - 1));
    filled.ends[key >>> 5]! |= 1 << (key & 31);
  }
  return set;
}

/** The set may hold a word that starts with `first` and ends with `last` (before folding). */
export function mayHold(set: WordSet, first: number, last: number): boolean {
  // foldLetter written out: this runs at most full stops, and is compiled during the first call.
  const f = first >= 0x0600 && first <= 0x06ff ? FOLD_ARABIC[first - 0x0600]! : first;
  const l = last >= 0x0600 && last <= 0x06ff ? FOLD_ARABIC[last - 0x0600]! : last;
  const key = ((f & 0xff) << 8) | (l & 0xff); // endsKey(f, l), written out as foldLetter is
  return (set.ends[key >>> 5]! & (1 << (key & 31))) !== 0;
}

/** A 16-bit hash of a word's first and last code units (folded) and of its length. */
const lengthKey = (first: number, last: number, length: number) =>
  (endsKey(first, last) + length * 0x9e5) & 0xffff;

/**
 * One bit per {@link lengthKey} of the words of every set in `sets`, set in `keys` (a new array
 * unless given), which is returned: a word whose key has no bit is in none of them. Sharper than {@link WordSet.ends} for Arabic, where many words share their first
 * and last letters with a short entry (`الآن` and `ان`).
 */
export function wordKeys(
  sets: readonly WordSet[],
  keys: Uint32Array = new Uint32Array(2048),
): Uint32Array {
  for (const set of sets) {
    for (const word of set.words) {
      if (word === '') continue;
      const key = lengthKey(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
      keys[key >>> 5]! |= 1 << (key & 31);
    }
  }
  return keys;
}

/**
 * `keys` (of {@link wordKeys}) may hold a word of `length` letters that starts with `first` and
 * ends with `last` (before folding).
 */
export function keysMayHold(keys: Uint32Array, first: number, last: number, length: number) {
  // foldLetter and lengthKey written out, as in mayHold.
  const f = first >= 0x0600 && first <= 0x06ff ? FOLD_ARABIC[first - 0x0600]! : first;
  const l = last >= 0x0600 && last <= 0x06ff ? FOLD_ARABIC[last - 0x0600]! : last;
  const key = ((((f & 0xff) << 8) | (l & 0xff)) + length * 0x9e5) & 0xffff;
  return (keys[key >>> 5]! & (1 << (key & 31))) !== 0;
}

/** Index of the first code unit at or after `k` that is not a space, line break, format control or stray comma. */
function gapEnd(text: string, k: number): number {
  const n = text.length;
  let p = k;
  while (p < n) {
    const cls = CHAR_CLASS[text.charCodeAt(p)];
    if (cls !== SPACE && cls !== FORMAT && cls !== BREAK && cls !== CLAUSE) break;
    p++;
  }
  return p;
}

/**
 * The first word at or after `k` (after spaces, line breaks, format controls and a stray comma):
 * its letters, folded, without marks, tatweel or format controls, or `''` when no letter comes
 * first or the word is longer than `limit` letters. Reads at most the white space and `limit + 1`
 * letters.
 */
export function nextWord(text: string, k: number, limit: number): string {
  const n = text.length;
  let p = gapEnd(text, k);
  let word = '';
  let letters = 0;
  while (p < n) {
    const cls = CHAR_CLASS[text.charCodeAt(p)];
    if (cls === ARABIC || cls === LATIN) {
      if (++letters > limit) return '';
      word += String.fromCharCode(foldLetter(text.charCodeAt(p)));
    } else if (cls !== MARK && cls !== FORMAT) break;
    p++;
  }
  return word;
}

/** Index just after the first word at or after `k` (as {@link nextWord} reads it), or -1. */
export function nextWordEnd(text: string, k: number, limit: number): number {
  const n = text.length;
  let p = gapEnd(text, k);
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
