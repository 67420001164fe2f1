/**
 * The rules of the pipeline: every edit a pass makes is tagged with one, so that `explain` can say
 * why each character changed. A rule's number is what passes hand to `TextEditor` (cheap to pass);
 * its id is the stable public name; its description is one line for people.
 *
 * Ids are part of the public API: add rules freely, never rename or reuse one.
 */
export const RULE_TABLE = [
  // Stage 1: Unicode cleanup.
  ['presentation-form', 'presentation form or ligature written as the letters it stands for'],
  [
    'invisible',
    'invisible control removed (bidi mark, embedding or isolate, zero-width character, BOM, soft hyphen, control code)',
  ],
  ['zwnj', 'zero width non-joiner removed or written as a space (option zwnj)'],
  [
    'tatweel',
    'decorative tatweel (kashida) removed (option tatweel); one seating a mark, used as a dash, binding a prefix or in هـ is kept',
  ],
  ['lone-surrogate', 'unpaired surrogate (broken UTF-16) written as U+FFFD'],
  ['nfc', 'letters and marks put in Unicode canonical form and order (NFC)'],
  ['detached-mark', 'haraka cut off from its letter by a space put back on the letter'],
  ['orphan-mark', 'detached marks at the start of a line, with no letter to go on, removed'],
  ['duplicate-mark', 'the same haraka written twice on one letter kept once'],
  ['diacritics', 'diacritics removed (option diacritics)'],
  [
    'line-break',
    'line break (CR, CRLF, NEL, U+2028, U+2029, form feed, vertical tab) written as \\n',
  ],
  [
    'whitespace',
    'run of spaces and line breaks collapsed: one space, at most one blank line, none at the ends',
  ],
  // Stage 2: Persian and Urdu letters.
  ['farsi-yeh', 'FARSI YEH (or YEH BARREE) written as Arabic YEH'],
  ['alef-maksura', 'word-final FARSI YEH written as ALEF MAKSURA (listed word)'],
  ['keheh', 'KEHEH written as Arabic KAF'],
  ['heh', 'HEH DOACHASHMEE, HEH GOAL or AE written as Arabic HEH'],
  ['heh-hamza', 'HEH WITH YEH ABOVE or HEH GOAL WITH HAMZA ABOVE written as HEH with HAMZA ABOVE'],
  ['yeh-hamza', 'YEH BARREE WITH HAMZA ABOVE written as YEH WITH HAMZA ABOVE'],
  ['teh-marbuta', 'TEH MARBUTA GOAL written as Arabic TEH MARBUTA'],
  // Stage 3: numbers and punctuation.
  [
    'digit',
    'digits written in one digit system (option digits), with the separators of the same number',
  ],
  ['number-separator', 'decimal or thousands separator written in the style of the digits'],
  ['number-dash', 'hyphen or dash look-alike inside a number written as -'],
  ['percent', 'percent or per mille sign written in the style of the digits'],
  [
    'visual-order-number',
    'phone number stored in visual order (groups reversed) put back in reading order',
  ],
  [
    'punctuation',
    'comma, semicolon or question mark written in the script of the words around it (option punctuation)',
  ],
  [
    'punct-space',
    'space before punctuation or inside brackets and quotes removed, or missing space after it added',
  ],
  ['stray-comma', 'comma left over after the end of a sentence removed'],
  ['quote', 'quotation mark unified (option quotes)'],
  ['dash', 'hyphen or dash look-alike written as - (option dashes)'],
  // Search folds (lossy, search preset).
  ['fold-alef', 'alef with madda, hamza or wasla folded to bare ALEF (option foldAlef)'],
  ['fold-alef-maksura', 'ALEF MAKSURA folded to YEH (option foldAlefMaksura)'],
  ['fold-teh-marbuta', 'TEH MARBUTA folded to HEH (option foldTehMarbuta)'],
  [
    'fold-hamza',
    'hamza on waw or yeh folded to the bare letter, a combining hamza on another letter removed (option foldHamza)',
  ],
  [
    'case-ending',
    'vowel, tanween or sukun cut off from the end of a word (standing alone, or glued to the next word where it cannot sit) put back on that end',
  ],
  [
    'persian-passage',
    'letter or zero width non-joiner of a Persian or Urdu line kept as written (option farsiLetters: auto)',
  ],
  [
    'elongation',
    'letter repeated three or more times for emphasis written once, a laugh of HEH alone as هه (option elongation)',
  ],
  [
    'fold-quranic',
    'Quranic sign that plain spelling does not write removed from a letter: small waw or yeh, madda on a letter other than alef, annotation mark (option foldQuranicMarks)',
  ],
] as const;

/** The stable id of a rule, such as `farsi-yeh` or `punct-space`. */
export type RuleId = (typeof RULE_TABLE)[number][0];

/** Rule numbers by name, for the passes (index into {@link RULE_TABLE}). */
export const Rule = {
  PresentationForm: 0,
  Invisible: 1,
  Zwnj: 2,
  Tatweel: 3,
  LoneSurrogate: 4,
  Nfc: 5,
  DetachedMark: 6,
  OrphanMark: 7,
  DuplicateMark: 8,
  Diacritics: 9,
  LineBreak: 10,
  Whitespace: 11,
  FarsiYeh: 12,
  AlefMaksura: 13,
  Keheh: 14,
  Heh: 15,
  HehHamza: 16,
  YehHamza: 17,
  TehMarbuta: 18,
  Digit: 19,
  NumberSeparator: 20,
  NumberDash: 21,
  Percent: 22,
  VisualOrderNumber: 23,
  Punctuation: 24,
  PunctSpace: 25,
  StrayComma: 26,
  Quote: 27,
  Dash: 28,
  FoldAlef: 29,
  FoldAlefMaksura: 30,
  FoldTehMarbuta: 31,
  FoldHamza: 32,
  CaseEnding: 33,
  PersianPassage: 34,
  Elongation: 35,
  FoldQuranic: 36,
} as const;

/** A rule number (see {@link Rule}). */
export type RuleNumber = (typeof Rule)[keyof typeof Rule];

/** The id of rule number `rule`. */
export const ruleId = (rule: RuleNumber): RuleId => RULE_TABLE[rule][0];

/** The one-line description of rule number `rule`. */
export const ruleDescription = (rule: RuleNumber): string => RULE_TABLE[rule][1];
