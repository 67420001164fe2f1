import { ARABIC_LETTERS } from '../chars/sets.js';
import { unitBytes, unitWords } from '../core/unit-tables.js';
import { COMBINING_MARK_RANGES } from '../unicode/canonical.js';
import { INVISIBLES, LINE_BREAKS, ZWNJ } from '../unicode/character-sets.js';
import { presentationForms } from '../unicode/presentation-forms.generated.js';
import {
  ARABIC_WORDS,
  PERSIAN_AL_WORDS,
  PERSIAN_WORDS,
  URDU_WORDS,
} from './language-evidence-words.js';

/**
 * What each code unit is to the Persian-line detector (`persian-passages.ts`) and how a word of a
 * line is spelt as a key of the word lists (`language-evidence-words.ts`): marks, tatweel and
 * invisible controls are inside a word but not part of its spelling, hamza and madda compose with
 * their carrier, presentation forms are read as their letters, and FARSI YEH, KEHEH and the
 * Persian and Urdu HEHs are spelt as the Arabic letters the lists use.
 */

/** What a code unit is to the detector. */
export enum Unit {
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

export const UNITS = unitBytes();
/** The letter a code unit stands for in a word's key (FARSI YEH as YEH, KEHEH as KAF...). */
export const KEY = unitWords();
/** 1 for the letters only Persian or Urdu use. */
const PERSIAN_ONLY = unitBytes();
/** 1 for TEH MARBUTA and ALEF MAKSURA: Arabic spelling. */
const ARABIC_ONLY = unitBytes();
const FORM_LETTERS: string[] = [];
const FORM_INDEX = unitWords();

let unitsFilled = false;

/**
 * Fills {@link UNITS}, {@link KEY} and the tables above (once: later calls return at once): at the
 * first line asked about (`isPersianLine`, and the line bounds read before it), not at import.
 */
export function fillUnits(): void {
  if (unitsFilled) return;
  unitsFilled = true;
  // Indexed loops without destructuring: in code that runs once it allocates per entry.
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
  const forms = presentationForms();
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k]![0];
    UNITS[form] = Unit.Form;
    FORM_LETTERS.push(forms[k]![1]);
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
}

export const HAMZA_ABOVE = 0x0654;
export const HAMZA_BELOW = 0x0655;
export const MADDA_ABOVE = 0x0653;
export const ALEF = 0x0627;
export const LAM = 0x0644;

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

/** What a listed word is evidence of. */
export enum Evidence {
  None = 0,
  Persian = 1,
  Arabic = 2,
  /** A Persian word that starts like the Arabic article: no evidence either way. */
  PersianAl = 3,
}

/** The word lists with the evidence each word gives, in the order they are read. */
export const EVIDENCE_LISTS: readonly (readonly [readonly string[], Evidence])[] = [
  [PERSIAN_WORDS, Evidence.Persian],
  [URDU_WORDS, Evidence.Persian],
  [ARABIC_WORDS, Evidence.Arabic],
  [PERSIAN_AL_WORDS, Evidence.PersianAl],
];

/** The longest listed word: a longer word of the text is not looked up. */
export const LONGEST_LISTED = Math.max(
  ...EVIDENCE_LISTS.flatMap(([words]) => words.map((word) => word.length)),
);

/** Longest key kept: longer words are judged by their letters and article only. */
const MAX_KEY = 12;

/** Bits of {@link FLAGS}, one table lookup per code unit in the scan of a line. */
/** Bits 0-5: the unit's letter code in the word automaton (`evidence-automaton.ts`). */
export const CODE_BITS = 63;
/** A letter, mark, tatweel, invisible control or presentation form. */
export const IN_WORD = 1 << 6;
/** A letter that is spelt as itself (through {@link KEY}). */
export const LETTER = 1 << 7;
/** A letter only Persian or Urdu use (or a presentation form of one). */
export const STRONG = 1 << 8;
/** TEH MARBUTA, ALEF MAKSURA (or a presentation form of one). */
export const ARABIC_SPELLING = 1 << 9;
/** A presentation form: spelt through its letters. */
export const FORM = 1 << 10;
/** HAMZA or MADDA: composes with the letter before it in the key. */
export const COMPOSING = 1 << 11;
/**
 * A line break (its only flag: it is outside words, like every other unit without flags), so that
 * a scan that finds where its line ends (`isPersianLineFrom`) tests it in the same lookup.
 */
export const LINE_BREAK = 1 << 12;

/**
 * The flags of every code unit (and, for letters, their code in the word automaton), filled at
 * the first line scanned, not at import ({@link fillFlags}): most text has no line to ask about
 * (only lines with Persian-keyboard letters are).
 */
export const FLAGS = unitWords();
let flagsFilled = false;

/**
 * Fills {@link FLAGS} (once: later calls return at once); `codeOf(key)`: the automaton's code of
 * a key letter, or 0.
 */
export function fillFlags(codeOf: (key: number) => number): void {
  if (flagsFilled) return;
  flagsFilled = true;
  fillUnits();
  // Only letters, transparent units, forms, the Persian-only and Arabic-only letters and line
  // breaks have flags: they are found with `indexOf` (natively), the rest stays 0.
  const units: number[] = [];
  for (const kind of [Unit.Letter, Unit.Transparent, Unit.Form]) {
    for (let u = UNITS.indexOf(kind); u >= 0; u = UNITS.indexOf(kind, u + 1)) units.push(u);
  }
  for (const only of [PERSIAN_ONLY, ARABIC_ONLY]) {
    for (let u = only.indexOf(1); u >= 0; u = only.indexOf(1, u + 1)) units.push(u);
  }
  for (const unit of units) FLAGS[unit] = flagsOf(unit, codeOf);
  for (let u = UNITS.indexOf(Unit.LineBreak); u >= 0; u = UNITS.indexOf(Unit.LineBreak, u + 1)) {
    FLAGS[u] = LINE_BREAK;
  }
}

function flagsOf(unit: number, codeOf: (key: number) => number): number {
  const kind = UNITS[unit];
  // Units other than letters leave the automaton where it is (code CODE_BITS).
  let flags = kind === Unit.Letter ? LETTER | codeOf(KEY[unit]!) : CODE_BITS;
  if (kind === Unit.Letter || kind === Unit.Transparent || kind === Unit.Form) flags |= IN_WORD;
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
  if (unit === HAMZA_ABOVE || unit === HAMZA_BELOW || unit === MADDA_ABOVE) flags |= COMPOSING;
  return flags;
}

/** The key of the word last spelt ({@link spell}): its letters as the word lists spell them. */
export const key = new Uint16Array(MAX_KEY + 1);
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

/**
 * Spells the word `text[start, end)` into {@link key}, reading presentation forms if `forms`, and
 * returns the length of its key (no further than one letter past the longest listed word).
 */
export function spell(text: string, start: number, end: number, forms: boolean): number {
  keyLength = 0;
  for (let i = start; i < end && keyLength <= LONGEST_LISTED; i++) {
    spellUnit(text.charCodeAt(i), forms);
  }
  return keyLength;
}

/** {@link spell} on the code units `units[start, end)` (the fused pass's output buffer). */
export function spellUnits(units: Uint16Array, start: number, end: number, forms: boolean): number {
  keyLength = 0;
  for (let i = start; i < end && keyLength <= LONGEST_LISTED; i++) spellUnit(units[i]!, forms);
  return keyLength;
}

/** Adds one code unit of a word to {@link key}. */
function spellUnit(unit: number, forms: boolean): void {
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
