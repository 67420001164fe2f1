import { ARABIC_LETTERS } from '../unicode/arabic-letters.generated.js';
import { combiningClass } from '../unicode/canonical.js';
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
 * - Persian/Urdu: a letter only they use (پ چ ژ گ ٹ ڈ ڑ ں ے ہ ۀ ۃ), one of their function words
 *   or verb forms, and every ZERO WIDTH NON-JOINER between two letters (می‌خواهم);
 * - Arabic: an Arabic function word, a word with the article ال (not a Persian one such as
 *   البته), a word with TEH MARBUTA or ALEF MAKSURA.
 * The line is Persian or Urdu when its Persian/Urdu evidence outweighs its Arabic evidence; a line
 * with no Persian/Urdu evidence is Arabic. FARSI YEH, KEHEH and HEH DOACHASHMEE alone are no
 * evidence: Persian keyboards type them in Arabic too.
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

const UNITS = new Uint8Array(0x10000);
/** The letter a code unit stands for in a word's key (FARSI YEH as YEH, KEHEH as KAF...). */
const KEY = new Uint16Array(0x10000);
/** 1 for the letters only Persian or Urdu use. */
const PERSIAN_ONLY = new Uint8Array(0x10000);
/** 1 for TEH MARBUTA and ALEF MAKSURA: Arabic spelling. */
const ARABIC_ONLY = new Uint8Array(0x10000);
const FORM_LETTERS: string[] = [];
const FORM_INDEX = new Uint16Array(0x10000);

for (const [first, last] of ARABIC_LETTERS) UNITS.fill(Unit.Letter, first, last + 1);
for (let unit = 0; unit < 0x10000; unit++) {
  KEY[unit] = unit;
  if (UNITS[unit] === Unit.Separator && combiningClass(unit) !== 0) UNITS[unit] = Unit.Transparent;
}
for (const [first, last] of INVISIBLES) UNITS.fill(Unit.Transparent, first, last + 1);
UNITS[0x0640] = Unit.Transparent; // ARABIC TATWEEL
UNITS[0x0670] = Unit.Transparent; // ARABIC LETTER SUPERSCRIPT ALEF (a mark in use)
for (const [first, last] of LINE_BREAKS) UNITS.fill(Unit.LineBreak, first, last + 1);
UNITS[ZWNJ] = Unit.Zwnj;
for (const [form, letters] of PRESENTATION_FORMS) {
  UNITS[form] = Unit.Form;
  FORM_LETTERS.push(letters);
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
  0x06c1, // ARABIC LETTER HEH GOAL
  0x06c2, // ARABIC LETTER HEH GOAL WITH HAMZA ABOVE
  0x06c3, // ARABIC LETTER TEH MARBUTA GOAL
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

const toSet = (...lists: (readonly string[])[]) => new Set(lists.flat());
const PERSIAN_SET = toSet(PERSIAN_WORDS, URDU_WORDS);
const ARABIC_SET = toSet(ARABIC_WORDS);
const PERSIAN_AL_SET = toSet(PERSIAN_AL_WORDS);

/** Longest key kept for the word lists (longer words are judged by their letters only). */
const MAX_KEY = 12;
const key = new Uint16Array(MAX_KEY + 1);
let keyLength = 0;
let persianLetters = false;
let arabicLetters = false;
let persianScore = 0;
let arabicScore = 0;

function addLetter(unit: number): void {
  if (PERSIAN_ONLY[unit] === 1) persianLetters = true;
  if (ARABIC_ONLY[unit] === 1) arabicLetters = true;
  if (keyLength <= MAX_KEY) key[keyLength] = KEY[unit]!;
  keyLength++;
}

function addMark(unit: number): void {
  if (keyLength === 0 || keyLength > MAX_KEY + 1) return;
  const last = keyLength - 1;
  if (last > MAX_KEY) return;
  const letter = composed(key[last]!, unit);
  if (letter !== 0) key[last] = letter;
}

const ALEF_LAM = 'ال';

/** Scores the word just read, and starts the next one. */
function endWord(): void {
  if (keyLength === 0) return;
  let persian = persianLetters;
  let arabic = arabicLetters;
  if (keyLength <= MAX_KEY) {
    const word = String.fromCharCode.apply(null, key.subarray(0, keyLength) as unknown as number[]);
    if (PERSIAN_SET.has(word)) persian = true;
    else if (ARABIC_SET.has(word)) arabic = true;
    else if (keyLength >= 4 && word.startsWith(ALEF_LAM) && !PERSIAN_AL_SET.has(word)) {
      arabic = true;
    }
  } else if (key[0] === ALEF && key[1] === 0x0644) {
    arabic = true;
  }
  if (persian) persianScore++;
  else if (arabic) arabicScore++;
  keyLength = 0;
  persianLetters = false;
  arabicLetters = false;
}

/** Whether a code unit is part of a word, for a ZERO WIDTH NON-JOINER beside it. */
const isWordUnit = (u: number) => {
  const kind = UNITS[u];
  return kind === Unit.Letter || kind === Unit.Form || kind === Unit.Transparent;
};

/**
 * Whether the line `text[start, end)` is Persian or Urdu (see the module comment). Linear in the
 * length of the line.
 */
export function isPersianLine(text: string, start: number, end: number): boolean {
  persianScore = 0;
  arabicScore = 0;
  keyLength = 0;
  persianLetters = false;
  arabicLetters = false;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    switch (UNITS[unit]) {
      case Unit.Letter:
        addLetter(unit);
        break;
      case Unit.Transparent:
        addMark(unit);
        break;
      case Unit.Form: {
        const letters = FORM_LETTERS[FORM_INDEX[unit]! - 1]!;
        for (let k = 0; k < letters.length; k++) {
          const u = letters.charCodeAt(k);
          if (UNITS[u] === Unit.Letter) addLetter(u);
          else if (UNITS[u] === Unit.Transparent) addMark(u);
          else endWord();
        }
        break;
      }
      case Unit.Zwnj:
        if (keyLength > 0 && i + 1 < end && isWordUnit(text.charCodeAt(i + 1))) persianScore++;
        endWord();
        break;
      default:
        endWord();
    }
  }
  endWord();
  return persianScore > arabicScore;
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
