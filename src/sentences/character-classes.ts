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

/** Ranges of code units, inclusive, with the class they get; later rows win. */
const RANGES: readonly (readonly [number, number, CharClass])[] = [
  [0x0041, 0x005a, CharClass.LatinLetter], // LATIN CAPITAL LETTER A..Z
  [0x0061, 0x007a, CharClass.LatinLetter], // LATIN SMALL LETTER A..Z
  [0x00c0, 0x024f, CharClass.LatinLetter], // LATIN CAPITAL LETTER A WITH GRAVE..LATIN SMALL LETTER Y WITH STROKE
  [0x00d7, 0x00d7, CharClass.Other], // MULTIPLICATION SIGN
  [0x00f7, 0x00f7, CharClass.Other], // DIVISION SIGN
  [0x0300, 0x036f, CharClass.Mark], // COMBINING GRAVE ACCENT..COMBINING LATIN SMALL LETTER X
  [0x0610, 0x061a, CharClass.Mark], // ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM..ARABIC SMALL KASRA
  [0x0620, 0x063f, CharClass.ArabicLetter], // ARABIC LETTER KASHMIRI YEH..ARABIC LETTER FARSI YEH WITH THREE DOTS ABOVE
  [0x0640, 0x0640, CharClass.Mark], // ARABIC TATWEEL
  [0x0641, 0x064a, CharClass.ArabicLetter], // ARABIC LETTER FEH..ARABIC LETTER YEH
  [0x064b, 0x065f, CharClass.Mark], // ARABIC FATHATAN..ARABIC WAVY HAMZA BELOW
  [0x0660, 0x0669, CharClass.Digit], // ARABIC-INDIC DIGIT ZERO..NINE
  [0x066e, 0x066f, CharClass.ArabicLetter], // ARABIC LETTER DOTLESS BEH..ARABIC LETTER DOTLESS QAF
  [0x0670, 0x0670, CharClass.Mark], // ARABIC LETTER SUPERSCRIPT ALEF
  [0x0671, 0x06d3, CharClass.ArabicLetter], // ARABIC LETTER ALEF WASLA..ARABIC LETTER YEH BARREE WITH HAMZA ABOVE
  [0x06d5, 0x06d5, CharClass.ArabicLetter], // ARABIC LETTER AE
  [0x06d6, 0x06dc, CharClass.Mark], // ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA..ARABIC SMALL HIGH SEEN
  [0x06df, 0x06e4, CharClass.Mark], // ARABIC SMALL HIGH ROUNDED ZERO..ARABIC SMALL HIGH MADDA
  [0x06e5, 0x06e6, CharClass.ArabicLetter], // ARABIC SMALL WAW..ARABIC SMALL YEH
  [0x06e7, 0x06e8, CharClass.Mark], // ARABIC SMALL HIGH YEH..ARABIC SMALL HIGH NOON
  [0x06ea, 0x06ed, CharClass.Mark], // ARABIC EMPTY CENTRE LOW STOP..ARABIC SMALL LOW MEEM
  [0x06ee, 0x06ef, CharClass.ArabicLetter], // ARABIC LETTER DAL WITH INVERTED V..ARABIC LETTER REH WITH INVERTED V
  [0x06f0, 0x06f9, CharClass.Digit], // EXTENDED ARABIC-INDIC DIGIT ZERO..NINE
  [0x06fa, 0x06fc, CharClass.ArabicLetter], // ARABIC LETTER SHEEN WITH DOT BELOW..ARABIC LETTER GHAIN WITH DOT BELOW
  [0x06ff, 0x06ff, CharClass.ArabicLetter], // ARABIC LETTER HEH WITH INVERTED V
  [0x0750, 0x077f, CharClass.ArabicLetter], // ARABIC LETTER BEH WITH THREE DOTS HORIZONTALLY BELOW..ARABIC LETTER KAF WITH TWO DOTS ABOVE
  [0x0870, 0x0887, CharClass.ArabicLetter], // ARABIC LETTER ALEF WITH ATTACHED FATHA..ARABIC BASELINE ROUND DOT
  [0x0889, 0x088e, CharClass.ArabicLetter], // ARABIC LETTER NOON WITH INVERTED SMALL V..ARABIC VERTICAL TAIL
  [0x08a0, 0x08c9, CharClass.ArabicLetter], // ARABIC LETTER BEH WITH SMALL V BELOW..ARABIC SMALL FARSI YEH
  [0x08ca, 0x08ff, CharClass.Mark], // ARABIC SMALL HIGH FARSI YEH..ARABIC MARK SIDEWAYS NOON GHUNNA
  [0xfb50, 0xfdfb, CharClass.ArabicLetter], // ARABIC LETTER ALEF WASLA ISOLATED FORM..ARABIC LIGATURE JALLAJALALOUHOU
  [0xfe70, 0xfefc, CharClass.ArabicLetter], // ARABIC FATHATAN ISOLATED FORM..ARABIC LIGATURE LAM WITH ALEF FINAL FORM
  [0x0030, 0x0039, CharClass.Digit], // DIGIT ZERO..NINE
  [0x0009, 0x0009, CharClass.Space], // CHARACTER TABULATION
  [0x0020, 0x0020, CharClass.Space], // SPACE
  [0x00a0, 0x00a0, CharClass.Space], // NO-BREAK SPACE
  [0x1680, 0x1680, CharClass.Space], // OGHAM SPACE MARK
  [0x2000, 0x200a, CharClass.Space], // EN QUAD..HAIR SPACE
  [0x202f, 0x202f, CharClass.Space], // NARROW NO-BREAK SPACE
  [0x205f, 0x205f, CharClass.Space], // MEDIUM MATHEMATICAL SPACE
  [0x3000, 0x3000, CharClass.Space], // IDEOGRAPHIC SPACE
  [0xfeff, 0xfeff, CharClass.Space], // ZERO WIDTH NO-BREAK SPACE (trimmed by String.prototype.trim)
  [0x000a, 0x000d, CharClass.LineBreak], // LINE FEED, LINE TABULATION, FORM FEED, CARRIAGE RETURN
  [0x0085, 0x0085, CharClass.LineBreak], // NEXT LINE (NEL)
  [0x2028, 0x2029, CharClass.LineBreak], // LINE SEPARATOR, PARAGRAPH SEPARATOR
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
];

/** Class of every UTF-16 code unit, indexed by `charCodeAt`. */
export const CHAR_CLASS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (const [from, to, value] of RANGES) table.fill(value, from, to + 1);
  return table;
})();
