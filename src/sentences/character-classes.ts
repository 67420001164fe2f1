import type { CodeRange } from '../chars/code-range.js';
import { DIGITS, LATIN_LETTERS, SENTENCE_LETTERS, SENTENCE_MARKS } from '../chars/sets.js';
import { LINE_BREAKS, SPACES } from '../chars/unicode-properties.generated.js';
import { fillOnFirstUse } from '../core/table-fills.js';
import { unitBytes } from '../core/unit-tables.js';

/** What the sentence splitter sees in one UTF-16 code unit. */
export const CharClass = {
  Other: 0,
  /** White space that `String.prototype.trim` removes, line breaks aside. */
  Space: 1,
  /** A hard sentence boundary. */
  LineBreak: 2,
  ArabicLetter: 3,
  LatinLetter: 4,
  /** A combining mark or tatweel: part of the word before it, not a letter of its own. */
  Mark: 5,
  Digit: 6,
  /** Invisible format controls: transparent to every rule (`د\u202A.\u202C`). */
  Format: 7,
  /** `.` FULL STOP. */
  Dot: 8,
  /** `!` `?` `؟`: end a sentence wherever a space or an Arabic letter follows them. */
  Strong: 9,
  /** `…` HORIZONTAL ELLIPSIS. */
  Ellipsis: 10,
  /** Closing quotes and brackets that stay with the sentence before them. */
  Closer: 11,
  /** `"` `'` and quotes that open or close by convention (`«` `“`): closing when no letter or
   * digit follows them, opening otherwise. */
  Quote: 12,
  /** Clause punctuation that cannot open a sentence: `,` `،` `;` `؛`. */
  Clause: 13,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

// The classes under the short names that the scans compare with (`CHAR_CLASS[code] === SPACE`).
export const SPACE = CharClass.Space;
export const BREAK = CharClass.LineBreak;
export const ARABIC = CharClass.ArabicLetter;
export const LATIN = CharClass.LatinLetter;
export const MARK = CharClass.Mark;
export const DIGIT = CharClass.Digit;
export const FORMAT = CharClass.Format;
export const DOT = CharClass.Dot;
export const STRONG = CharClass.Strong;
export const ELLIPSIS = CharClass.Ellipsis;
export const CLOSER = CharClass.Closer;
export const QUOTE = CharClass.Quote;
export const CLAUSE = CharClass.Clause;

/** The rows of `ranges`, each with `value`. */
const rows = (ranges: readonly CodeRange[], value: CharClass) =>
  ranges.map(([first, last]) => [first, last, value] as const);

/**
 * Ranges of code units, inclusive, with the class they get; later rows win. Letters, marks,
 * digits, spaces and line breaks are the shared classes of src/chars; the rest is the splitter's.
 */
const RANGES: (readonly [number, number, CharClass])[] = [];

/** Fills {@link RANGES}, on first use (src/core/table-fills.ts): the sets it reads are made then. */
function fillRanges(): void {
  RANGES.push(
    ...rows(LATIN_LETTERS, CharClass.LatinLetter),
    ...rows(SENTENCE_LETTERS, CharClass.ArabicLetter),
    ...rows(SENTENCE_MARKS, CharClass.Mark),
    ...rows(DIGITS, CharClass.Digit),
    ...rows(SPACES, CharClass.Space),
    [0xfeff, 0xfeff, CharClass.Space], // ZERO WIDTH NO-BREAK SPACE (trimmed by String.prototype.trim)
    ...rows(LINE_BREAKS, CharClass.LineBreak),
    [0x00ad, 0x00ad, CharClass.Format], // SOFT HYPHEN
    [0x061c, 0x061c, CharClass.Format], // ARABIC LETTER MARK
    [0x200b, 0x200f, CharClass.Format], // ZERO WIDTH SPACE..RIGHT-TO-LEFT MARK
    [0x202a, 0x202e, CharClass.Format], // LEFT-TO-RIGHT EMBEDDING..RIGHT-TO-LEFT OVERRIDE
    [0x2060, 0x2064, CharClass.Format], // WORD JOINER..INVISIBLE PLUS
    [0x2066, 0x206f, CharClass.Format], // LEFT-TO-RIGHT ISOLATE..NOMINAL DIGIT SHAPES
    [0x002e, 0x002e, CharClass.Dot], // FULL STOP
    [0x0021, 0x0021, CharClass.Strong], // EXCLAMATION MARK
    [0x003f, 0x003f, CharClass.Strong], // QUESTION MARK
    [0x061f, 0x061f, CharClass.Strong], // ARABIC QUESTION MARK
    [0x2026, 0x2026, CharClass.Ellipsis], // HORIZONTAL ELLIPSIS
    [0x0029, 0x0029, CharClass.Closer], // RIGHT PARENTHESIS
    [0x005d, 0x005d, CharClass.Closer], // RIGHT SQUARE BRACKET
    [0x007d, 0x007d, CharClass.Closer], // RIGHT CURLY BRACKET
    [0x00bb, 0x00bb, CharClass.Closer], // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
    [0x2019, 0x2019, CharClass.Closer], // RIGHT SINGLE QUOTATION MARK
    [0x201d, 0x201d, CharClass.Closer], // RIGHT DOUBLE QUOTATION MARK
    [0x203a, 0x203a, CharClass.Closer], // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    [0x0022, 0x0022, CharClass.Quote], // QUOTATION MARK
    [0x0027, 0x0027, CharClass.Quote], // APOSTROPHE
    [0x00ab, 0x00ab, CharClass.Quote], // LEFT-POINTING DOUBLE ANGLE QUOTATION MARK (closes in »…« usage)
    [0x2018, 0x2018, CharClass.Quote], // LEFT SINGLE QUOTATION MARK (closes in ’…‘ usage)
    [0x201c, 0x201c, CharClass.Quote], // LEFT DOUBLE QUOTATION MARK (closes in ”…“ usage)
    [0x2039, 0x2039, CharClass.Quote], // SINGLE LEFT-POINTING ANGLE QUOTATION MARK
    [0xfd3e, 0xfd3f, CharClass.Quote], // ORNATE LEFT PARENTHESIS, ORNATE RIGHT PARENTHESIS (either opens)
    [0x002c, 0x002c, CharClass.Clause], // COMMA
    [0x003b, 0x003b, CharClass.Clause], // SEMICOLON
    [0x060c, 0x060c, CharClass.Clause], // ARABIC COMMA
    [0x061b, 0x061b, CharClass.Clause], // ARABIC SEMICOLON
  );
}
fillOnFirstUse(fillRanges);

/** Class of every UTF-16 code unit, indexed by `charCodeAt`. */
export const CHAR_CLASS: Uint8Array = unitBytes();

/** Fills {@link CHAR_CLASS}, on first use (src/core/table-fills.ts). */
function fillCharClasses(): void {
  // Indexed: destructuring allocates iterator objects per row in code that runs once.
  for (let k = 0; k < RANGES.length; k++)
    CHAR_CLASS.fill(RANGES[k]![2], RANGES[k]![0], RANGES[k]![1] + 1);
}
fillOnFirstUse(fillCharClasses);

/**
 * The code units whose class is one of `classes`: found through the rows of those classes (a few
 * hundred code units), not by reading all 65,536 entries of {@link CHAR_CLASS}.
 */
export function unitsOfClass(...classes: CharClass[]): number[] {
  const units: number[] = [];
  for (let k = 0; k < RANGES.length; k++) {
    const value = RANGES[k]![2];
    if (!classes.includes(value)) continue;
    // A later row may have given the unit another class: the table has the last word.
    for (let code = RANGES[k]![0]; code <= RANGES[k]![1]; code++) {
      if (CHAR_CLASS[code] === value) units.push(code);
    }
  }
  return units;
}

/**
 * The code units whose class is one of `classes`, written as the members of a regular expression's
 * character class (`\u000a\u000b...`), for the native searches of the scan.
 */
export const classMembers = (...classes: CharClass[]): string =>
  unitsOfClass(...classes)
    .map((code) => `\\u${code.toString(16).padStart(4, '0')}`)
    .join('');
