// Reference for the property test in properties.test.ts: the straightforward forward scan that
// `splitSentences` replaced, kept unchanged so that every optimisation is checked against it.
import { assertText } from '../../src/options/resolve.js';
import { ABBREVIATIONS } from '../../src/sentences/abbreviations.js';
import { CHAR_CLASS, CharClass } from '../../src/sentences/character-classes.js';
import { NUMBERED_LABELS } from '../../src/sentences/numbered-labels.js';
import { SENTENCE_STARTERS } from '../../src/sentences/sentence-starters.js';
import type { Sentence, SplitOptions } from '../../src/sentences/types.js';

const SPACE = CharClass.Space;
const BREAK = CharClass.LineBreak;
const ARABIC = CharClass.ArabicLetter;
const LATIN = CharClass.LatinLetter;
const MARK = CharClass.Mark;
const DIGIT = CharClass.Digit;
const FORMAT = CharClass.Format;
const DOT = CharClass.Dot;
const STRONG = CharClass.Strong;
const ELLIPSIS = CharClass.Ellipsis;
const CLOSER = CharClass.Closer;
const QUOTE = CharClass.Quote;
const CLAUSE = CharClass.Clause;

/** `prev` state: what the last visible code unit before the scan position was. */
const AFTER_SPACE = 0;
const AFTER_LETTER = 1;
const AFTER_DIGIT = 2;
const AFTER_OTHER = 3;

interface WordSet {
  readonly words: ReadonlySet<string>;
  /** Length of the longest entry, to skip lookups that cannot match. */
  readonly longest: number;
}

const wordSet = (words: readonly string[]): WordSet => ({
  words: new Set(words),
  longest: words.reduce((max, word) => Math.max(max, word.length), 0),
});

const DEFAULT_ABBREVIATIONS = wordSet(ABBREVIATIONS);
const STARTERS = wordSet(SENTENCE_STARTERS);
const LABELS = wordSet(NUMBERED_LABELS);

function checkOptions(options: unknown): WordSet {
  if (options === undefined) return DEFAULT_ABBREVIATIONS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('splitSentences: argument "options" must be an object or undefined');
  }
  for (const key of Object.keys(options)) {
    if (key !== 'abbreviations') {
      throw new TypeError(
        `splitSentences: unknown option ${JSON.stringify(key)}; known options are "abbreviations"`,
      );
    }
  }
  const { abbreviations } = options as { abbreviations?: unknown };
  if (abbreviations === undefined) return DEFAULT_ABBREVIATIONS;
  if (!Array.isArray(abbreviations)) {
    throw new TypeError(
      'splitSentences: option "abbreviations" must be an array of strings, like ["ت", "Corp"]',
    );
  }
  if (abbreviations.length === 0) return DEFAULT_ABBREVIATIONS;
  const extra: string[] = [];
  for (const entry of abbreviations) {
    let word = entry;
    if (typeof word === 'string' && word.endsWith('.')) word = word.slice(0, -1);
    if (typeof word !== 'string' || word === '' || !isWordLike(word)) {
      throw new TypeError(
        `splitSentences: option "abbreviations" must hold abbreviations without spaces, like "ت" or "Corp", got ${JSON.stringify(entry)}`,
      );
    }
    extra.push(word);
  }
  return wordSet([...ABBREVIATIONS, ...extra]);
}

/** True when `word` holds no space, line break or sentence punctuation other than inner dots. */
function isWordLike(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const cls = CHAR_CLASS[word.charCodeAt(k)]!;
    if (cls === SPACE || cls === BREAK || cls === STRONG || cls === ELLIPSIS) return false;
  }
  return !word.startsWith('.');
}

const isLetter = (cls: number) => cls === ARABIC || cls === LATIN;

/**
 * The splitter as it was before the fast scan (one dispatch per code unit, with the word, number
 * and token state carried forward), kept as the reference that the fast scan must match exactly.
 */
export function referenceSplitSentences(text: string, options?: SplitOptions): Sentence[] {
  assertText(text, 'splitSentences');
  const abbreviations = checkOptions(options);
  const sentences: Sentence[] = [];
  const n = text.length;

  const emit = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && CHAR_CLASS[text.charCodeAt(s)] === SPACE) s++;
    while (e > s && CHAR_CLASS[text.charCodeAt(e - 1)] === SPACE) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
  };

  /** The word (letters and marks, no marks or tatweel kept) starting at `k`, if it is in `set`. */
  const wordAtIsIn = (k: number, set: WordSet): boolean => {
    let p = k;
    while (p < n) {
      const cls = CHAR_CLASS[text.charCodeAt(p)];
      if (cls !== SPACE && cls !== FORMAT) break;
      p++;
    }
    let word = '';
    let letters = 0;
    while (p < n) {
      const code = text.charCodeAt(p);
      const cls = CHAR_CLASS[code];
      if (cls === ARABIC || cls === LATIN) {
        if (++letters > set.longest) return false;
        word += text[p];
      } else if (cls !== MARK && cls !== FORMAT) break;
      p++;
    }
    return letters > 0 && set.words.has(word);
  };

  // Markdown image `![alt](target)`: memoised forward searches keep repeated `![` linear.
  let pairAt = -1; // index of the next `](` found, or -1
  let pairSearched = 0; // no `](` starts in [.., pairSearched) except at pairAt
  let parenAt = -1;
  let parenSearched = 0;
  let imageEnd = -1; // terminators before this index are inside a Markdown image

  let segStart = 0; // start of the current sentence (untrimmed)
  let contentStart = -1; // first visible code unit of the current sentence
  let prev = AFTER_SPACE;
  let wordStart = 0;
  let wordLetters = 0;
  let wordAfterDigit = false; // `1950م`, `H2O`: a word glued to the digits before it
  let digitStart = 0;
  let tokenStart = 0; // after the last space or line break
  let inLink = false; // the current token is a URL, an e-mail address or a path

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = CHAR_CLASS[code]!;
    if (cls === SPACE) {
      i++;
      while (i < n && CHAR_CLASS[text.charCodeAt(i)] === SPACE) i++;
      prev = AFTER_SPACE;
      tokenStart = i;
      inLink = false;
      continue;
    }
    if (cls === BREAK) {
      emit(segStart, i);
      segStart = i + 1;
      contentStart = -1;
      prev = AFTER_SPACE;
      tokenStart = i + 1;
      inLink = false;
      i++;
      continue;
    }
    if (contentStart < 0) contentStart = i;
    if (cls === FORMAT) {
      i++;
      continue;
    }
    if (cls === ARABIC || cls === LATIN) {
      if (prev !== AFTER_LETTER) {
        wordStart = i;
        wordLetters = 0;
        wordAfterDigit = prev === AFTER_DIGIT;
        prev = AFTER_LETTER;
      }
      wordLetters++;
      if (i === tokenStart && (code === 0x77 || code === 0x57) && isWww(text, i)) inLink = true;
      i++;
      // The rest of the word in a tight loop: letters and marks change nothing but the count.
      while (i < n) {
        const c = CHAR_CLASS[text.charCodeAt(i)];
        if (c === ARABIC || c === LATIN) wordLetters++;
        else if (c !== MARK) break;
        i++;
      }
      continue;
    }
    if (cls === MARK) {
      if (prev !== AFTER_LETTER) prev = AFTER_OTHER;
      i++;
      continue;
    }
    if (cls === DIGIT) {
      if (prev !== AFTER_DIGIT) {
        digitStart = i;
        prev = AFTER_DIGIT;
      }
      i++;
      continue;
    }
    if (cls !== DOT && cls !== STRONG && cls !== ELLIPSIS) {
      if (code === 0x2f /* / */) {
        if (i === tokenStart || text.charCodeAt(i - 1) === 0x3a /* : */) inLink = true;
      } else if (code === 0x40 /* @ */) {
        if (i > tokenStart && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] !== SPACE) {
          inLink = true;
        }
      } else if (code === 0x5b /* [ */ && i > 0 && text.charCodeAt(i - 1) === 0x21 /* ! */) {
        // `![`: find `](` and then `)` on the same line.
        if (pairAt < i + 1) {
          let p = Math.max(i + 1, pairSearched);
          pairAt = -1;
          while (p + 1 < n) {
            const c = text.charCodeAt(p);
            if (CHAR_CLASS[c] === BREAK) break;
            if (c === 0x5d && text.charCodeAt(p + 1) === 0x28) {
              pairAt = p;
              break;
            }
            p++;
          }
          pairSearched = p;
        }
        if (pairAt >= 0) {
          if (parenAt < pairAt + 2) {
            let p = Math.max(pairAt + 2, parenSearched);
            parenAt = -1;
            while (p < n) {
              const c = text.charCodeAt(p);
              if (CHAR_CLASS[c] === BREAK) break;
              if (c === 0x29) {
                parenAt = p;
                break;
              }
              p++;
            }
            parenSearched = p;
          }
          if (parenAt >= 0) imageEnd = parenAt + 1;
        }
      }
      prev = AFTER_OTHER;
      i++;
      continue;
    }

    // A run of terminators, with the format controls inside and the closers after it.
    const dotAt = i;
    let dots = 0;
    let strong = false;
    let ellipsis = false;
    let j = i;
    while (j < n) {
      const c = CHAR_CLASS[text.charCodeAt(j)];
      if (c === DOT) dots++;
      else if (c === STRONG) strong = true;
      else if (c === ELLIPSIS) ellipsis = true;
      else if (c !== FORMAT) break;
      j++;
    }
    while (j < n) {
      const c = CHAR_CLASS[text.charCodeAt(j)];
      if (c === CLOSER || c === FORMAT) j++;
      else if (c === QUOTE && !isWordChar(CHAR_CLASS[text.charCodeAt(j + 1)]!)) j++;
      else break;
    }
    const next = j < n ? CHAR_CLASS[text.charCodeAt(j)]! : BREAK;
    const spaced = next === SPACE || next === BREAK;
    const glued = next === ARABIC;

    let boundary = false;
    if (dotAt < imageEnd || (!spaced && !glued) || (glued && inLink)) {
      boundary = false;
    } else if (strong) {
      // A mark alone in brackets comments on the words before it: `فوزه (!) في`, `(؟)`.
      const before = dotAt > 0 ? text.charCodeAt(dotAt - 1) : 0;
      boundary = before !== 0x28 /* ( */ && before !== 0x5b /* [ */;
    } else if (ellipsis || dots > 1) {
      boundary = false; // a pause: `فكر... لكنه`
    } else if (prev === AFTER_LETTER) {
      // A full stop right after a word: an abbreviation or an initial keeps the sentence going.
      const abbreviation =
        (wordLetters === 1 &&
          !(wordAfterDigit && CHAR_CLASS[text.charCodeAt(wordStart)] === LATIN)) ||
        isAbbreviation(text, wordStart, dotAt, tokenStart, abbreviations);
      if (!abbreviation) boundary = true;
      else if (glued && wordLetters === 1)
        boundary = false; // a chain: `أ.د.`, `و.م.أ.`
      else boundary = wordAtIsIn(j, STARTERS);
    } else if (prev === AFTER_DIGIT) {
      boundary = !isNumbering(text, digitStart, contentStart);
    } else {
      boundary = true;
    }

    if (!boundary) {
      prev = AFTER_OTHER;
      i = j;
      continue;
    }

    // Clause punctuation and closers after the spaces still belong to this sentence
    // (`الإرهاب. , من خلال`, `الأمر. » ثم`).
    let end = j;
    if (spaced) {
      let k = j;
      while (k < n) {
        const c = CHAR_CLASS[text.charCodeAt(k)];
        if (c === CLOSER || c === CLAUSE) end = ++k;
        else if (c === SPACE || c === FORMAT) k++;
        else break;
      }
    }
    emit(segStart, end);
    segStart = end;
    contentStart = -1;
    prev = AFTER_SPACE;
    tokenStart = end;
    inLink = false;
    i = end;
  }
  emit(segStart, n);
  return sentences;
}

/** Letters and digits: a quote before one opens a quotation instead of closing one. */
const isWordChar = (cls: number) => cls === ARABIC || cls === LATIN || cls === DIGIT;

function isWww(text: string, i: number): boolean {
  return (
    (text.charCodeAt(i + 1) | 0x20) === 0x77 &&
    (text.charCodeAt(i + 2) | 0x20) === 0x77 &&
    text.charCodeAt(i + 3) === 0x2e
  );
}

/** The word `[wordStart, dotAt)`, or the dotted token ending at `dotAt`, is a known abbreviation. */
function isAbbreviation(
  text: string,
  wordStart: number,
  dotAt: number,
  tokenStart: number,
  set: WordSet,
): boolean {
  if (dotAt - wordStart <= set.longest && set.words.has(stripFormat(text, wordStart, dotAt))) {
    return true;
  }
  // A dotted token such as `Ph.D` or `أ.م.د`, after a few opening quotes or brackets.
  if (dotAt - tokenStart > set.longest + 4) return false;
  let from = tokenStart;
  while (from < wordStart && !isLetter(CHAR_CLASS[text.charCodeAt(from)]!)) from++;
  if (from >= wordStart || dotAt - from > set.longest) return false;
  return set.words.has(stripFormat(text, from, dotAt));
}

/** `text.slice(from, to)` without format controls (`د\u202A` reads as `د`). */
function stripFormat(text: string, from: number, to: number): string {
  let clean = true;
  for (let k = from; k < to; k++) {
    if (CHAR_CLASS[text.charCodeAt(k)] === FORMAT) {
      clean = false;
      break;
    }
  }
  if (clean) return text.slice(from, to);
  let word = '';
  for (let k = from; k < to; k++) {
    if (CHAR_CLASS[text.charCodeAt(k)] !== FORMAT) word += text[k];
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
  while (p > contentStart && CHAR_CLASS[text.charCodeAt(p - 1)] === SPACE) p--;
  if (p === contentStart) return true;
  if (p - contentStart > LABELS.longest * 2 + 4) return false;
  const label = text.slice(contentStart, p);
  return LABELS.words.has(label);
}
