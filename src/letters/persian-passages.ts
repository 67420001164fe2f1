import {
  ARABIC_WORD,
  buildEvidenceTables,
  keyEvidence,
  NEXT,
  PERSIAN_WORD,
  SETTLED,
  START,
  STATE_EVIDENCE,
} from './evidence-automaton.js';
import {
  ARABIC_SPELLING,
  CODE_BITS,
  COMPOSING,
  FLAGS,
  FORM,
  IN_WORD,
  LETTER,
  LINE_BREAK,
  STRONG,
  spell,
  spellUnits,
} from './language-evidence-units.js';

/**
 * Tells a Persian or Urdu line from an Arabic one (which may be typed on a Persian keyboard, with
 * FARSI YEH, KEHEH and HEH DOACHASHMEE, as document 001 is). Evidence is counted per word:
 * - Persian/Urdu: a word with a letter only they use (پ چ ژ گ ٹ ڈ ڑ ں ے ۀ) weighs 2; one of their
 *   function words or frequent verbs 1; a ZERO WIDTH NON-JOINER between two letters 1 (می‌خواهم),
 *   unless the word after it is already counted (کتاب‌ها);
 * - Arabic: an Arabic function word, a word with the article ال (not a Persian one such as
 *   البته), a word with TEH MARBUTA or ALEF MAKSURA, 1 each.
 * The line is Persian or Urdu when its Persian/Urdu evidence is at least 2 and outweighs its Arabic
 * evidence; else it is Arabic (the mapping is what an Arabic normaliser does when unsure, and one
 * stray word or ZWNJ in a heading is not a language). FARSI YEH, KEHEH, HEH DOACHASHMEE, HEH GOAL
 * and TEH MARBUTA GOAL alone are no evidence: Persian and Urdu keyboards type them in Arabic too.
 *
 * The evidence does not change under the other repairs of `normalize` (marks and invisible
 * controls are transparent, presentation forms are read as their letters, hamza and madda are
 * composed with their carrier whether written precomposed or not), and mapping a line to Arabic
 * letters only removes Persian evidence: so the decision is the same on the output (idempotence)
 * and on any canonically equivalent input.
 */

/** Evidence weights: a letter only Persian/Urdu use says more than a word both could write. */
const LETTER_WEIGHT = 2;
const WORD_WEIGHT = 1;
/** A line is Persian or Urdu with at least this much evidence (one word or one ZWNJ is not enough). */
const MIN_PERSIAN_SCORE = 2;
const ZWNJ = 0x200c;
/** A word holding these is spelt again out of line (`spell`): forms expand, hamza composes. */
const SPELT_OUT_OF_LINE = FORM | COMPOSING;

/** The evidence of the line being read (module state: a line read creates no object). */
let persianScore = 0;
let arabicScore = 0;
/** A ZWNJ joined the word about to be read to the word before. */
let afterZwnj = false;
/** `key` of {@link countWord} for a word spelt in the scan (by the automaton). */
const SPELT_IN_SCAN = -1;

/**
 * Whether the line `text[start, end)` is Persian or Urdu (see the module comment). One scan: each
 * code unit is one lookup in the unit flags, and each letter one step of the word-list automaton
 * (`evidence-automaton.ts`), so a word is spelt and looked up as it is read; a word with a
 * presentation form or a composing hamza or madda (rare once stage 1 has run) is spelt again
 * out of line. Linear in the length of the line. `persian-line-reference.ts` is the specification
 * (word by word), held equal to this by a differential test.
 */
export function isPersianLine(text: string, start: number, end: number): boolean {
  beginLine();
  readLine(text, start, end, 0, end);
  return lineIsPersian();
}

/** Where the line read by the last {@link isPersianLineOf} ends. */
let endOfLine = 0;

/**
 * {@link isPersianLine} on the line holding `at`, read from `from` (0 or the start of a line at or
 * before it) up to the line's break (or the end of the text), which the scan finds as it reads:
 * the letters pass reads a line once to know both where it ends and what it is (finding its end
 * first was a second read of the line in JavaScript, the costliest part of the pass). A line
 * break before `at` starts the line anew: `from` need not be the line's own start, so the pass
 * may give the start it knows cheaply (after the last LINE FEED) and leave the rarer breaks to
 * this read. {@link endOfLineRead} tells where the line ended.
 */
export function isPersianLineOf(text: string, from: number, at: number): boolean {
  beginLine();
  endOfLine = readLine(text, from, text.length, LINE_BREAK, at);
  return lineIsPersian();
}

/** Where the line read by the last {@link isPersianLineOf} ends (the index of its line break). */
export const endOfLineRead = (): number => endOfLine;

/**
 * Counts the evidence of the words of `text[start, end)`, stopping at a unit whose flags have a bit
 * of `stop` (a line break with {@link LINE_BREAK}; nothing with 0) at or after `at`; such a unit
 * before `at` starts the count anew. Returns where it stopped.
 */
function readLine(text: string, start: number, end: number, stop: number, at: number): number {
  // In local constants, as in isPersianLineInUnits.
  const flagsOf = FLAGS;
  const next = NEXT;
  const inWord = IN_WORD;
  const codeBits = CODE_BITS;
  const settled = SETTLED;
  let i = start;
  while (i < end) {
    let flags = flagsOf[text.charCodeAt(i)]!;
    if ((flags & inWord) === 0) {
      if ((flags & stop) !== 0) {
        if (i >= at) return i;
        beginLine();
      }
      afterZwnj = false;
      i++;
      continue;
    }
    // A word: the OR of its units' flags, and the automaton's state after its letters.
    const wordStart = i;
    let wordFlags = 0;
    let state = START;
    do {
      wordFlags |= flags;
      if (state > settled) state = next[(state << 6) | (flags & codeBits)]!;
      if (++i === end) break;
      flags = flagsOf[text.charCodeAt(i)]!;
    } while ((flags & inWord) !== 0);
    const key =
      (wordFlags & SPELT_OUT_OF_LINE) === 0
        ? SPELT_IN_SCAN
        : spell(text, wordStart, i, (wordFlags & FORM) !== 0);
    // The unit that ended the word (if any): a ZWNJ between two words joins them.
    afterZwnj =
      countWord(wordFlags, state, key) &&
      i + 1 < end &&
      text.charCodeAt(i) === ZWNJ &&
      (FLAGS[text.charCodeAt(i + 1)]! & IN_WORD) !== 0;
    // `flags` are those of the unit that ended the word (of its last unit, in a word, at the end).
    if ((flags & stop) !== 0) {
      if (i >= at) return i;
      beginLine();
    }
    i++;
  }
  return end;
}

/**
 * {@link isPersianLine} on the code units `units[start, end)` (the fused pass's output buffer, so
 * that a line is not decoded to be read): the same scan, reading units instead of a string; a
 * differential test holds the two equal.
 */
export function isPersianLineInUnits(units: Uint16Array, start: number, end: number): boolean {
  beginLine();
  // The tables and masks the loop reads, in local constants: a module binding is read again from
  // memory, and its type checked, at each use in the optimised loop (seen in its machine code).
  const flagsOf = FLAGS;
  const next = NEXT;
  const inWord = IN_WORD;
  const codeBits = CODE_BITS;
  const settled = SETTLED;
  let i = start;
  while (i < end) {
    let flags = flagsOf[units[i]!]!;
    if ((flags & inWord) === 0) {
      afterZwnj = false;
      i++;
      continue;
    }
    const wordStart = i;
    let wordFlags = 0;
    let state = START;
    do {
      wordFlags |= flags;
      if (state > settled) state = next[(state << 6) | (flags & codeBits)]!;
      if (++i === end) break;
      flags = flagsOf[units[i]!]!;
    } while ((flags & inWord) !== 0);
    const key =
      (wordFlags & SPELT_OUT_OF_LINE) === 0
        ? SPELT_IN_SCAN
        : spellUnits(units, wordStart, i, (wordFlags & FORM) !== 0);
    afterZwnj =
      countWord(wordFlags, state, key) &&
      i + 1 < end &&
      units[i] === ZWNJ &&
      (FLAGS[units[i + 1]!]! & IN_WORD) !== 0;
    i++;
  }
  return lineIsPersian();
}

/** Starts reading a line (the tables are built at the first). */
function beginLine(): void {
  buildEvidenceTables();
  persianScore = 0;
  arabicScore = 0;
  afterZwnj = false;
}

/**
 * Counts the evidence of a word read with the OR of its units' flags `wordFlags` and the
 * automaton's `state` after its letters, or, `key` letters long, spelt out of line (`key` is
 * {@link SPELT_IN_SCAN} otherwise). Returns whether the word was spelt (holds a letter).
 */
function countWord(wordFlags: number, state: number, key: number): boolean {
  const spelt = key === SPELT_IN_SCAN ? (wordFlags & LETTER) !== 0 : key > 0;
  if (!spelt) return false;
  const evidence = key === SPELT_IN_SCAN ? STATE_EVIDENCE[state]! : keyEvidence(key);
  const strong = (wordFlags & STRONG) !== 0;
  const persianWord = (evidence & PERSIAN_WORD) !== 0;
  const arabicWord = ((wordFlags & ARABIC_SPELLING) | (evidence & ARABIC_WORD)) !== 0;
  // Both scores are added to at every word, by 0 when the word says nothing: an addition that
  // only a rare word reaches would have no type feedback when the engine optimises this code,
  // and the first such word would throw the optimised code away (`--trace-deopt`).
  // A ZWNJ before a Persian suffix (کتاب‌ها) is one piece of evidence with it, not two.
  persianScore +=
    (afterZwnj && !persianWord ? WORD_WEIGHT : 0) +
    (strong ? LETTER_WEIGHT : persianWord ? WORD_WEIGHT : 0);
  arabicScore += !strong && !persianWord && arabicWord ? WORD_WEIGHT : 0;
  return true;
}

/** The decision on the line read (both comparisons made, for the reason given in countWord). */
function lineIsPersian(): boolean {
  const ahead = persianScore > arabicScore;
  return persianScore >= MIN_PERSIAN_SCORE && ahead;
}
