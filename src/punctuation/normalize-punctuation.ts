import { fillTables } from '../core/table-fills.js';
import { type EditRecorder, TextEditor } from '../core/text-editor.js';
import { unitsCopyOf } from '../fast/fused-kernel.js';
import { decode, units as outputUnits } from '../fast/output-buffer.js';
import { hasElongationRunInUnitsOver } from '../letters/reduce-elongation.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { PunctuationOptions, ResolvedOptions } from '../options/types.js';
import { ARABIC, BREAK, charClasses, DIGIT, LATIN, MARK, OTHER, SPACE } from './char-class.js';
import {
  coverEdited,
  makeCoverEdits,
  makeCoverEditsInUnits,
  punctuationCoverEnd,
  punctuationCoverEndInUnits,
} from './cover.js';
import { QUOTE_NONE, quoteKind } from './quotes.js';
import { closingBracketEnd, openingBracketEnd } from './scan/brackets.js';
import { clauseMarkEnd } from './scan/clause-mark.js';
import { dashEnd } from './scan/dashes.js';
import { numberEnd } from './scan/number.js';
import { nextEmail, protectedSpanEnd, SPAN_START } from './scan/protected-span.js';
import { quoteMarkEnd } from './scan/quote-mark.js';
import { CLAUSE, CLOSER, DASH, HYPHEN, HYPHEN_MINUS, OPENER, ROLES } from './scan/roles.js';
import { acquireScan, NONE, type PunctuationScan, releaseScan } from './scan/scan-state.js';
import { wordStarts } from './scan/space-after-clause-mark.js';
import { RUN_KIND, RUN_NONE, runTable, skipWordRun } from './scan/word-run.js';
import { notedRun } from './unchanged.js';

const CLASSES = charClasses();

/**
 * Stage 3: numerals and punctuation. Digits to one system, number signs to its style, Latin
 * `, ; ?` beside Arabic words to `، ؛ ؟`, spacing around punctuation repaired, quotes and hyphens
 * unified; numbers, dates, times, URLs, e-mail addresses, paths, dotted abbreviations and
 * Markdown link targets are never changed inside (see docs/reference/options.md, "Stage 3").
 */
export function normalizePunctuation(text: string, options?: PunctuationOptions): string {
  fillTables();
  assertText(text, 'normalizePunctuation');
  return normalizePunctuationResolved(
    text,
    resolveOptions(options, 'normalizePunctuation', 'punctuation'),
  );
}

/**
 * {@link normalizePunctuation} with options already resolved (used by `normalize`). `recorder`
 * receives every edit, in source order.
 */
export function normalizePunctuationResolved(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder?: EditRecorder,
): string {
  return scanPunctuation(text, options, recorder, true);
}

/**
 * {@link normalizePunctuationResolved} (no recorder) of `text`, the fused pass's output, whose
 * code units `units` holds at `[0, text.length)`: the gate reads them there, and notes the runs of
 * elongation as it reads (`coveredWithoutRun` in cover.ts). Same output. Where `units` is the
 * output buffer (src/fast/output-buffer.ts) and the gate covers the text whole with edits of
 * numbers that keep their length, they are made there and the output decoded from it (one read
 * of the units, where joining slices of `text` read them twice): the buffer then holds the output.
 */
export function normalizePunctuationOfUnits(
  text: string,
  units: Uint16Array,
  options: Readonly<ResolvedOptions>,
): string {
  return scanPunctuation(text, options, undefined, true, units);
}

/**
 * {@link normalizePunctuationResolved} with every character taken through the general path (no
 * skipping through words). Not part of the API: tests check that both give the same output.
 * @internal
 */
export function normalizePunctuationUnskipped(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder?: EditRecorder,
): string {
  return scanPunctuation(text, options, recorder, false);
}

/**
 * The stage 3 scan: one pass left to right, each character handed to the rule for its kind (the
 * modules in `scan/`), which edits the text through `s.editor` and returns where the scan goes on.
 * With `skipWords`, a read-only gate first covers the text that the stage leaves as it is, but
 * for numbers that the number rule rewrites on their own (`cover.ts`): the input itself is
 * returned when it covers all of it with no such number; else the rule rewrites those on the
 * lines it covered whole, and the scan starts at the start of the line where it stopped (a line
 * starts with the scan's state fresh); and words and the spaces between them, which only set
 * `prev`, are passed over in one tight loop. The first gate reads the text's code units in a
 * buffer: `units` when given, else a copy (`unitsCopyOf`, src/fast/fused-kernel.ts), in the
 * kernel's memory where it takes the text (its cover then reads the words there).
 */
function scanPunctuation(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder: EditRecorder | undefined,
  skipWords: boolean,
  units?: Uint16Array,
): string {
  let stop = 0;
  let gateUnits: Uint16Array | null = null;
  if (skipWords) {
    // Given no buffer, a copy of the text where one is made (`unitsCopyOf`).
    gateUnits = units ?? unitsCopyOf(text);
    stop = coverEnd(text, gateUnits, options, 0);
    coverSawRun = notedRun();
    scannedCount = 0;
    if (stop === text.length) {
      if (!coverEdited()) return text;
      // The fused pass's output, in the output buffer: the edits made there and read once.
      if (units === outputUnits && recorder === undefined && makeCoverEditsInUnits(units)) {
        return decode(0, text.length);
      }
      return withCoverEdits(text, recorder);
    }
  }
  const s = acquireScan(text, options, recorder);
  try {
    if (skipWords) scanSkippingWords(s, stop, gateUnits);
    else scanEveryCharacter(s);
    return s.editor.finish();
  } finally {
    releaseScan(s);
  }
}

/**
 * What the last scan with the gate knows of the runs of elongation of its text, for
 * {@link unitsHaveElongationRun}: whether one of its covers noted one, and the lines that no cover
 * passed whole, which the scan read, as `[start, end)` pairs (the first `2 * scannedCount`
 * entries of `scannedLines`; module state, reused from call to call, never shortened).
 */
let coverSawRun = false;
const scannedLines: number[] = [];
let scannedCount = 0;

/** Notes that the scan read the lines `[from, to)` (line starts, or `to` the text's end). */
function noteScannedLines(from: number, to: number): void {
  if (from >= to) return;
  scannedLines[2 * scannedCount] = from;
  scannedLines[2 * scannedCount + 1] = to;
  scannedCount++;
}

/**
 * After {@link normalizePunctuationOfUnits} of `text`, whose code units `units` holds at `[0, n)`:
 * whether `text` has a run of elongation (as `hasElongationRunInUnits(units, n)` tells), read only
 * in the lines that no cover passed whole. Each cover noted the runs that start before where it
 * stopped (unchanged-in-units.ts, "Why the runs noted are all of them"), so those of the lines it
 * passed whole; no run holds a line break (no letter), so every other run lies inside the lines
 * the scan read, and is found there; and every run noted or found is one of the text.
 */
export function unitsHaveElongationRun(units: Uint16Array, n: number): boolean {
  if (coverSawRun) return true;
  for (let k = 0; k < scannedCount; k++) {
    if (hasElongationRunInUnitsOver(units, scannedLines[2 * k]!, scannedLines[2 * k + 1]!, n)) {
      return true;
    }
  }
  return false;
}

/**
 * The cover from `from` (a line start): read in `units`, which holds the text's code units, when
 * given (the scan fills no buffer, so they stay there while it runs), else in the string.
 */
function coverEnd(
  text: string,
  units: Uint16Array | null,
  options: Readonly<ResolvedOptions>,
  from: number,
): number {
  return units === null
    ? punctuationCoverEnd(text, options, from)
    : punctuationCoverEndInUnits(text, units, options, from);
}

/** The start of the line that holds `i` (after the last line break before it, or 0). */
export function lineStartBefore(text: string, i: number): number {
  let p = i;
  while (p > 0 && CLASSES[text.charCodeAt(p - 1)] !== BREAK) p--;
  return p;
}

/** {@link lineStartBefore} read in `units`, which holds the text's code units up to `i`. */
export function lineStartBeforeInUnits(units: Uint16Array, i: number): number {
  let p = i;
  while (p > 0 && CLASSES[units[p - 1]!] !== BREAK) p--;
  return p;
}

/** `text` with the edits of the cover that covered it whole (the stage's only edits there). */
function withCoverEdits(text: string, recorder: EditRecorder | undefined): string {
  const editor = new TextEditor(text, recorder);
  makeCoverEdits(editor, text.length);
  return editor.finish();
}

/**
 * Where the lines that the cover passed whole end, given where it stopped: the start of the line
 * of `stop`, or the end of the text when it covered all. The edits of the numbers it passed
 * before there are made (the stage's only edits on those lines, see `cover.ts`).
 */
function coveredLinesEnd(s: PunctuationScan, stop: number, units: Uint16Array | null): number {
  const line =
    stop === s.n
      ? stop
      : units !== null
        ? lineStartBeforeInUnits(units, stop)
        : lineStartBefore(s.text, stop);
  makeCoverEdits(s.editor, line);
  return line;
}

/**
 * The scan, from the line where the gate stopped at `stop`, with the words that need nothing
 * passed over by {@link skipWordRun}. At each later line start (where the scan's state is fresh)
 * the gate is run again, and the lines it covers are passed over.
 */
function scanSkippingWords(s: PunctuationScan, stop: number, units: Uint16Array | null): void {
  const text = s.text;
  const n = s.n;
  const run = runTable();
  let gateStop = stop;
  let i = coveredLinesEnd(s, stop, units);
  // The start of the lines that the scan reads from (see `unitsHaveElongationRun`).
  let scannedFrom = i;
  s.lineStart = i;
  while (i < n) {
    if (i === s.lineStart && i > gateStop) {
      gateStop = coverEnd(text, units, s.options, i);
      if (notedRun()) coverSawRun = true;
      const line = coveredLinesEnd(s, gateStop, units);
      if (line > i) {
        noteScannedLines(scannedFrom, i);
        scannedFrom = line;
        i = line;
        lineStarts(s, i);
        continue;
      }
    }
    // An e-mail address inside a span already copied (a URL, a path) is passed with it.
    while (s.nextEmail < i) nextEmail(s);
    const c = text.charCodeAt(i);
    if (s.pendingMark < 0) {
      if ((run[c]! & RUN_KIND) !== RUN_NONE) {
        const j = skipWordRun(s, i, s.nextEmail, units);
        if (j > i) {
          i = j;
          continue;
        }
      }
    } else if (CLASSES[c] === SPACE) {
      // A space after a clause mark: none needs putting after it (as in characterEnd).
      s.pendingMark = -1;
      i++;
      continue;
    }
    i = characterEnd(s, i, c);
  }
  noteScannedLines(scannedFrom, n);
}

/** The scan, with every character taken through {@link characterEnd}. */
function scanEveryCharacter(s: PunctuationScan): void {
  const text = s.text;
  const n = s.n;
  let i = 0;
  while (i < n) {
    while (s.nextEmail < i) nextEmail(s);
    i = characterEnd(s, i, text.charCodeAt(i));
  }
}

/** Hands the code unit `c` at `i` to the rule for its kind; returns where the scan goes on. */
function characterEnd(s: PunctuationScan, i: number, c: number): number {
  const k = CLASSES[c]!;
  if (k === BREAK) return lineBreakEnd(s, i);
  if (k === SPACE) {
    s.pendingMark = -1;
    return i + 1;
  }
  if (SPAN_START[c] !== 0 || i === s.nextEmail) {
    const span = protectedSpanEnd(s, i, c, k);
    if (span >= 0) return span;
  }
  if (k === DIGIT) return numberEnd(s, i);
  const role = ROLES[c]!;
  if ((role & CLAUSE) !== 0) return clauseMarkEnd(s, i, c, role);
  const quote = quoteKind(c);
  if (quote !== QUOTE_NONE) return quoteMarkEnd(s, i, c, quote);
  if ((role & OPENER) !== 0) return openingBracketEnd(s, i, c);
  if ((role & CLOSER) !== 0) return closingBracketEnd(s, i);
  if ((role & (HYPHEN | DASH)) !== 0 || c === HYPHEN_MINUS) return dashEnd(s, i, role);
  return wordCharacterEnd(s, i, k);
}

/** A line break at `i`: a new line starts, with nothing pending and no quotation open. */
function lineBreakEnd(s: PunctuationScan, i: number): number {
  lineStarts(s, i + 1);
  return i + 1;
}

/** A new line starts at `i` (after a line break): the scan's state is fresh there. */
function lineStarts(s: PunctuationScan, i: number): void {
  s.lineStart = i;
  s.prev = NONE;
  s.pendingMark = -1;
  s.doubleOpen = false;
}

/** A letter, mark or other character (class `k`) at `i`: noted in `prev`. */
function wordCharacterEnd(s: PunctuationScan, i: number, k: number): number {
  if (k === ARABIC || k === LATIN) {
    wordStarts(s, i, k);
    s.prev = k;
  } else {
    s.pendingMark = -1;
    s.prev = k === MARK ? ARABIC : OTHER;
  }
  return i + 1;
}
