import { assertText } from '../options/resolve.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { CHAR_CLASS, CharClass } from './character-classes.js';
import { NUMBERED_LABELS } from './numbered-labels.js';
import { SENTENCE_STARTERS } from './sentence-starters.js';
import type { Sentence, SplitOptions } from './types.js';

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

interface WordSet {
  readonly words: ReadonlySet<string>;
  /** Length of the longest entry, to skip lookups that cannot match. */
  readonly longest: number;
  /**
   * One bit per pair of (low bytes of) first and last code units of an entry: a word whose pair
   * has no bit cannot be in the set, and is not sliced out to be looked up.
   */
  readonly ends: Uint32Array;
}

const endsKey = (first: number, last: number) => ((first & 0xff) << 8) | (last & 0xff);

function wordSet(words: readonly string[]): WordSet {
  const ends = new Uint32Array(2048);
  for (const word of words) {
    if (word === '') continue;
    const key = endsKey(word.charCodeAt(0), word.charCodeAt(word.length - 1));
    ends[key >>> 5]! |= 1 << (key & 31);
  }
  return {
    words: new Set(words),
    longest: words.reduce((max, word) => Math.max(max, word.length), 0),
    ends,
  };
}

/** The set may hold a word that starts with `first` and ends with `last`. */
function mayHold(set: WordSet, first: number, last: number): boolean {
  const key = endsKey(first, last);
  return (set.ends[key >>> 5]! & (1 << (key & 31))) !== 0;
}

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
 * Code units where the scan must stop: line breaks, terminators, and the `/` `@` `[` that mark
 * links and Markdown images. Everything else is looked at only from the next terminator.
 */
const STOPS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const cls = CHAR_CLASS[code];
    if (cls === BREAK || cls === DOT || cls === STRONG || cls === ELLIPSIS) table[code] = 1;
  }
  table[0x2f] = 1; // SOLIDUS
  table[0x40] = 1; // COMMERCIAL AT
  table[0x5b] = 1; // LEFT SQUARE BRACKET
  return table;
})();

/** The word (letters and marks, no marks or tatweel kept) starting at `k`, if it is in `set`. */
function wordAtIsIn(text: string, k: number, set: WordSet): boolean {
  const n = text.length;
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
}

/**
 * The token starting at `token` is a URL, an e-mail address or a path: it starts with `www.`, or
 * a `/` or an `@` in it marked it (`linkToken`).
 */
function isLink(text: string, token: number, linkToken: number): boolean {
  if (token === linkToken) return true;
  const code = text.charCodeAt(token);
  return (code === 0x77 || code === 0x57) && isWww(text, token);
}

/**
 * Splits text into sentences, each with its trimmed text and its UTF-16 offsets `[start, end)` in
 * `text`. Works on raw and on normalised text, in one left-to-right scan (linear time).
 *
 * - Line breaks are hard boundaries: a heading line without final punctuation is a sentence.
 * - `!` `?` `؟` (alone or in a run such as `؟!`) end a sentence when a space, the end of the line or
 *   an Arabic letter follows; closing quotes and brackets after them stay in the sentence.
 * - `.` ends a sentence in the same places, except after an abbreviation or an initial (unless a
 *   word from the sentence-starter list follows), after a number that numbers a heading or a list
 *   item (`1.`, `الفصل ٣.`), inside URLs, e-mail addresses, paths and Markdown images, and before
 *   anything other than a space or an Arabic letter (`7.7`, `a.b`).
 * - An ellipsis (`…`, `..`, `...`) is a pause, not an end; `:` and `،` never end a sentence.
 */
export function splitSentences(text: string, options?: SplitOptions): Sentence[] {
  assertText(text, 'splitSentences');
  const abbreviations = checkOptions(options);
  const sentences: Sentence[] = [];
  const n = text.length;
  // Locals instead of module bindings: the compiler folds them into the hot loops.
  const table = CHAR_CLASS;
  const stops = STOPS;
  const space = SPACE;
  const format = FORMAT;

  // Markdown image `![alt](target)`: memoised forward searches keep repeated `![` linear.
  let pairAt = -1; // index of the next `](` found, or -1
  let pairSearched = 0; // no `](` starts in [.., pairSearched) except at pairAt
  let parenAt = -1;
  let parenSearched = 0;
  let imageEnd = -1; // terminators before this index are inside a Markdown image

  let segStart = 0; // start of the current sentence (untrimmed)
  let contentStart = -1; // first visible code unit of the current sentence, once looked up
  // The current token starts after the last space or line break, or at the last boundary. It is
  // looked up backwards, never further back than the previous look-up (`tokenScanned`).
  let resetAt = 0; // the last boundary or line break: tokens start here at the earliest
  let tokenStart = 0;
  let tokenScanned = 0;
  let linkToken = -1; // the token that `/` or `@` marked as a URL, an e-mail address or a path

  let i = 0;
  for (;;) {
    // Letters, marks, digits, spaces and most punctuation change nothing that cannot be looked
    // up later: skip them in one tight loop.
    while (
      i + 3 < n &&
      (stops[text.charCodeAt(i)]! |
        stops[text.charCodeAt(i + 1)]! |
        stops[text.charCodeAt(i + 2)]! |
        stops[text.charCodeAt(i + 3)]!) ===
        0
    ) {
      i += 4;
    }
    while (i < n && stops[text.charCodeAt(i)] === 0) i++;
    if (i >= n) break;
    const code = text.charCodeAt(i);
    const cls = table[code]!;
    if (cls === BREAK) {
      emitSentence(sentences, text, segStart, i);
      segStart = i + 1;
      contentStart = -1;
      resetAt = i + 1;
      i++;
      continue;
    }
    if (cls !== DOT && cls !== STRONG && cls !== ELLIPSIS) {
      if (code === 0x2f /* / */) {
        if (tokenScanned <= resetAt) tokenStart = resetAt;
        tokenStart = tokenStartAt(text, i, Math.max(tokenScanned, resetAt), tokenStart);
        tokenScanned = i;
        const token = tokenStart;
        if (i === token || text.charCodeAt(i - 1) === 0x3a /* : */) linkToken = token;
      } else if (code === 0x40 /* @ */) {
        if (tokenScanned <= resetAt) tokenStart = resetAt;
        tokenStart = tokenStartAt(text, i, Math.max(tokenScanned, resetAt), tokenStart);
        tokenScanned = i;
        const token = tokenStart;
        if (i > token && i + 1 < n && table[text.charCodeAt(i + 1)] !== space) {
          linkToken = token;
        }
      } else if (code === 0x5b /* [ */ && i > 0 && text.charCodeAt(i - 1) === 0x21 /* ! */) {
        // `![`: find `](` and then `)` on the same line.
        if (pairAt < i + 1) {
          let p = Math.max(i + 1, pairSearched);
          pairAt = -1;
          while (p + 1 < n) {
            const c = text.charCodeAt(p);
            if (table[c] === BREAK) break;
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
              if (table[c] === BREAK) break;
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
      const c = table[text.charCodeAt(j)];
      if (c === DOT) dots++;
      else if (c === STRONG) strong = true;
      else if (c === ELLIPSIS) ellipsis = true;
      else if (c !== format) break;
      j++;
    }
    while (j < n) {
      const c = table[text.charCodeAt(j)];
      if (c === CLOSER || c === format) j++;
      else if (c === QUOTE && !isWordChar(table[text.charCodeAt(j + 1)]!)) j++;
      else break;
    }
    const next = j < n ? table[text.charCodeAt(j)]! : BREAK;
    const spaced = next === space || next === BREAK;
    const glued = next === ARABIC;

    if (tokenScanned <= resetAt) tokenStart = resetAt;
    tokenStart = tokenStartAt(text, dotAt, Math.max(tokenScanned, resetAt), tokenStart);
    tokenScanned = dotAt;

    let boundary = false;
    if (dotAt < imageEnd || (!spaced && !glued)) {
      boundary = false;
    } else if (glued && isLink(text, tokenStart, linkToken)) {
      boundary = false; // inside a URL, an e-mail address or a path
    } else if (strong) {
      // A mark alone in brackets comments on the words before it: `فوزه (!) في`, `(؟)`.
      const before = dotAt > 0 ? text.charCodeAt(dotAt - 1) : 0;
      boundary = before !== 0x28 /* ( */ && before !== 0x5b /* [ */;
    } else if (ellipsis || dots > 1) {
      boundary = false; // a pause: `فكر... لكنه`
    } else {
      // What came before the dot: the last code unit other than format controls and marks.
      let p = dotAt - 1;
      while (p >= 0 && table[text.charCodeAt(p)] === format) p--;
      let before = p >= 0 ? table[text.charCodeAt(p)]! : space;
      if (before === MARK) {
        // Marks belong to a word only right after one of its letters.
        while (p >= 0) {
          const c = table[text.charCodeAt(p)];
          if (c !== MARK && c !== format) break;
          p--;
        }
        before = p >= 0 && isLetter(table[text.charCodeAt(p)]!) ? ARABIC : MARK;
      }
      if (before === ARABIC || before === LATIN) {
        // The word before the dot: letters, marks and format controls from its first letter.
        let wordStart = p;
        let letters = 0;
        let lead = true; // only format controls between the word and what precedes it
        while (p >= 0) {
          const c = table[text.charCodeAt(p)];
          if (c === ARABIC || c === LATIN) {
            wordStart = p;
            letters++;
            lead = true;
          } else if (c === MARK) lead = false;
          else if (c !== format) break;
          p--;
        }
        // `1950م`, `H2O`: a word glued to the digits before it
        const afterDigit = lead && p >= 0 && table[text.charCodeAt(p)] === DIGIT;
        // A full stop right after a word: an abbreviation or an initial keeps the sentence going.
        const abbreviation =
          (letters === 1 && !(afterDigit && table[text.charCodeAt(wordStart)] === LATIN)) ||
          isAbbreviation(text, wordStart, dotAt, tokenStart, abbreviations);
        if (!abbreviation) boundary = true;
        else if (glued && letters === 1)
          boundary = false; // a chain: `أ.د.`, `و.م.أ.`
        else boundary = wordAtIsIn(text, j, STARTERS);
      } else if (before === DIGIT) {
        // The number before the dot: digits and format controls from its first digit.
        let digitStart = p;
        while (p >= 0) {
          const c = table[text.charCodeAt(p)];
          if (c === DIGIT) digitStart = p;
          else if (c !== format) break;
          p--;
        }
        if (contentStart < 0) {
          contentStart = segStart;
          while (table[text.charCodeAt(contentStart)] === space) contentStart++;
        }
        boundary = !isNumbering(text, digitStart, contentStart);
      } else {
        boundary = true;
      }
    }

    if (!boundary) {
      i = j;
      continue;
    }

    // Clause punctuation and closers after the spaces still belong to this sentence
    // (`الإرهاب. , من خلال`, `الأمر. » ثم`).
    let end = j;
    if (spaced) {
      let k = j;
      while (k < n) {
        const c = table[text.charCodeAt(k)];
        if (c === CLOSER || c === CLAUSE) end = ++k;
        else if (c === space || c === format) k++;
        else break;
      }
    }
    emitSentence(sentences, text, segStart, end);
    segStart = end;
    contentStart = -1;
    resetAt = end;
    i = end;
  }
  emitSentence(sentences, text, segStart, n);
  return sentences;
}

/** Pushes the sentence `[from, to)` without the spaces around it, unless nothing is left. */
function emitSentence(sentences: Sentence[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && CHAR_CLASS[text.charCodeAt(s)] === SPACE) s++;
  while (e > s && CHAR_CLASS[text.charCodeAt(e - 1)] === SPACE) e--;
  if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
}

/**
 * Start of the token holding the code unit at `q`: after the last space or line break before it,
 * looked for back to `stop` only (where the token started at `current`, or a boundary is).
 */
function tokenStartAt(text: string, q: number, stop: number, current: number): number {
  for (let p = q; p > stop; p--) {
    const c = CHAR_CLASS[text.charCodeAt(p - 1)];
    if (c === SPACE || c === BREAK) return p;
  }
  return current;
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
  // The last code unit of either candidate: format controls are not part of the word.
  let lastAt = dotAt - 1;
  while (lastAt > wordStart && CHAR_CLASS[text.charCodeAt(lastAt)] === FORMAT) lastAt--;
  const last = text.charCodeAt(lastAt);
  if (
    dotAt - wordStart <= set.longest &&
    mayHold(set, text.charCodeAt(wordStart), last) &&
    set.words.has(stripFormat(text, wordStart, dotAt))
  ) {
    return true;
  }
  // A dotted token such as `Ph.D` or `أ.م.د`, after a few opening quotes or brackets.
  if (dotAt - tokenStart > set.longest + 4) return false;
  let from = tokenStart;
  while (from < wordStart && !isLetter(CHAR_CLASS[text.charCodeAt(from)]!)) from++;
  if (from >= wordStart || dotAt - from > set.longest) return false;
  return mayHold(set, text.charCodeAt(from), last) && set.words.has(stripFormat(text, from, dotAt));
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
