import { assertText } from '../options/resolve.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { CHAR_CLASS, CharClass, unitsOfClass } from './character-classes.js';
import { abbreviationSet, DEFAULT_ABBREVIATIONS, fullStopEnds } from './full-stop.js';
import {
  afterMarks,
  marksAfterTerminator,
  scanTerminatorRun,
  terminatorRun,
} from './terminator-run.js';
import type { Sentence, SplitOptions } from './types.js';
import type { WordSet } from './word-set.js';

const SPACE = CharClass.Space;
const BREAK = CharClass.LineBreak;
const ARABIC = CharClass.ArabicLetter;
const LATIN = CharClass.LatinLetter;
const DIGIT = CharClass.Digit;
const MARK = CharClass.Mark;
const FORMAT = CharClass.Format;
const DOT = CharClass.Dot;
const STRONG = CharClass.Strong;
const ELLIPSIS = CharClass.Ellipsis;
const CLOSER = CharClass.Closer;
const QUOTE = CharClass.Quote;
const CLAUSE = CharClass.Clause;

/** The options of one call, checked. */
interface Settings {
  readonly abbreviations: WordSet;
  readonly hardWrapped: boolean;
}

const DEFAULT_SETTINGS: Settings = { abbreviations: DEFAULT_ABBREVIATIONS, hardWrapped: false };
const WRAPPED_SETTINGS: Settings = { abbreviations: DEFAULT_ABBREVIATIONS, hardWrapped: true };
const KNOWN_OPTIONS = ['abbreviations', 'hardWrapped'];

/** Checks the options of `splitSentences` (also used by its reference implementation in tests). */
export function checkSplitOptions(options: unknown): Settings {
  if (options === undefined) return DEFAULT_SETTINGS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('splitSentences: argument "options" must be an object or undefined');
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.includes(key)) {
      throw new TypeError(
        `splitSentences: unknown option ${JSON.stringify(key)}; known options are ${KNOWN_OPTIONS.map((k) => `"${k}"`).join(', ')}`,
      );
    }
  }
  const { abbreviations, hardWrapped } = options as {
    abbreviations?: unknown;
    hardWrapped?: unknown;
  };
  if (hardWrapped !== undefined && typeof hardWrapped !== 'boolean') {
    throw new TypeError('splitSentences: option "hardWrapped" must be true, false or undefined');
  }
  const wrapped = hardWrapped === true;
  const set = checkAbbreviations(abbreviations);
  if (set === DEFAULT_ABBREVIATIONS) return wrapped ? WRAPPED_SETTINGS : DEFAULT_SETTINGS;
  return { abbreviations: set, hardWrapped: wrapped };
}

function checkAbbreviations(abbreviations: unknown): WordSet {
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
  return abbreviationSet([...ABBREVIATIONS, ...extra]);
}

/** True when `word` holds no space, line break or sentence punctuation other than inner dots. */
function isWordLike(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const cls = CHAR_CLASS[word.charCodeAt(k)]!;
    if (cls === SPACE || cls === BREAK || cls === STRONG || cls === ELLIPSIS) return false;
  }
  return !word.startsWith('.');
}

/**
 * Code units where the scan must stop: line breaks, terminators, and the `/` `@` `[` that mark
 * links and Markdown images. Everything else is looked at only from the next terminator.
 */
const STOPS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (const code of unitsOfClass(BREAK, DOT, STRONG, ELLIPSIS)) table[code] = 1;
  table[0x2f] = 1; // SOLIDUS
  table[0x40] = 1; // COMMERCIAL AT
  table[0x5b] = 1; // LEFT SQUARE BRACKET
  return table;
})();

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
 * - Line breaks are hard boundaries: a heading line without final punctuation is a sentence. With
 *   `hardWrapped: true`, a single line break is a space and only a blank line (or U+2029) is one.
 * - `!` `?` `؟` (alone or in a run such as `؟!` or `؟ ؟`) end a sentence when a space, the end of
 *   the line or an Arabic letter follows; closing quotes and brackets after them, and footnote
 *   marks and a dash glued to them (`.[3]`, `.(2)`, `.¹`, `.-`), stay in the sentence.
 * - `.` ends a sentence in the same places, except after an abbreviation or an initial (unless the
 *   next word opens a sentence: see `full-stop.ts`), inside a spelled acronym (`بي. بي. سي`),
 *   after a number that numbers a heading or a list item (`1.`, `الفصل ٣.`), inside URLs, e-mail
 *   addresses, paths and Markdown images, and before anything other than a space or an Arabic
 *   letter (`7.7`, `a.b`). A full stop after a space reads the word before the space (`د . أحمد`).
 * - An ellipsis (`…`, `..`, `...`, `. . .`) is a pause, not an end; `:` and `،` never end a
 *   sentence.
 */
export function splitSentences(text: string, options?: SplitOptions): Sentence[] {
  assertText(text, 'splitSentences');
  const { abbreviations, hardWrapped } = checkSplitOptions(options);
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
      if (hardWrapped && !isParagraphBreak(text, i)) {
        i++; // a line wrapped inside a paragraph: the break is a space
        continue;
      }
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
        if (i > token && i + 1 < n && !isBlank(table[text.charCodeAt(i + 1)]!)) {
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

    // A run of terminators (spaced ones too), the closers after it and the marks glued to it.
    const dotAt = i;
    let j = scanTerminatorRun(text, i);
    const { dots, strong, ellipsis } = terminatorRun;
    while (j < n) {
      const c = table[text.charCodeAt(j)];
      if (c === CLOSER || c === format) j++;
      else if (c === QUOTE && !isWordChar(table[text.charCodeAt(j + 1)]!)) j++;
      else break;
    }
    j = marksAfterTerminator(text, j);
    const next = j < n ? table[text.charCodeAt(j)]! : BREAK;
    const spaced = next === space || next === BREAK;
    // An Arabic letter right after the run (past a tatweel that no letter carries: `!ـكلمة`), or
    // a digit or a Latin letter right after an Arabic word and `!` `?` `؟` (`عددهم؟3`).
    const visible = next === MARK ? table[text.charCodeAt(afterMarks(text, j))] : next;
    const glued =
      visible === ARABIC ||
      ((visible === DIGIT || visible === LATIN) &&
        terminatorRun.strong &&
        table[text.charCodeAt(dotAt - 1)] === ARABIC);

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
      if (contentStart < 0) {
        contentStart = segStart;
        while (contentStart < n && isBlank(table[text.charCodeAt(contentStart)]!)) contentStart++;
      }
      boundary = fullStopEnds(
        text,
        dotAt,
        j,
        glued,
        segStart,
        tokenStart,
        contentStart,
        abbreviations,
      );
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
        const closing = c === QUOTE && !isWordChar(table[text.charCodeAt(k + 1)]!);
        if (c === CLOSER || c === CLAUSE || closing) {
          end = marksAfterTerminator(text, k + 1); // and a footnote after it: `. ,[3]`
          k = end;
        } else if (c === space || c === format) k++;
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

const isBlank = (cls: number) => cls === SPACE || cls === BREAK;

/**
 * The line break at `i` ends a paragraph in hard-wrapped text: it is a PARAGRAPH SEPARATOR, or
 * only spaces stand between it and the next line break (a blank line). CR LF is one line break.
 */
export function isParagraphBreak(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x2029) return true;
  const n = text.length;
  let k = i + 1;
  if (code === 0x0d && k < n && text.charCodeAt(k) === 0x0a) k++;
  while (k < n) {
    const c = CHAR_CLASS[text.charCodeAt(k)];
    if (c === BREAK) return true;
    if (c !== SPACE && c !== FORMAT) return false;
    k++;
  }
  return false;
}

/** Pushes the sentence `[from, to)` without the spaces around it, unless nothing is left. */
function emitSentence(sentences: Sentence[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && isBlank(CHAR_CLASS[text.charCodeAt(s)]!)) s++;
  while (e > s && isBlank(CHAR_CLASS[text.charCodeAt(e - 1)]!)) e--;
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
