import { buildEvidenceTables } from './evidence-automaton.js';
import {
  ALEF,
  ARABIC_SPELLING,
  EVIDENCE_LISTS,
  Evidence,
  FLAGS,
  FORM,
  IN_WORD,
  key,
  LAM,
  LONGEST_LISTED,
  STRONG,
  spell,
} from './language-evidence-units.js';

/**
 * The Persian-line decision word by word, as first written: each word spelt into its key, then
 * looked up in a hash table of the word lists. This is the specification of `isPersianLine`
 * (`persian-passages.ts`), which reaches the same answer in one scan through an automaton; a
 * differential property test (test/letters/persian-line-decision.test.ts) holds the two equal.
 * Not used by the library at run time.
 */

/**
 * The word lists as one open-addressing hash table over key code units, so that a word of the text
 * is looked up without making a string (most words are in no list).
 */
class WordTable {
  private readonly slots = new Int32Array(2048);
  private readonly words: string[] = [''];
  private readonly evidence: Evidence[] = [Evidence.None];

  add(words: readonly string[], evidence: Evidence): void {
    for (const word of words) {
      const units = Uint16Array.from(word, (c) => c.charCodeAt(0));
      let slot = hashOf(units, units.length) & 2047;
      while (this.slots[slot] !== 0) slot = (slot + 1) & 2047;
      this.words.push(word);
      this.evidence.push(evidence);
      this.slots[slot] = this.words.length - 1;
    }
  }

  /** The evidence of the word spelt by `units[0, length)`, or None. */
  find(units: Uint16Array, length: number): Evidence {
    let slot = hashOf(units, length) & 2047;
    for (let index = this.slots[slot]!; index !== 0; index = this.slots[slot]!) {
      if (sameWord(this.words[index]!, units, length)) return this.evidence[index]!;
      slot = (slot + 1) & 2047;
    }
    return Evidence.None;
  }
}

function hashOf(units: Uint16Array, length: number): number {
  let hash = length;
  for (let k = 0; k < length; k++) hash = Math.imul(hash, 31) + units[k]!;
  return (hash ^ (hash >>> 11)) >>> 0;
}

function sameWord(word: string, units: Uint16Array, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== units[k]) return false;
  return true;
}

const WORDS = new WordTable();
for (const [list, evidence] of EVIDENCE_LISTS) WORDS.add(list, evidence);

/** Evidence weights: a letter only Persian/Urdu use says more than a word both could write. */
const LETTER_WEIGHT = 2;
const WORD_WEIGHT = 1;
/** A line is Persian or Urdu with at least this much evidence (one word or one ZWNJ is not enough). */
const MIN_PERSIAN_SCORE = 2;
const ZWNJ = 0x200c;

let persianScore = 0;
let arabicScore = 0;
let keyLength = 0;

/**
 * Scores the word `text[start, end)` (`flags`: the OR of its units' flags); `afterZwnj`: a ZWNJ
 * joined it to the word before.
 */
function scoreWord(text: string, start: number, end: number, flags: number, afterZwnj: boolean) {
  keyLength = spell(text, start, end, (flags & FORM) !== 0);
  if (keyLength === 0) return;
  const evidence = keyLength <= LONGEST_LISTED ? WORDS.find(key, keyLength) : Evidence.None;
  // A ZWNJ before a Persian suffix (کتاب‌ها) is one piece of evidence with it, not two.
  if (afterZwnj && evidence !== Evidence.Persian) persianScore += WORD_WEIGHT;
  if (flags & STRONG) persianScore += LETTER_WEIGHT;
  else if (evidence === Evidence.Persian) persianScore += WORD_WEIGHT;
  else if (
    flags & ARABIC_SPELLING ||
    evidence === Evidence.Arabic ||
    (key[0] === ALEF && key[1] === LAM && keyLength >= 4 && evidence !== Evidence.PersianAl)
  ) {
    arabicScore += WORD_WEIGHT;
  }
}

/** Whether a code unit is part of a word, for a ZERO WIDTH NON-JOINER beside it. */
const isWordUnit = (u: number) => (FLAGS[u]! & IN_WORD) !== 0;

/** Whether the line `text[start, end)` is Persian or Urdu, word by word (the specification). */
export function isPersianLineReference(text: string, start: number, end: number): boolean {
  persianScore = 0;
  arabicScore = 0;
  keyLength = 0;
  let wordStart = -1;
  let wordFlags = 0;
  let afterZwnj = false;
  buildEvidenceTables();
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    const flags = FLAGS[unit]!;
    if (flags & IN_WORD) {
      if (wordStart < 0) {
        wordStart = i;
        wordFlags = 0;
      }
      wordFlags |= flags;
      continue;
    }
    const ended = wordStart >= 0;
    if (ended) {
      scoreWord(text, wordStart, i, wordFlags, afterZwnj);
      wordStart = -1;
    }
    afterZwnj =
      unit === ZWNJ && ended && keyLength > 0 && i + 1 < end && isWordUnit(text.charCodeAt(i + 1));
  }
  if (wordStart >= 0) scoreWord(text, wordStart, end, wordFlags, afterZwnj);
  return persianScore >= MIN_PERSIAN_SCORE && persianScore > arabicScore;
}
