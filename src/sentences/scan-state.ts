import { BREAK, CHAR_CLASS, FORMAT, MARK, SPACE } from './character-classes.js';
import type { Settings } from './split-options.js';
import type { Sentence } from './types.js';
import type { WordSet } from './word-set.js';

/** Never returned: it gives new arrays of sentences their elements kind. */
const NO_SENTENCE: Sentence = { text: '', start: 0, end: 0 };

/**
 * An empty array that holds objects from the start: an empty array literal holds small integers,
 * and adding its first element would change its elements kind in every call, throwing away (in the second
 * call) the optimised code that adds sentences. Emptied by `pop`, which the optimised code does
 * inline: setting `length` called the engine's length setter at every call (2–3% of a call on a
 * 4 KB document).
 */
function emptySentences(): Sentence[] {
  const sentences = [NO_SENTENCE];
  sentences.pop();
  return sentences;
}

/** Held between calls, never added to. */
const NO_SENTENCES: Sentence[] = emptySentences();
/** Held between calls. */
const NO_KEYS = new Uint32Array(0);
/** No units: the readers read the string. */
const NO_UNITS = new Uint16Array(0);

/**
 * Everything the sentence scan carries from one stop to the next. One instance serves every call
 * (`SCAN`): the scan calls no user code, so calls never overlap, and the state has one fixed
 * shape that the optimised code of the small per-stop functions can rely on across calls.
 */
export class ScanState {
  /** The sentences found so far (the result of the call). */
  sentences: Sentence[] = NO_SENTENCES;
  abbreviations: WordSet | null = null;
  hardWrapped = false;
  /** The pairs of first and last letters of the words that may be more than ordinary words. */
  specialKeys: Uint32Array = NO_KEYS;
  /**
   * Code units of the text that the readers around a stop read instead of the string: `units[k -
   * unitsFrom]` is unit `k`, for `k` in `[unitsFrom, unitsTo)`. The copy of the whole text
   * (`copiedUnitsOf`, src/fast/input-units.ts), or the window of a long text copied last
   * (`STOP_WINDOW`, split-sentences.ts), or none (an empty range). Outside them the readers read
   * the string. Two signed tests, not one unsigned test of `k - unitsFrom`: a unit before the
   * window made that a number over 2^31, and the engine threw away the code that had seen only
   * small ones ("lost precision", `--trace-deopt`).
   */
  units: Uint16Array = NO_UNITS;
  unitsFrom = 0;
  unitsTo = 0;
  /**
   * Where there is no copy of a long text's units, the scan searches its stops in windows of it
   * copied one at a time (`STOP_WINDOW`, split-sentences.ts; src/fast/unit-window.ts).
   */
  windowed = false;

  /** Start of the current sentence (untrimmed). */
  segStart = 0;
  /** First visible code unit of the current sentence, once looked up; -1 before. */
  contentStart = -1;

  // The current token starts after the last space or line break, or at the last boundary. It is
  // looked up backwards, never further back than the previous look-up (`tokenScanned`).
  /** The last boundary or line break: tokens start here at the earliest. */
  resetAt = 0;
  tokenStart = 0;
  tokenScanned = 0;
  /** The token that `/` or `@` marked as a URL, an e-mail address or a path. */
  linkToken = -1;
  /** The `/` and `@` before this index have been read for `linkToken` (see `resolveLinks`). */
  linksFrom = 0;

  // Markdown image `![alt](target)`: memoised forward searches keep repeated `![` linear.
  /** Index of the next `](` found, or -1. */
  pairAt = -1;
  /** No `](` starts in [.., pairSearched) except at pairAt. */
  pairSearched = 0;
  parenAt = -1;
  parenSearched = 0;
  /** Terminators before this index are inside a Markdown image. */
  imageEnd = -1;
}

/** The one scan state (see {@link ScanState}). */
export const SCAN = new ScanState();

/** Resets {@link SCAN} for a call with these options. */
export function startScan(settings: Settings): ScanState {
  const scan = SCAN;
  scan.sentences = emptySentences();
  scan.abbreviations = settings.abbreviations;
  scan.hardWrapped = settings.hardWrapped;
  scan.specialKeys = settings.specialKeys;
  scan.segStart = 0;
  scan.contentStart = -1;
  scan.resetAt = 0;
  scan.tokenStart = 0;
  scan.tokenScanned = 0;
  scan.linkToken = -1;
  scan.linksFrom = 0;
  scan.pairAt = -1;
  scan.pairSearched = 0;
  scan.parenAt = -1;
  scan.parenSearched = 0;
  scan.imageEnd = -1;
  readUnits(scan, NO_UNITS, 0, 0);
  scan.windowed = false;
  return scan;
}

/** Ends the call: hands over its sentences and lets go of everything the state held. */
export function finishScan(scan: ScanState): Sentence[] {
  const sentences = scan.sentences;
  scan.sentences = NO_SENTENCES;
  scan.abbreviations = null;
  scan.specialKeys = NO_KEYS;
  readUnits(scan, NO_UNITS, 0, 0);
  return sentences;
}

/** The readers read `units` for the text's units `[from, to)` (see {@link ScanState.units}). */
export function readUnits(scan: ScanState, units: Uint16Array, from: number, to: number): void {
  scan.units = units;
  scan.unitsFrom = from;
  scan.unitsTo = to;
}

/**
 * Ends the current sentence at `end` (it is added without the spaces around it, unless nothing
 * is left) and starts the next one at `next`.
 */
export function endSentence(scan: ScanState, text: string, end: number, next: number): void {
  let s = scan.segStart;
  let e = end;
  // Only spaces and line breaks are trimmed (a format control or a mark stays in the text). The
  // class tests are written out: in the first call, before the engine has optimised this
  // function, a call in these loops would cost more than the test.
  // The units where the scan has them (`ScanState.units`), else the string.
  const units = scan.units;
  const from = scan.unitsFrom;
  const to = scan.unitsTo;
  for (; s < e; s++) {
    const c = CHAR_CLASS[s >= from && s < to ? units[s - from]! : text.charCodeAt(s)];
    if (c !== SPACE && c !== BREAK) break;
  }
  for (; e > s; e--) {
    const k = e - 1;
    const c = CHAR_CLASS[k >= from && k < to ? units[k - from]! : text.charCodeAt(k)];
    if (c !== SPACE && c !== BREAK) break;
  }
  if (e > s) {
    // Built from an empty literal, its properties added in the order of the type: the same plain
    // object as the literal `{ text, start, end }` (same prototype, same own properties in the
    // same order), allocated without an allocation site. A literal with properties has one, and
    // the engine counts how many of its objects survive a minor GC: on a long text (10 MB: 45,000
    // sentences kept to the end of the call) nearly all do, so it chose to allocate them in the
    // old generation, and that choice threw away the optimised scan that inlines this function
    // (`--trace-deopt`: "code dependencies", at the 4th and the 8th call on 10 MB), compiled again
    // while the calls went on: 2–3 times a steady call, twice in ten calls.
    const sentence = {} as Sentence;
    sentence.text = text.slice(s, e);
    sentence.start = s;
    sentence.end = e;
    // Stored at the end, not pushed: the engine inlines this store (growing the array when
    // full), where `push` here stayed a call to its built-in, about 120 instructions a sentence.
    const sentences = scan.sentences;
    sentences[sentences.length] = sentence;
  }
  scan.segStart = next;
  scan.contentStart = -1;
  scan.resetAt = next;
}

/**
 * The first visible code unit of the current sentence (looked up once per sentence): past spaces,
 * line breaks, format controls and marks that no letter carries, which `normalize` drops, so that
 * a rule about the start of a sentence (`1.` numbering a list item) reads raw text as it reads
 * the normalised text.
 */
export function contentStart(scan: ScanState, text: string): number {
  if (scan.contentStart < 0) {
    // No sentence's content starts at a space, a line break, a format control or a mark. The test
    // is written out, not a function of its own: that one was hot on its own in the first calls
    // on noisy text, and compiled alone besides inside this function.
    let k = scan.segStart;
    for (; k < text.length; k++) {
      const c = CHAR_CLASS[text.charCodeAt(k)];
      if (c !== SPACE && c !== BREAK && c !== FORMAT && c !== MARK) break;
    }
    scan.contentStart = k;
  }
  return scan.contentStart;
}
