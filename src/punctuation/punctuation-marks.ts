/**
 * The punctuation stage 3 reads and writes, as data: one entry per line with its Unicode name.
 */

/** Latin marks and the Arabic marks they become beside Arabic words (`punctuation: 'arabic'`). */
export const LATIN_TO_ARABIC: readonly (readonly [latin: number, arabic: number])[] = [
  [0x002c, 0x060c], // COMMA -> ARABIC COMMA
  [0x003b, 0x061b], // SEMICOLON -> ARABIC SEMICOLON
  [0x003f, 0x061f], // QUESTION MARK -> ARABIC QUESTION MARK
];

/** Marks that end a clause or a sentence: no space before them, one space after when a word follows. */
export const CLAUSE_MARKS: readonly number[] = [
  0x0021, // EXCLAMATION MARK
  0x002c, // COMMA
  0x002e, // FULL STOP
  0x003a, // COLON
  0x003b, // SEMICOLON
  0x003f, // QUESTION MARK
  0x060c, // ARABIC COMMA
  0x061b, // ARABIC SEMICOLON
  0x061f, // ARABIC QUESTION MARK
  0x2026, // HORIZONTAL ELLIPSIS
];

/** Marks that end a sentence; a comma directly after one of them is dropped. */
export const SENTENCE_MARKS: readonly number[] = [
  0x0021, // EXCLAMATION MARK
  0x002e, // FULL STOP
  0x003f, // QUESTION MARK
  0x061f, // ARABIC QUESTION MARK
  0x2026, // HORIZONTAL ELLIPSIS
];

/** Commas dropped when they directly follow a sentence mark. */
export const COMMAS: readonly number[] = [
  0x002c, // COMMA
  0x060c, // ARABIC COMMA
];

/** Closing brackets: no space before them. */
export const CLOSING_BRACKETS: readonly number[] = [
  0x0029, // RIGHT PARENTHESIS
  0x005d, // RIGHT SQUARE BRACKET
  0x007d, // RIGHT CURLY BRACKET
];

/** Opening brackets: no space after them. */
export const OPENING_BRACKETS: readonly number[] = [
  0x0028, // LEFT PARENTHESIS
  0x005b, // LEFT SQUARE BRACKET
  0x007b, // LEFT CURLY BRACKET
];

/** Double quotation marks and the direction each is written for (`'either'` for ASCII). */
export const DOUBLE_QUOTES: readonly (readonly [
  code: number,
  nominal: 'open' | 'close' | 'either',
])[] = [
  [0x0022, 'either'], // QUOTATION MARK
  [0x00ab, 'open'], // LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
  [0x00bb, 'close'], // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
  [0x201c, 'open'], // LEFT DOUBLE QUOTATION MARK
  [0x201d, 'close'], // RIGHT DOUBLE QUOTATION MARK
  [0x201e, 'open'], // DOUBLE LOW-9 QUOTATION MARK
  [0x201f, 'open'], // DOUBLE HIGH-REVERSED-9 QUOTATION MARK
];

/** Single quotation marks and apostrophes, with the direction each is written for. */
export const SINGLE_QUOTES: readonly (readonly [
  code: number,
  nominal: 'open' | 'close' | 'either',
])[] = [
  [0x0027, 'either'], // APOSTROPHE
  [0x2018, 'open'], // LEFT SINGLE QUOTATION MARK
  [0x2019, 'close'], // RIGHT SINGLE QUOTATION MARK
  [0x201a, 'open'], // SINGLE LOW-9 QUOTATION MARK
  [0x201b, 'open'], // SINGLE HIGH-REVERSED-9 QUOTATION MARK
  [0x2039, 'open'], // SINGLE LEFT-POINTING ANGLE QUOTATION MARK
  [0x203a, 'close'], // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
];

/** What quotes become: `[open, close]` for each style (ASCII has one mark for both). */
export const QUOTE_OUTPUT = {
  ascii: { double: ['"', '"'], single: ["'", "'"] },
  guillemets: { double: ['\u00ab', '\u00bb'], single: ['\u2039', '\u203a'] },
} as const;

/** Hyphens that always become HYPHEN-MINUS. */
export const HYPHENS: readonly number[] = [
  0x2010, // HYPHEN
  0x2011, // NON-BREAKING HYPHEN
];

/** Minus and dash look-alikes that become HYPHEN-MINUS between two digits. */
export const DIGIT_HYPHENS: readonly number[] = [
  0x2010, // HYPHEN
  0x2011, // NON-BREAKING HYPHEN
  0x2012, // FIGURE DASH
  0x2212, // MINUS SIGN
  0xfe63, // SMALL HYPHEN-MINUS
  0xff0d, // FULLWIDTH HYPHEN-MINUS
];

/** Dashes that become HYPHEN-MINUS with `dashes: 'hyphen'`. */
export const DASHES: readonly number[] = [
  0x2013, // EN DASH
  0x2014, // EM DASH
  0x2015, // HORIZONTAL BAR
];

/**
 * Every hyphen, dash and minus look-alike this stage may make HYPHEN-MINUS (the three lists above,
 * once each): a token treats them as the `-` they may become.
 */
export const HYPHEN_LOOKALIKES: readonly number[] = [
  ...new Set([...HYPHENS, ...DIGIT_HYPHENS, ...DASHES]),
].sort((a, b) => a - b);
