import { fillOnFirstUse, fillTables } from '../core/table-fills.js';
import { unitBytes } from '../core/unit-tables.js';
import { WarmUpSchedule } from '../core/warm-up-due.js';
import { COPIED_FROM, copiedUnitsOf } from '../fast/input-units.js';
import { hasWindow, loadWindow, windowUnits } from '../fast/unit-window.js';
import { assertText } from '../options/resolve.js';
import {
  BREAK,
  CHAR_CLASS,
  classMembers,
  DOT,
  ELLIPSIS,
  FORMAT,
  SPACE,
  STRONG,
  unitsOfClass,
} from './character-classes.js';
import { atPlainFullStop } from './plain-full-stop.js';
import { endSentence, finishScan, readUnits, type ScanState, startScan } from './scan-state.js';
import { checkSplitOptions } from './split-options.js';
import { atGeneralStop } from './terminator-boundary.js';
import type { Sentence, SplitOptions } from './types.js';
import { WARM_UP_TEXT } from './warm-up.js';

export { checkSplitOptions } from './split-options.js';

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
  fillTables();
  assertText(text, 'splitSentences');
  const settings = checkSplitOptions(options);
  if (warmUpSchedule.due(text.length, WARM_UP_SPLITS * WARM_UP_TEXT.length)) warmUpScan();
  const scan = startScan(settings);
  chooseReading(scan, text);
  scanStops(scan, text);
  endSentence(scan, text, text.length, text.length);
  return finishScan(scan);
}

/**
 * When {@link splitSentences} runs its warm-up ({@link warmUpScan}): before a first text as long as
 * the warm-up's splits, or before the call that brings the text read so far to that length.
 */
const warmUpSchedule = /* @__PURE__ */ new WarmUpSchedule();

/**
 * Whether the warm-up has run in this process.
 * @internal (for the tests of when it runs)
 */
export const hasWarmedUp = (): boolean => warmUpSchedule.hasRun;

// How the scan reads a text's units (`chooseReading`): as its length decides, or, in the warm-up,
// the string itself or its windows, whatever the length.
const AS_LENGTH_DECIDES = 0;
const ON_STRING = 1;
const IN_WINDOWS = 2;
let reading = AS_LENGTH_DECIDES;

/**
 * Texts of {@link COPIED_FROM} to {@link STOP_WINDOW} units are read in the copy of their units
 * (`copiedUnitsOf`); longer ones in windows of them copied one at a time (see {@link STOP_WINDOW}),
 * the units around a stop outside the window in the string; shorter ones, and every text where
 * there is no `Buffer`, in the string, their stops found by {@link STOP_SEARCH}.
 *
 * Why not a copy of a long text whole: a copy of 500K code units is 1 MB of memory written for
 * the first time in the process, and on the bench machine (a virtual machine) the first write to
 * a page costs 10–18 µs: 2.3–2.5 ms of the splitter's first call on the bench's 500K text, against
 * 0.03 ms for the same write later. A window is 128 KB, the same memory at every call.
 */
function chooseReading(scan: ScanState, text: string): void {
  const long = text.length > STOP_WINDOW;
  const units = reading === AS_LENGTH_DECIDES && !long ? copiedUnitsOf(text) : null;
  if (units !== null) readUnits(scan, units, 0, text.length);
  scan.windowed =
    units === null &&
    (reading === IN_WINDOWS || (reading === AS_LENGTH_DECIDES && long)) &&
    hasWindow();
}

/** The splits of {@link WARM_UP_TEXT} that {@link warmUpScan} makes. */
const WARM_UP_SPLITS = 3;

/**
 * Splits {@link WARM_UP_TEXT}, as it is, hard-wrapped, and as it is again, and drops the
 * sentences: run once, when it is due ({@link warmUpSchedule}), so that every path it takes has
 * type feedback before the engine optimises the scan (see `warm-up.ts`). The scan state is reset
 * by the next call's `startScan`. The first split reads the copy of the text's units, the second
 * the string, the third windows of it ({@link splitInWindows}): the scan searches the stops of
 * each in its own branch (`nextStopIn` over the copy or a window, {@link STOP_SEARCH}), and a
 * branch without feedback, taken first by a short text or a long one, would throw the optimised
 * scan away.
 */
function warmUpScan(): void {
  splitSentences(WARM_UP_TEXT);
  try {
    reading = ON_STRING;
    splitSentences(WARM_UP_TEXT, WARM_UP_WRAPPED);
  } finally {
    reading = AS_LENGTH_DECIDES;
  }
  splitInWindows(WARM_UP_TEXT, WARM_UP_WINDOW);
}

/**
 * Windows of the warm-up's third split: its 1,117 units in 18 windows or more. Why: `loadWindow`
 * gets its type feedback only once it has run a while (the engine allocates a function's feedback
 * lazily), and one window, or the 8 of the first 500K text, was not enough: the scan compiled in
 * the first long call inlined it without feedback and threw that code away at the start of the
 * next call ("insufficient type feedback", `--trace-deopt`), to compile the scan twice more.
 */
export const WARM_UP_WINDOW = 64;

/**
 * Splits `text` as {@link splitSentences} does, reading it in windows of `length` units whatever
 * its length: the warm-up's third split, and the tests' check that windows of any length split
 * alike.
 */
export function splitInWindows(text: string, length: number): Sentence[] {
  try {
    reading = IN_WINDOWS;
    stopWindow = length;
    return splitSentences(text);
  } finally {
    reading = AS_LENGTH_DECIDES;
    stopWindow = STOP_WINDOW;
  }
}

const WARM_UP_WRAPPED: SplitOptions = { hardWrapped: true };

/**
 * The scan, stop by stop, alone in its function: finds each stop (by `nextStopIn` over the copy
 * of the text's units where there is one, by the same in copied windows of a text too long to be
 * copied whole, else by {@link STOP_SEARCH}, where a line break right at `i`, after a full stop that
 * ends its line or the second of a blank line, 4 stops in 10 of the benchmark's text, is read from
 * the class table without a call into the search), ends the sentence at a line break, and hands
 * the other stops to `atPlainFullStop` and, where that one leaves them, to `atGeneralStop`; both
 * are over the engine's limit for inlining, so this loop's compiled code stays small.
 *
 * The regular expression's search and the line break are written here rather than in functions
 * of their own (the loop over the copy is not: see `nextStopIn`): each
 * small function run at every stop became hot, and was compiled on its own, during the first call
 * on a long text, while the compiled scan that inlines it was still being built; those compiles
 * ran beside the first call and slowed it (`--trace-opt` on the bench's 500K text: 11 functions
 * compiled during the first call, 6 after this change; see `docs/architecture.md`, "Cold start").
 * The loop is compiled by on-stack replacement in the first call; nothing follows it but the
 * return: a call after it, not yet made when the loop was compiled, had no type feedback and threw
 * that code away at the end of the first call (`--trace-deopt`).
 */
function scanStops(scan: ScanState, text: string): void {
  const n = text.length;
  const search = STOP_SEARCH;
  // The units searched for stops: the copy of the text's units, or the window of it copied last
  // (`stops[k - stopsFrom]` is unit `k`, for `k` in `[stopsFrom, stopsTo)`), or none.
  let stops: Uint16Array | null = scan.unitsTo > 0 ? scan.units : null;
  let stopsFrom = 0;
  let stopsTo = stops !== null ? n : 0;
  const windowed = scan.windowed;
  let i = 0;
  while (i < n) {
    let cls: number;
    if (stops !== null || windowed) {
      if (i >= stopsTo) {
        stopsTo = loadWindow(text, i, stopWindow);
        stops = windowUnits;
        stopsFrom = i;
        // The readers around the stops read the window too.
        readUnits(scan, windowUnits, i, stopsTo);
      }
      i = stopsFrom + nextStopIn(stops!, i - stopsFrom, stopsTo - stopsFrom);
      // No stop before the copy's end: the end of the text, or the next window.
      if (i === stopsTo) continue;
      cls = CHAR_CLASS[stops![i - stopsFrom]!]!;
    } else {
      cls = CHAR_CLASS[text.charCodeAt(i)]!;
      if (cls !== BREAK) {
        search.lastIndex = i;
        if (!search.test(text)) return;
        i = search.lastIndex - 1;
        cls = CHAR_CLASS[text.charCodeAt(i)]!;
      }
    }
    if (cls === BREAK) {
      // A line break ends the sentence, unless the text is hard-wrapped and the break ends no
      // paragraph.
      if (!scan.hardWrapped || isParagraphBreak(text, i)) endSentence(scan, text, i, i + 1);
      i++;
    } else {
      const end = cls === DOT ? atPlainFullStop(scan, text, i) : -1;
      i = end >= 0 ? end : atGeneralStop(scan, text, i, cls);
    }
  }
}

/**
 * Code units where the scan must stop, as a regular expression: line breaks, terminators, and the
 * `[` of a Markdown image. Everything else is looked at only from the next terminator; the `/` and
 * `@` that make a token a link too (`resolveLinks`). Its search is native code from its second
 * use, where a loop in JavaScript would run interpreted until the engine has optimised it. The
 * engine skips ahead by a table of the low 7 bits of each code unit, so every stop shares its
 * entry with some letters: `/` with DAL (U+062F) and `@` with TATWEEL (U+0640), which made the
 * search leave its fast loop at 1 code unit in 25 of Arabic text, for nothing. Built by
 * {@link fillStops} at the first public call; until then it matches nothing.
 */
export let STOP_SEARCH: RegExp = /[^\s\S]/g;

/**
 * 1 at each code unit that {@link STOP_SEARCH} matches (single code units: the expression has no
 * `u` flag), 0 elsewhere: the search over the copy of a text's units (`nextStopIn`).
 */
export const STOP_UNITS: Uint8Array = unitBytes();

/**
 * Builds {@link STOP_SEARCH} and fills {@link STOP_UNITS} from the class table, on first use
 * (src/core/table-fills.ts): `[` (LEFT SQUARE BRACKET) and the units of those classes, read
 * through the rows of the classes (a few dozen code units), not all 65,536 entries.
 */
function fillStops(): void {
  STOP_SEARCH = new RegExp(`[\\u005b${classMembers(BREAK, DOT, STRONG, ELLIPSIS)}]`, 'g');
  STOP_UNITS[0x5b] = 1;
  const members = unitsOfClass(BREAK, DOT, STRONG, ELLIPSIS);
  for (let k = 0; k < members.length; k++) STOP_UNITS[members[k]!] = 1;
}
fillOnFirstUse(fillStops);

/**
 * The first index in `[i, n)` of a stop of `units` (see {@link STOP_UNITS}), or `n`. Where the
 * scan has the copy, this loop finds the stops instead of {@link STOP_SEARCH}: one load of the
 * unit and one of the table a unit, where each search by the expression cost a call into the
 * engine's regular-expression code (setting and reading `lastIndex`, entering the matcher), 33
 * times in a 4 KB document. A function of its own: it is optimised after a fraction of the first
 * long call (about 1 ms to compile), where the same loop written in the scan ran unoptimised until
 * the whole scan was compiled, 60 to 100 ms later (several first calls on 100 KB, each 5 to 10
 * times slower); the scan's compiled code inlines it.
 */
function nextStopIn(units: Uint16Array, i: number, n: number): number {
  const stops = STOP_UNITS;
  let k = i;
  // Four units a turn: one test of the bound for four loads, and the loads of a turn independent.
  for (const last = n - 3; k < last; k += 4) {
    if (stops[units[k]!] !== 0) return k;
    if (stops[units[k + 1]!] !== 0) return k + 1;
    if (stops[units[k + 2]!] !== 0) return k + 2;
    if (stops[units[k + 3]!] !== 0) return k + 3;
  }
  while (k < n && stops[units[k]!] === 0) k++;
  return k;
}

/**
 * Code units of a text not copied whole (over this many units) copied at a time into the window
 * (src/fast/unit-window.ts), for the scan's search of stops by `nextStopIn` and for the readers
 * of the units around a stop: the next window is loaded where one ends (only where `Buffer` is:
 * see `chooseReading`). On the bench's 10 MB text the search by {@link STOP_SEARCH} was a third
 * to a half of a call (a call into the engine's regular-expression code at each stop, 90,000 of
 * them); a window's copy is one native copy for 65,536 units. The loop's call of `nextStopIn`
 * serves the copy and the windows: a second call, in a function of the windows, was inlined in
 * the loop too.
 */
export const STOP_WINDOW = 1 << 16;

/** Units per window of the scan ({@link STOP_WINDOW}; fewer in {@link splitInWindows}). */
let stopWindow = STOP_WINDOW;

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
