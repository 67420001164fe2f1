/**
 * Whether a single full stop ends a sentence, decided from both sides of it.
 *
 * | before the stop                                   | ends the sentence when the next word…  |
 * | ------------------------------------------------- | -------------------------------------- |
 * | an ordinary word                                  | always                                 |
 * | a title, an initial, a company form, a reference  | is a sentence starter                  |
 * | an era, unit or currency after a number, `إلخ`,   | opens a sentence: a starter, an opener |
 * | `etc`, a compound unit (`م³/ث`), the last letter  | (`sentence-openers.ts`), or `و` joined |
 * | of a spelled acronym                              | to a word without the article          |
 * | a spelled letter with another after it (`بي. بي`) | never                                  |
 * | a number opening its sentence (`1.`, `الفصل 3.`)  | never                                  |
 * | a short number before a Latin word (`2. Auflage`) | is a sentence starter                  |
 * | any other number                                  | always                                 |
 *
 * A stop after spaces reads the word before the spaces (`د . أحمد`). The same decision serves the
 * fast scan and the reference scan in the tests.
 */
import {
  ABBREVIATIONS,
  AFTER_NUMBER_ABBREVIATIONS,
  CLAUSE_FINAL_ABBREVIATIONS,
} from './abbreviations.js';
import {
  ARABIC,
  BREAK,
  CHAR_CLASS,
  DIGIT,
  DOT,
  FORMAT,
  LATIN,
  MARK,
  SPACE,
} from './character-classes.js';
import { LETTER_NAMES, LETTER_NAMES_ALSO_WORDS } from './letter-names.js';
import { NUMBERED_LABELS } from './numbered-labels.js';
import { SENTENCE_OPENERS } from './sentence-openers.js';
import { SENTENCE_STARTERS } from './sentence-starters.js';
import {
  emptyWordSet,
  fillWordSet,
  foldLetter,
  mayHold,
  nextWord,
  nextWordEnd,
  type WordSet,
  wordKeys,
  wordSet,
} from './word-set.js';

const isLetter = (c: number) => c === ARABIC || c === LATIN;

/**
 * A word as abbreviations are compared: without combining marks, tatweel and format controls
 * (`إَلخ`, `هـ` and `د\u202A` read as `إلخ`, `ه` and `د`), since normalize may move a detached mark
 * onto it or drop a tatweel.
 */
export const plainWord = (word: string) => stripMarks(word, 0, word.length);

/** The set of abbreviations compared as {@link plainWord}s. */
export const abbreviationSet = (words: readonly string[]) => wordSet(words.map(plainWord));

// The word sets below are filled by fillWordSets, at the first call of the splitter (its options
// check), not at import: a program that imports the library but does not split sentences does not
// build them.
export const DEFAULT_ABBREVIATIONS: WordSet = emptyWordSet();
const CLAUSE_FINAL = new Set<string>();
const AFTER_NUMBER = emptyWordSet();
/** A word with more code units than this many times the longest entry is not looked up. */
const MARKS_PER_LETTER = 4;
const STARTERS = emptyWordSet();
const OPENERS = emptyWordSet();
const NAMES = emptyWordSet();
const NAMES_ALSO_WORDS = emptyWordSet();
const LABELS = emptyWordSet();
/** Longest word read after a full stop to decide whether it opens a sentence. */
let longestNext = 12;
let wordSetsFilled = false;

/** Fills the word sets of the full-stop decision (once: later calls return at once). */
export function fillWordSets(): void {
  if (wordSetsFilled) return;
  wordSetsFilled = true;
  fillWordSet(DEFAULT_ABBREVIATIONS, ABBREVIATIONS.map(plainWord));
  for (const word of CLAUSE_FINAL_ABBREVIATIONS) CLAUSE_FINAL.add(plainWord(word));
  fillWordSet(AFTER_NUMBER, AFTER_NUMBER_ABBREVIATIONS.map(plainWord));
  fillWordSet(STARTERS, SENTENCE_STARTERS);
  fillWordSet(OPENERS, SENTENCE_OPENERS);
  fillWordSet(NAMES, LETTER_NAMES);
  fillWordSet(NAMES_ALSO_WORDS, LETTER_NAMES_ALSO_WORDS);
  fillWordSet(LABELS, NUMBERED_LABELS);
  longestNext = Math.max(STARTERS.longest, OPENERS.longest, 12);
}

/**
 * The {@link wordKeys} of every word that {@link wordKind} may read as more than an ordinary word
 * when it has two letters or more: a letter name, a unit after a number, one of `abbreviations`
 * (set in `keys` when given). A word before a full stop whose key is not here is an ordinary word.
 */
export const specialWordKeys = (abbreviations: WordSet, keys?: Uint32Array): Uint32Array =>
  wordKeys([NAMES, AFTER_NUMBER, abbreviations], keys);
/** Longest number that can be an ordinal inside a Latin reference (`2. Auflage`, `19. Jh.`). */
const LONGEST_ORDINAL = 3;

const WAW = 0x0648;
const ALEF = 0x0627;
const LAM = 0x0644;

/** How a word before a full stop bears on the boundary. */
const NOT_ABBREVIATION = 0;
/** A title, an initial, a company form or a reference: a name or a number follows it. */
const BEFORE_NAME = 1;
/** An era, a unit, a currency, `إلخ`, the last letter of a spelled acronym: may close a clause. */
const CLAUSE_FINAL_KIND = 2;
/** A spelled Latin letter with another one after it (`بي.` in `بي. بي. سي`): never an end. */
const INSIDE_ACRONYM = 3;

/** The next word is a sentence starter: the only thing that ends a sentence after a title. */
export function startsSentence(text: string, k: number): boolean {
  return STARTERS.words.has(nextWord(text, k, STARTERS.longest));
}

/**
 * The next word opens a sentence after an abbreviation that may close one: a sentence starter, a
 * sentence opener (`sentence-openers.ts`), or `و` joined to a word that is not a noun with the
 * article (`وتولى`, `ويبقى`; not `والقرن`).
 */
export function opensSentence(text: string, k: number): boolean {
  const word = nextWord(text, k, longestNext);
  if (word === '') return false;
  if (STARTERS.words.has(word) || OPENERS.words.has(word)) return true;
  return (
    word.length >= 3 &&
    word.charCodeAt(0) === WAW &&
    !(word.charCodeAt(1) === ALEF && word.charCodeAt(2) === LAM)
  );
}

/**
 * Decides whether the single full stop at `dotAt` ends a sentence, from the word or number before
 * it and the word after it (from `after`, past the run, its closers and marks). `glued` says an
 * Arabic letter follows directly. `floor` is where the current sentence starts: a full stop after
 * spaces (`د . أحمد`, `2018 .دعمت`) reads the word before the spaces, never across the start of
 * the sentence. `contentStart` is the first visible code unit of the sentence.
 */
export function fullStopEnds(
  text: string,
  dotAt: number,
  after: number,
  glued: boolean,
  floor: number,
  tokenStart: number,
  contentStart: number,
  abbreviations: WordSet,
): boolean {
  let p = dotAt - 1;
  while (p >= 0 && CHAR_CLASS[text.charCodeAt(p)]! === FORMAT) p--;
  let wordEnd = dotAt;
  if (p >= 0 && CHAR_CLASS[text.charCodeAt(p)]! === SPACE) {
    while (
      p >= floor &&
      (CHAR_CLASS[text.charCodeAt(p)]! === SPACE || CHAR_CLASS[text.charCodeAt(p)]! === FORMAT)
    )
      p--;
    if (p < floor) return true;
    wordEnd = p + 1;
  }
  if (p < 0) return true;
  const before = CHAR_CLASS[text.charCodeAt(p)]!;
  if (before === ARABIC || before === LATIN) {
    return wordBeforeEnds(text, p, wordEnd, dotAt, after, glued, tokenStart, abbreviations);
  }
  if (before === MARK) {
    // Marks belong to a word only right after one of its letters.
    while (
      p >= 0 &&
      (CHAR_CLASS[text.charCodeAt(p)]! === MARK || CHAR_CLASS[text.charCodeAt(p)]! === FORMAT)
    )
      p--;
    if (p < 0 || !isLetter(CHAR_CLASS[text.charCodeAt(p)]!)) return true;
    return wordBeforeEnds(text, p, wordEnd, dotAt, after, glued, tokenStart, abbreviations);
  }
  if (before === DIGIT) return numberBeforeEnds(text, p, after, glued, contentStart);
  return true;
}

/**
 * Whether a full stop after the word whose last letter is at `last` (and which ends at `wordEnd`,
 * marks and format controls included) ends the sentence: by what the word is (see the table
 * above) and the word after the stop.
 */
function wordBeforeEnds(
  text: string,
  last: number,
  wordEnd: number,
  dotAt: number,
  after: number,
  glued: boolean,
  tokenStart: number,
  abbreviations: WordSet,
): boolean {
  // The word before the dot: letters of one script, marks and format controls from its first
  // letter (`الفصلَOp`: the Latin word is `Op`).
  let p = last;
  let wordStart = p;
  let letters = 0;
  let lead = true; // only format controls between the word and what precedes it
  const script = CHAR_CLASS[text.charCodeAt(p)]!;
  while (p >= 0) {
    const c = CHAR_CLASS[text.charCodeAt(p)]!;
    if (c === script) {
      wordStart = p;
      letters++;
      lead = true;
    } else if (c === MARK) lead = false;
    else if (c !== FORMAT) break;
    p--;
  }
  const kind = wordKind(
    text,
    wordStart,
    wordEnd,
    letters,
    lead,
    p,
    after,
    glued,
    tokenStart,
    abbreviations,
  );
  if (kind === NOT_ABBREVIATION) return true;
  if (kind === INSIDE_ACRONYM) return false;
  if (kind === CLAUSE_FINAL_KIND) return opensSentence(text, after);
  if (glued && letters === 1 && wordEnd === dotAt) return false; // a chain: `أ.د.`, `و.م.أ.`
  return startsSentence(text, after);
}

/** Whether a full stop after the number whose last digit is at `last` ends the sentence. */
function numberBeforeEnds(
  text: string,
  last: number,
  after: number,
  glued: boolean,
  contentStart: number,
): boolean {
  // The number before the dot: digits and format controls from its first digit.
  let p = last;
  let digitStart = p;
  let digits = 0;
  while (p >= 0) {
    const c = CHAR_CLASS[text.charCodeAt(p)]!;
    if (c === DIGIT) {
      digitStart = p;
      digits++;
    } else if (c !== FORMAT) break;
    p--;
  }
  if (isNumbering(text, digitStart, contentStart)) return false;
  // An ordinal inside a Latin reference: `2. Auflage`, `19. Jahrhundert`.
  if (digits <= LONGEST_ORDINAL && !glued && latinWordFollows(text, after)) {
    return startsSentence(text, after);
  }
  return true;
}

/** The next visible code unit, past spaces, line breaks and format controls, is a Latin letter. */
function latinWordFollows(text: string, k: number): boolean {
  const n = text.length;
  let p = k;
  while (p < n) {
    const c = CHAR_CLASS[text.charCodeAt(p)]!;
    if (c !== SPACE && c !== FORMAT && c !== BREAK) break;
    p++;
  }
  return p < n && CHAR_CLASS[text.charCodeAt(p)]! === LATIN;
}

/** What the word `[wordStart, wordEnd)` before a full stop is (see the kinds above). */
function wordKind(
  text: string,
  wordStart: number,
  wordEnd: number,
  letters: number,
  lead: boolean,
  p: number,
  after: number,
  glued: boolean,
  tokenStart: number,
  abbreviations: WordSet,
): number {
  // `1950م`, `H2O`: a word glued to the digits before it
  const afterDigit = lead && p >= 0 && CHAR_CLASS[text.charCodeAt(p)]! === DIGIT;
  // A spelled Latin letter inside an acronym: `بي. بي. سي`, `إم.بي.سي`.
  if (letters <= NAMES.longest && isIn(NAMES, text, wordStart, wordEnd)) {
    if (letterNameFollows(text, after, glued)) return INSIDE_ACRONYM;
    if (letterNameBefore(text, wordStart)) return CLAUSE_FINAL_KIND;
  }
  if (lead && letters <= AFTER_NUMBER.longest && isIn(AFTER_NUMBER, text, wordStart, wordEnd)) {
    if (afterDigit || numberBefore(text, p)) return CLAUSE_FINAL_KIND;
  }
  // The second half of a compound unit: `م³/ث`, `كم/س`.
  if (letters === 1 && lead && p >= 0 && text.charCodeAt(p) === 0x2f /* / */) {
    return CLAUSE_FINAL_KIND;
  }
  const matched = matchAbbreviation(text, wordStart, wordEnd, tokenStart, abbreviations);
  if (matched !== '') return CLAUSE_FINAL.has(matched) ? CLAUSE_FINAL_KIND : BEFORE_NAME;
  if (letters === 1 && !(afterDigit && CHAR_CLASS[text.charCodeAt(wordStart)]! === LATIN))
    return BEFORE_NAME;
  return NOT_ABBREVIATION;
}

/** Longest stretch of spaces looked through between the parts of an acronym or a number and its unit. */
const MAX_GAP = 4;

/** `[from, to)` without marks and format controls is in `set`. */
function isIn(set: WordSet, text: string, from: number, to: number): boolean {
  const last = lastLetterAt(text, from, to);
  return (
    to - from <= set.longest * MARKS_PER_LETTER &&
    mayHold(set, text.charCodeAt(from), text.charCodeAt(last)) &&
    set.words.has(stripMarks(text, from, to))
  );
}

/** The last code unit of `[from, to)` that is not a mark or a format control. */
function lastLetterAt(text: string, from: number, to: number): number {
  let last = to - 1;
  while (
    last > from &&
    (CHAR_CLASS[text.charCodeAt(last)]! === FORMAT || CHAR_CLASS[text.charCodeAt(last)]! === MARK)
  )
    last--;
  return last;
}

/**
 * The word after the full stop is a spelled Latin letter that goes on the acronym: glued to the
 * stop (`إم.بي`), a name that is no Arabic word (`آر. تي`), or followed by a full stop of its own
 * (`بي. بي.`).
 */
function letterNameFollows(text: string, after: number, glued: boolean): boolean {
  const end = nextWordEnd(text, after, NAMES.longest);
  if (end < 0) return false;
  const word = nextWord(text, after, NAMES.longest);
  if (!NAMES.words.has(word)) return false;
  if (glued || !NAMES_ALSO_WORDS.words.has(word)) return true;
  return end < text.length && CHAR_CLASS[text.charCodeAt(end)]! === DOT;
}

/** A spelled Latin letter and a full stop come right before `wordStart` (`بي. ` before `سي`). */
function letterNameBefore(text: string, wordStart: number): boolean {
  let q = wordStart - 1;
  const gapEnd = Math.max(0, wordStart - 1 - MAX_GAP);
  while (
    q >= gapEnd &&
    (CHAR_CLASS[text.charCodeAt(q)]! === SPACE || CHAR_CLASS[text.charCodeAt(q)]! === FORMAT)
  )
    q--;
  if (q < 0 || CHAR_CLASS[text.charCodeAt(q)]! !== DOT) return false;
  q--;
  while (q >= 0 && CHAR_CLASS[text.charCodeAt(q)]! === FORMAT) q--;
  const end = q + 1;
  const stop = Math.max(-1, end - 1 - NAMES.longest * 2);
  let start = end;
  while (q > stop) {
    const c = CHAR_CLASS[text.charCodeAt(q)]!;
    if (c === ARABIC) start = q;
    else if (c !== MARK && c !== FORMAT) break;
    q--;
  }
  if (start === end) return false;
  if (q >= 0 && isLetter(CHAR_CLASS[text.charCodeAt(q)]!)) return false; // longer than any letter name
  return isIn(NAMES, text, start, end);
}

/** A number ends at `p`, or before a few spaces that end at `p`: `1990 م`. */
function numberBefore(text: string, p: number): boolean {
  let q = p;
  const stop = Math.max(-1, p - MAX_GAP);
  while (
    q > stop &&
    (CHAR_CLASS[text.charCodeAt(q)]! === SPACE || CHAR_CLASS[text.charCodeAt(q)]! === FORMAT)
  )
    q--;
  return q >= 0 && q < p && CHAR_CLASS[text.charCodeAt(q)]! === DIGIT;
}

/**
 * The listed abbreviation that the word `[wordStart, wordEnd)`, or the dotted token ending at
 * `wordEnd`, is (`Ph.D`, `أ.م.د`), without its format controls; `''` when it is none.
 */
function matchAbbreviation(
  text: string,
  wordStart: number,
  wordEnd: number,
  tokenStart: number,
  set: WordSet,
): string {
  const last = text.charCodeAt(lastLetterAt(text, wordStart, wordEnd));
  const longest = set.longest * MARKS_PER_LETTER;
  // A dotted token such as `ق.م`, `Ph.D` or `أ.م.د`, after a few opening quotes or brackets: the
  // longer match says more than its last letter (`م` alone is a title, `ق.م` an era).
  if (wordEnd - tokenStart <= longest + 4) {
    let from = tokenStart;
    while (from < wordStart && !isLetter(CHAR_CLASS[text.charCodeAt(from)]!)) from++;
    if (
      from < wordStart &&
      wordEnd - from <= longest &&
      mayHold(set, text.charCodeAt(from), last)
    ) {
      const token = stripMarks(text, from, wordEnd);
      if (set.words.has(token)) return token;
    }
  }
  if (wordEnd - wordStart <= longest && mayHold(set, text.charCodeAt(wordStart), last)) {
    const word = stripMarks(text, wordStart, wordEnd);
    if (set.words.has(word)) return word;
  }
  return '';
}

/** `text.slice(from, to)` without marks, tatweel and format controls, its letters folded. */
function stripMarks(text: string, from: number, to: number): string {
  let clean = true;
  for (let k = from; k < to; k++) {
    const c = CHAR_CLASS[text.charCodeAt(k)]!;
    const code = text.charCodeAt(k);
    if (c === FORMAT || c === MARK || foldLetter(code) !== code) {
      clean = false;
      break;
    }
  }
  if (clean) return text.slice(from, to);
  let word = '';
  for (let k = from; k < to; k++) {
    const c = CHAR_CLASS[text.charCodeAt(k)]!;
    if (c !== FORMAT && c !== MARK) word += String.fromCharCode(foldLetter(text.charCodeAt(k)));
  }
  return word;
}

/**
 * The number `[digitStart, dot)` numbers a heading or a list item: it opens its sentence, alone or
 * after a label word (`1.`, `فصل ١.`, `الفصل ٣.`).
 */
function isNumbering(text: string, digitStart: number, contentStart: number): boolean {
  if (contentStart < 0) return false;
  let p = digitStart;
  while (p > contentStart && CHAR_CLASS[text.charCodeAt(p - 1)]! === SPACE) p--;
  if (p === contentStart) return true;
  if (p - contentStart > LABELS.longest * 2 + 4) return false;
  return LABELS.words.has(text.slice(contentStart, p));
}
