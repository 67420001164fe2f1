import { ARABIC_LETTERS } from '../chars/sets.js';
import { unitBytes, unitWords } from '../core/unit-tables.js';
import { COMBINING_MARK_RANGES } from '../unicode/canonical.js';
import { INVISIBLES, LINE_BREAKS, ZWNJ } from '../unicode/character-sets.js';
import { PRESENTATION_FORMS } from '../unicode/presentation-forms.generated.js';
import {
  ARABIC_WORDS,
  PERSIAN_AL_WORDS,
  PERSIAN_WORDS,
  URDU_WORDS,
} from './language-evidence-words.js';

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

/** What a code unit is to the detector. */
enum Unit {
  /** Ends a word: space, punctuation, digit, Latin... */
  Separator = 0,
  Letter = 1,
  /** Marks, tatweel and invisible controls: inside a word, not part of its spelling. */
  Transparent = 2,
  Zwnj = 3,
  /** A presentation form: read as the letters it stands for. */
  Form = 4,
  LineBreak = 5,
}

const UNITS = unitBytes();
/** The letter a code unit stands for in a word's key (FARSI YEH as YEH, KEHEH as KAF...). */
const KEY = unitWords();
/** 1 for the letters only Persian or Urdu use. */
const PERSIAN_ONLY = unitBytes();
/** 1 for TEH MARBUTA and ALEF MAKSURA: Arabic spelling. */
const ARABIC_ONLY = unitBytes();
const FORM_LETTERS: string[] = [];
const FORM_INDEX = unitWords();

// Indexed loops without destructuring: in code that runs once, it allocates per entry.
for (let k = 0; k < ARABIC_LETTERS.length; k++) {
  const first = ARABIC_LETTERS[k]![0];
  const last = ARABIC_LETTERS[k]![1];
  UNITS.fill(Unit.Letter, first, last + 1);
  // KEY is read for letters only: each stands for itself unless listed below.
  for (let unit = first; unit <= last; unit++) KEY[unit] = unit;
}
for (let k = 0; k < COMBINING_MARK_RANGES.length; k++) {
  const last = COMBINING_MARK_RANGES[k]![1];
  for (let unit = COMBINING_MARK_RANGES[k]![0]; unit <= last; unit++) {
    if (UNITS[unit] === Unit.Separator) UNITS[unit] = Unit.Transparent;
  }
}
for (let k = 0; k < INVISIBLES.length; k++) {
  UNITS.fill(Unit.Transparent, INVISIBLES[k]![0], INVISIBLES[k]![1] + 1);
}
UNITS[0x0640] = Unit.Transparent; // ARABIC TATWEEL
UNITS[0x0670] = Unit.Transparent; // ARABIC LETTER SUPERSCRIPT ALEF (a mark in use)
for (const [first, last] of LINE_BREAKS) UNITS.fill(Unit.LineBreak, first, last + 1);
UNITS[ZWNJ] = Unit.Zwnj;
for (let k = 0; k < PRESENTATION_FORMS.length; k++) {
  const form = PRESENTATION_FORMS[k]![0];
  UNITS[form] = Unit.Form;
  FORM_LETTERS.push(PRESENTATION_FORMS[k]![1]);
  FORM_INDEX[form] = FORM_LETTERS.length;
}
for (const [unit, key] of [
  [0x06cc, 0x064a], // ARABIC LETTER FARSI YEH -> YEH
  [0x06a9, 0x0643], // ARABIC LETTER KEHEH -> KAF
  [0x06be, 0x0647], // ARABIC LETTER HEH DOACHASHMEE -> HEH
  [0x06c1, 0x0647], // ARABIC LETTER HEH GOAL -> HEH
  [0x06d5, 0x0647], // ARABIC LETTER AE -> HEH
  [0x06c0, 0x0647], // ARABIC LETTER HEH WITH YEH ABOVE -> HEH
  [0x06c2, 0x0647], // ARABIC LETTER HEH GOAL WITH HAMZA ABOVE -> HEH
  [0x06c3, 0x0647], // ARABIC LETTER TEH MARBUTA GOAL -> HEH
  [0x06d3, 0x06d2], // ARABIC LETTER YEH BARREE WITH HAMZA ABOVE -> YEH BARREE
] as const) {
  KEY[unit] = key;
}
// HEH GOAL and TEH MARBUTA GOAL are left out: Urdu keyboards type them in Arabic too.
for (const unit of [
  0x067e, // ARABIC LETTER PEH
  0x0686, // ARABIC LETTER TCHEH
  0x0698, // ARABIC LETTER JEH
  0x06af, // ARABIC LETTER GAF
  0x0679, // ARABIC LETTER TTEH
  0x0688, // ARABIC LETTER DDAL
  0x0691, // ARABIC LETTER RREH
  0x06ba, // ARABIC LETTER NOON GHUNNA
  0x06d2, // ARABIC LETTER YEH BARREE
  0x06d3, // ARABIC LETTER YEH BARREE WITH HAMZA ABOVE
  0x06c0, // ARABIC LETTER HEH WITH YEH ABOVE
]) {
  PERSIAN_ONLY[unit] = 1;
}
ARABIC_ONLY[0x0629] = 1; // ARABIC LETTER TEH MARBUTA
ARABIC_ONLY[0x0649] = 1; // ARABIC LETTER ALEF MAKSURA

const HAMZA_ABOVE = 0x0654;
const HAMZA_BELOW = 0x0655;
const MADDA_ABOVE = 0x0653;
const ALEF = 0x0627;

/** The key letter a carrier becomes with hamza or madda (the NFC composition), or 0. */
function composed(carrier: number, mark: number): number {
  if (carrier === ALEF) {
    if (mark === HAMZA_ABOVE) return 0x0623;
    if (mark === HAMZA_BELOW) return 0x0625;
    if (mark === MADDA_ABOVE) return 0x0622;
    return 0;
  }
  if (mark !== HAMZA_ABOVE) return 0;
  if (carrier === 0x064a) return 0x0626; // YEH -> YEH WITH HAMZA ABOVE
  if (carrier === 0x0648) return 0x0624; // WAW -> WAW WITH HAMZA ABOVE
  return 0;
}

/** What a listed word is evidence of (see {@link WordTable}). */
enum Evidence {
  None = 0,
  Persian = 1,
  Arabic = 2,
  /** A Persian word that starts like the Arabic article: no evidence either way. */
  PersianAl = 3,
}

/** Longest key kept: longer words are judged by their letters and article only. */
const MAX_KEY = 12;

/**
 * The word lists as one open-addressing hash table over key code units, so that a word of the text
 * is looked up without making a string (most words are in no list).
 */
class WordTable {
  private readonly slots = new Int32Array(2048);
  private readonly words: string[] = [''];
  private readonly evidence: Evidence[] = [Evidence.None];
  /** Scratch for {@link add}. */
  private units = new Uint16Array(32);
  /** The longest listed word: a longer word of the text is not looked up. */
  longest = 0;

  add(words: readonly string[], evidence: Evidence): void {
    for (const word of words) {
      // The word's units in one reused array (not an array per word: this runs at import).
      if (word.length > this.units.length) this.units = new Uint16Array(word.length);
      const units = this.units;
      for (let k = 0; k < word.length; k++) units[k] = word.charCodeAt(k);
      let slot = hashOf(units, word.length) & 2047;
      while (this.slots[slot] !== 0) slot = (slot + 1) & 2047;
      this.words.push(word);
      this.evidence.push(evidence);
      this.slots[slot] = this.words.length - 1;
      if (word.length > this.longest) this.longest = word.length;
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
WORDS.add(PERSIAN_WORDS, Evidence.Persian);
WORDS.add(URDU_WORDS, Evidence.Persian);
WORDS.add(ARABIC_WORDS, Evidence.Arabic);
WORDS.add(PERSIAN_AL_WORDS, Evidence.PersianAl);
const LONGEST_LISTED = WORDS.longest;

/** Bits of {@link FLAGS}, one table lookup per code unit in the scan of a line. */
const IN_WORD = 1; // letter, mark, tatweel, invisible control or presentation form
const STRONG = 2; // a letter only Persian or Urdu use
const ARABIC_SPELLING = 4; // TEH MARBUTA, ALEF MAKSURA
const FORM = 8; // a presentation form: spelt through its letters
/**
 * The flags of every code unit, filled at the first line scanned, not at import ({@link fillFlags}):
 * most text has no line to ask about (only lines with Persian-keyboard letters are).
 */
const FLAGS = unitBytes();
let flagsFilled = false;

/** Fills {@link FLAGS} (once: later calls return at once). */
function fillFlags(): void {
  if (flagsFilled) return;
  flagsFilled = true;
  // Only letters, transparent units, forms and the Persian-only and Arabic-only letters have
  // flags: they are found with `indexOf` (natively), the rest stays 0.
  const units: number[] = [];
  for (const kind of [Unit.Letter, Unit.Transparent, Unit.Form]) {
    for (let u = UNITS.indexOf(kind); u >= 0; u = UNITS.indexOf(kind, u + 1)) units.push(u);
  }
  for (const only of [PERSIAN_ONLY, ARABIC_ONLY]) {
    for (let u = only.indexOf(1); u >= 0; u = only.indexOf(1, u + 1)) units.push(u);
  }
  for (const unit of units) {
    const kind = UNITS[unit];
    let flags =
      kind === Unit.Letter || kind === Unit.Transparent || kind === Unit.Form ? IN_WORD : 0;
    if (kind === Unit.Form) {
      flags |= FORM;
      const letters = FORM_LETTERS[FORM_INDEX[unit]! - 1]!;
      for (let k = 0; k < letters.length; k++) {
        if (PERSIAN_ONLY[letters.charCodeAt(k)] === 1) flags |= STRONG;
        if (ARABIC_ONLY[letters.charCodeAt(k)] === 1) flags |= ARABIC_SPELLING;
      }
    }
    if (PERSIAN_ONLY[unit] === 1) flags |= STRONG;
    if (ARABIC_ONLY[unit] === 1) flags |= ARABIC_SPELLING;
    FLAGS[unit] = flags;
  }
}

/** The key of the word being scored: its letters as the word lists spell them. */
const key = new Uint16Array(MAX_KEY + 1);
let keyLength = 0;

function keyLetter(unit: number): void {
  if (keyLength <= MAX_KEY) key[keyLength] = KEY[unit]!;
  keyLength++;
}

function keyMark(unit: number): void {
  if (keyLength === 0 || keyLength > MAX_KEY + 1) return;
  const letter = composed(key[keyLength - 1]!, unit);
  if (letter !== 0) key[keyLength - 1] = letter;
}

/** Spells the word `text[start, end)` into {@link key}, reading presentation forms if `forms`. */
function spell(text: string, start: number, end: number, forms: boolean): void {
  keyLength = 0;
  for (let i = start; i < end && keyLength <= LONGEST_LISTED; i++) {
    const unit = text.charCodeAt(i);
    const kind = UNITS[unit];
    if (kind === Unit.Letter) keyLetter(unit);
    else if (kind === Unit.Transparent) keyMark(unit);
    else if (forms && kind === Unit.Form) {
      const letters = FORM_LETTERS[FORM_INDEX[unit]! - 1]!;
      for (let k = 0; k < letters.length; k++) {
        const u = letters.charCodeAt(k);
        if (UNITS[u] === Unit.Letter) keyLetter(u);
        else keyMark(u);
      }
    }
  }
}

/** Evidence weights: a letter only Persian/Urdu use says more than a word both could write. */
const LETTER_WEIGHT = 2;
const WORD_WEIGHT = 1;
/** A line is Persian or Urdu with at least this much evidence (one word or one ZWNJ is not enough). */
const MIN_PERSIAN_SCORE = 2;
const LAM = 0x0644;

let persianScore = 0;
let arabicScore = 0;

/**
 * Scores the word `text[start, end)` (`flags`: the OR of its units' flags); `afterZwnj`: a ZWNJ
 * joined it to the word before.
 */
function scoreWord(text: string, start: number, end: number, flags: number, afterZwnj: boolean) {
  spell(text, start, end, (flags & FORM) !== 0);
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

/**
 * Whether the line `text[start, end)` is Persian or Urdu (see the module comment). One table
 * lookup per code unit, and a look-up of each short word in the word lists: linear in the length
 * of the line.
 */
export function isPersianLine(text: string, start: number, end: number): boolean {
  persianScore = 0;
  arabicScore = 0;
  let wordStart = -1;
  let wordFlags = 0;
  let afterZwnj = false;
  fillFlags();
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

/** Whether a code unit ends a line (LF, CR, NEL, U+2028, U+2029, VT, FF). */
export const isLineBreak = (unit: number) => UNITS[unit] === Unit.LineBreak;

/** Where the line holding `i` starts, looking back no further than `floor`. */
export function lineStartBefore(text: string, i: number, floor: number): number {
  let start = i;
  while (start > floor && UNITS[text.charCodeAt(start - 1)] !== Unit.LineBreak) start--;
  return start;
}

/** Where the line holding `i` ends (the index of its line break, or the text's length). */
export function lineEndAfter(text: string, i: number): number {
  let end = i;
  const length = text.length;
  while (end < length && UNITS[text.charCodeAt(end)] !== Unit.LineBreak) end++;
  return end;
}
