import {
  ARABIC_WORD,
  buildEvidenceTables,
  keyState,
  NEXT,
  PERSIAN_WORD,
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
export const MIN_PERSIAN_SCORE = 2;
const ZWNJ = 0x200c;
/** A word holding these is spelt again out of line (`spell`): forms expand, hamza composes. */
export const SPELT_OUT_OF_LINE = FORM | COMPOSING;

/** The decision on the line read last by {@link readLine} (set once, when the read ends). */
let lastLineIsPersian = false;

/**
 * Bits of a word, the index of its row in {@link WORD_SCORES} beside the automaton's state: it holds
 * a letter (it is spelt), a letter only Persian or Urdu use, TEH MARBUTA or ALEF MAKSURA. They are
 * the word's flags {@link LETTER}, {@link STRONG} and {@link ARABIC_SPELLING} shifted down by
 * {@link WORD_BITS_SHIFT} (the three are adjacent bits of the unit flags; a test holds it).
 */
export const SPELT = 1;
const WORD_STRONG = 2;
const WORD_ARABIC_SPELLING = 4;
export const WORD_BITS_SHIFT = 7;
export const WORD_BITS = SPELT | WORD_STRONG | WORD_ARABIC_SPELLING;
/** A ZWNJ joined the word to a spelt word before it. */
export const AFTER_ZWNJ = 8;

/**
 * What a word adds to the line's evidence, by what the automaton says of its key (its state's
 * {@link STATE_EVIDENCE}: listed Persian/Urdu word, Arabic word, or neither) and its bits (above):
 * `WORD_SCORES[(evidence << 4) | bits]` is its Persian/Urdu evidence times 16 plus its Arabic
 * evidence ({@link wordScore}, worked out for the 64 rows when the automaton is built; by the
 * evidence, not the state, so that the first line read fills 64 entries, not one per state).
 * One lookup per word in place of the tests of the rule: the scan adds both parts to its scores,
 * kept in local variables, at every word (module variables were loaded and stored, with their
 * checks, at every word and every separator; with them, a fifth of the scan's time on the
 * bench's lines).
 */
const WORD_SCORES = new Uint8Array(64);
let scoresBuilt = false;

/**
 * The evidence a word gives (see the module comment): `evidence`, the automaton's bits for its key
 * ({@link PERSIAN_WORD}, {@link ARABIC_WORD}); `bits`, those of {@link WORD_SCORES}.
 */
export function wordScore(evidence: number, bits: number): number {
  if ((bits & SPELT) === 0) return 0;
  const strong = (bits & WORD_STRONG) !== 0;
  const persianWord = (evidence & PERSIAN_WORD) !== 0;
  const arabicWord = (bits & WORD_ARABIC_SPELLING) !== 0 || (evidence & ARABIC_WORD) !== 0;
  // A ZWNJ before a Persian suffix (کتاب‌ها) is one piece of evidence with it, not two.
  const persian =
    ((bits & AFTER_ZWNJ) !== 0 && !persianWord ? WORD_WEIGHT : 0) +
    (strong ? LETTER_WEIGHT : persianWord ? WORD_WEIGHT : 0);
  const arabic = !strong && !persianWord && arabicWord ? WORD_WEIGHT : 0;
  return (persian << 4) | arabic;
}

/** Fills {@link WORD_SCORES} (once, after the automaton is built). */
function fillWordScores(): void {
  scoresBuilt = true;
  for (let row = 0; row < WORD_SCORES.length; row++)
    WORD_SCORES[row] = wordScore(row >> 4, row & 15);
}

/**
 * The row in {@link WORD_SCORES} of a word holding a presentation form or a composing hamza or
 * madda, spelt out of line into its key (`length` letters), from its `row` as the scan read it:
 * the evidence is the automaton's on the key, and the word is spelt when its key has a letter.
 */
function spelledRow(row: number, length: number): number {
  const kept = row & (WORD_STRONG | WORD_ARABIC_SPELLING);
  return (STATE_EVIDENCE[keyState(length)]! << 4) | kept | (length > 0 ? SPELT : 0);
}

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
  return lastLineIsPersian;
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
  return lastLineIsPersian;
}

/** Where the line read by the last {@link isPersianLineOf} ends (the index of its line break). */
export const endOfLineRead = (): number => endOfLine;

/**
 * Counts the evidence of the words of `text[start, end)`, stopping at a unit whose flags have a bit
 * of `stop` (a line break with {@link LINE_BREAK}; nothing with 0) at or after `at`; such a unit
 * before `at` starts the count anew. Returns where it stopped; the decision on the evidence
 * counted is left in {@link lastLineIsPersian}.
 */
function readLine(text: string, start: number, end: number, stop: number, at: number): number {
  // In local constants, as in isPersianLineInUnits.
  const flagsOf = FLAGS;
  const next = NEXT;
  const scores = WORD_SCORES;
  const stateEvidence = STATE_EVIDENCE;
  const inWord = IN_WORD;
  const codeBits = CODE_BITS;
  let persian = 0;
  let arabic = 0;
  let afterZwnj = 0;
  let i = start;
  while (i < end) {
    let flags = flagsOf[text.charCodeAt(i)]!;
    if ((flags & inWord) === 0) {
      if ((flags & stop) !== 0) {
        if (i >= at) break;
        persian = 0;
        arabic = 0;
      }
      afterZwnj = 0;
      i++;
      continue;
    }
    // A word: the OR of its units' flags, and the automaton's state after its letters.
    const wordStart = i;
    let wordFlags = 0;
    let state = START;
    do {
      wordFlags |= flags;
      // Every unit steps, as in isPersianLineInUnits (a settled state leads only to itself).
      state = next[(state << 6) | (flags & codeBits)]!;
      if (++i === end) break;
      flags = flagsOf[text.charCodeAt(i)]!;
    } while ((flags & inWord) !== 0);
    let row = (stateEvidence[state]! << 4) | ((wordFlags >> WORD_BITS_SHIFT) & WORD_BITS);
    if ((wordFlags & SPELT_OUT_OF_LINE) !== 0) {
      row = spelledRow(row, spell(text, wordStart, i, (wordFlags & FORM) !== 0));
    }
    const score = scores[row | afterZwnj]!;
    persian += score >> 4;
    arabic += score & 15;
    // The unit that ended the word (if any): a ZWNJ between two words joins them.
    afterZwnj =
      (row & SPELT) !== 0 &&
      i + 1 < end &&
      text.charCodeAt(i) === ZWNJ &&
      (flagsOf[text.charCodeAt(i + 1)]! & inWord) !== 0
        ? AFTER_ZWNJ
        : 0;
    // `flags` are those of the unit that ended the word (of its last unit, in a word, at the end).
    if ((flags & stop) !== 0) {
      if (i >= at) break;
      persian = 0;
      arabic = 0;
    }
    i++;
  }
  lastLineIsPersian = lineIsPersian(persian, arabic);
  return Math.min(i, end);
}

/**
 * {@link isPersianLineOf} on the text whose code units `units` holds at `[0, length)` (a native
 * copy: `copiedUnitsOf`, src/fast/input-units.ts): the same read, in the buffer instead of the
 * string, and the same decision and end ({@link endOfLineRead}); a differential test holds the
 * two equal.
 */
export function isPersianLineOfUnits(
  units: Uint16Array,
  length: number,
  from: number,
  at: number,
): boolean {
  beginLine();
  endOfLine = readLineInUnits(units, from, length, at);
  return lastLineIsPersian;
}

/**
 * {@link readLine} with `stop` = {@link LINE_BREAK}, on `units[start, end)`: the same scan, one
 * load per unit where `charCodeAt` asks at each how the string is stored (the recorded pipeline's
 * strings are slices and joined strings).
 */
function readLineInUnits(units: Uint16Array, start: number, end: number, at: number): number {
  const flagsOf = FLAGS;
  const next = NEXT;
  const scores = WORD_SCORES;
  const stateEvidence = STATE_EVIDENCE;
  const inWord = IN_WORD;
  const codeBits = CODE_BITS;
  let persian = 0;
  let arabic = 0;
  let afterZwnj = 0;
  let i = start;
  while (i < end) {
    let flags = flagsOf[units[i]!]!;
    if ((flags & inWord) === 0) {
      if ((flags & LINE_BREAK) !== 0) {
        if (i >= at) break;
        persian = 0;
        arabic = 0;
      }
      afterZwnj = 0;
      i++;
      continue;
    }
    const wordStart = i;
    let wordFlags = 0;
    let state = START;
    // Every unit steps, as in isPersianLineInUnits (a settled state leads only to itself), and
    // two a round, as there.
    for (;;) {
      wordFlags |= flags;
      state = next[(state << 6) | (flags & codeBits)]!;
      if (++i === end) break;
      flags = flagsOf[units[i]!]!;
      if ((flags & inWord) === 0) break;
      wordFlags |= flags;
      state = next[(state << 6) | (flags & codeBits)]!;
      if (++i === end) break;
      flags = flagsOf[units[i]!]!;
      if ((flags & inWord) === 0) break;
    }
    let row = (stateEvidence[state]! << 4) | ((wordFlags >> WORD_BITS_SHIFT) & WORD_BITS);
    if ((wordFlags & SPELT_OUT_OF_LINE) !== 0) {
      row = spelledRow(row, spellUnits(units, wordStart, i, (wordFlags & FORM) !== 0));
    }
    const score = scores[row | afterZwnj]!;
    persian += score >> 4;
    arabic += score & 15;
    afterZwnj =
      (row & SPELT) !== 0 &&
      i + 1 < end &&
      units[i] === ZWNJ &&
      (flagsOf[units[i + 1]!]! & inWord) !== 0
        ? AFTER_ZWNJ
        : 0;
    if ((flags & LINE_BREAK) !== 0) {
      if (i >= at) break;
      persian = 0;
      arabic = 0;
    }
    i++;
  }
  lastLineIsPersian = lineIsPersian(persian, arabic);
  return Math.min(i, end);
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
  const scores = WORD_SCORES;
  const stateEvidence = STATE_EVIDENCE;
  const inWord = IN_WORD;
  const codeBits = CODE_BITS;
  let persian = 0;
  let arabic = 0;
  let afterZwnj = 0;
  let i = start;
  while (i < end) {
    let flags = flagsOf[units[i]!]!;
    if ((flags & inWord) === 0) {
      afterZwnj = 0;
      i++;
      continue;
    }
    const wordStart = i;
    let wordFlags = 0;
    let state = START;
    // The unit that ends the word (0 when the word ends the line): kept to tell a ZWNJ.
    let unit = 0;
    // Every unit steps the automaton, even in a settled state (which leads only to itself: a
    // test holds it): testing for one first mispredicted at most words, where it settles, and
    // cost more than the load it spared (a fifth of the scan on the bench's noisy lines). Two
    // units a round, each step as the one before: the optimised loop checks its arrays again at
    // each round, not within one (see `copyRun` in clean-and-map.ts); `normalize` 1.01-1.02x on
    // the bench's noisy text, and four a round no faster than two.
    for (;;) {
      wordFlags |= flags;
      state = next[(state << 6) | (flags & codeBits)]!;
      if (++i === end) break;
      unit = units[i]!;
      flags = flagsOf[unit]!;
      if ((flags & inWord) === 0) break;
      wordFlags |= flags;
      state = next[(state << 6) | (flags & codeBits)]!;
      if (++i === end) break;
      unit = units[i]!;
      flags = flagsOf[unit]!;
      if ((flags & inWord) === 0) break;
    }
    let row = (stateEvidence[state]! << 4) | ((wordFlags >> WORD_BITS_SHIFT) & WORD_BITS);
    if ((wordFlags & SPELT_OUT_OF_LINE) !== 0) {
      row = spelledRow(row, spellUnits(units, wordStart, i, (wordFlags & FORM) !== 0));
    }
    const score = scores[row | afterZwnj]!;
    persian += score >> 4;
    arabic += score & 15;
    afterZwnj =
      unit === ZWNJ &&
      (row & SPELT) !== 0 &&
      i + 1 < end &&
      (flagsOf[units[i + 1]!]! & inWord) !== 0
        ? AFTER_ZWNJ
        : 0;
    i++;
  }
  return lineIsPersian(persian, arabic);
}

/** Starts reading a line (the tables are built at the first). */
function beginLine(): void {
  if (scoresBuilt) return;
  buildEvidenceTables();
  fillWordScores();
}

/**
 * The tables the line scan reads, built (for the fused pass's kernel, src/fast/fused-kernel.ts,
 * which runs {@link isPersianLineInUnits}'s steps over copies of them): the unit flags, the
 * automaton's next states, each state's evidence and the words' scores.
 */
export function lineScanTables(): readonly [Uint16Array, Uint8Array, Uint8Array, Uint8Array] {
  beginLine();
  return [FLAGS, NEXT, STATE_EVIDENCE, WORD_SCORES];
}

/** The decision on a line's evidence (both comparisons made: rare text must not reach a new branch). */
function lineIsPersian(persian: number, arabic: number): boolean {
  const ahead = persian > arabic;
  return persian >= MIN_PERSIAN_SCORE && ahead;
}
