import { hasElongationRunIn } from '../letters/reduce-elongation.js';
import type { ResolvedOptions } from '../options/types.js';
import { charClasses, DIGIT } from '../punctuation/char-class.js';
import { DIGIT_ZERO, digitValue } from '../punctuation/digit-systems.js';
import { PERCENT_SIGNS } from '../punctuation/numbers.js';
import { OPENING_BRACKETS } from '../punctuation/punctuation-marks.js';
import { QUOTE_UNITS, quoteRole, ROLE_CLOSE, ROLE_OPEN } from '../punctuation/quotes.js';
import {
  isKeptDashUnit,
  isLoneMarkUnit,
  loneMarkEnd,
  punctuationUnchangedAt,
  quoteKeptIn,
  untouchedUnits,
} from '../punctuation/unchanged.js';
import { combiningClass } from '../unicode/canonical.js';
import { HARAKAT } from '../unicode/character-sets.js';
import { isAlefHamza } from '../unicode/marks/vowels.js';
import {
  EIGHTS_LETTER,
  EIGHTS_LETTERS,
  everyUnitHas,
  kernelGateRun,
  kernelInputOf,
  kernelTakes,
} from './fused-kernel.js';
import { COPY, FARSI, HARAKA_MARK, HARD, LINE_BREAK, MARK, SPACE } from './unit-actions.js';
import {
  emptyWindow,
  hasWindow,
  loadWindow,
  windowEnd,
  windowStart,
  windowUnits,
} from './unit-window.js';

/*
 * The whole pipeline's "already normal" gate (`pipeline-gate.ts`): how far the text reads as every
 * stage would leave it, found by reading alone (no output is written), so that clean text costs
 * one scan and comes back as it is. For stages 1 and 2 it passes only what the fused pass would
 * copy unchanged: untouched units, one ASCII space or one or two LINE FEEDs between untouched
 * units, one LINE FEED at the end, and marks inside a word ({@link marksInWordEnd}, which the
 * fused pass asks too). It is also stage 3's gate (src/punctuation/unchanged.ts): its hot loop
 * stops at the units stage 3 reads (digits, quotes, punctuation with a role), and passes each
 * where stage 3 vouches for the stretch it starts and stages 1 and 2 copy every unit of it.
 * Everything else it passes (letters, one space, line feeds, marks in a word) is a unit stage 3
 * never touches, so that the text is covered as stage 3's gate requires.
 */

/** In {@link gateActions}: a unit stages 1 and 2 copy, which stage 3 reads. */
const STAGE_3 = HARD + 1;

const LF = 0x0a;
const SPACE_UNIT = 0x20;
const FIRST_HARAKA = HARAKAT[0];

/**
 * Where the prefix of `text` that stages 1, 2 and 3 leave unchanged ends (`text.length` when they
 * change nothing), read in one scan with the fused pass's `actions` and stage 3's options
 * `stage3`; `stripDiacritics`: the marks go, so a mark is a change; `elongation`: runs of three
 * equal letters are reduced, so one is a change.
 */
export function pipelinePrefix(
  text: string,
  actions: Uint8Array,
  stripDiacritics: boolean,
  stage3: Readonly<ResolvedOptions>,
  elongation: boolean,
) {
  const length = text.length;
  const run = gateActions(actions);
  const passing =
    passingIn(stage3) |
    digitsIn(stage3.digits) |
    quotesIn(stage3.quotes) |
    (stripDiacritics ? 0 : IS_HARAKA);
  const windowed = startGateReading(text, passing);
  let i = 0;
  while (i < length) {
    i = passedRunEnd(text, i, actions, passing, windowed);
    if (i >= length) break;
    const unit = text.charCodeAt(i);
    if (run[unit] === COPY) {
      // A unit equal to the one before and the one after it, which with `elongation` must not
      // be the second of three equal letters (were it the third, the loop would have stopped at
      // the second: it reads every unit of a run but one a stretch passed, and a stretch is read
      // for runs below); or a percent sign (no letter).
      if (elongation && hasElongationRunIn(text, i - 1, i)) break;
      i++;
      continue;
    }
    if (run[unit] !== actions[unit]) {
      // A unit stage 3 reads, or one it may change that stages 1 and 2 pass.
      const end = run[unit] === STAGE_3 ? stage3Stretch(text, i, actions, stage3, passing) : -1;
      // A run starting in [i - 2, end) holds a unit of the stretch; a lone one is no letter.
      if (end < 0 || (elongation && end > i + 1 && hasElongationRunIn(text, i - 2, end))) break;
      i = end;
      continue;
    }
    const end = passedStopEnd(text, i, run, actions, stripDiacritics);
    if (end < 0) break;
    i = end;
  }
  return Math.min(i, length);
}

/**
 * Where the gate goes on after the unit at `i`, where its hot loop stopped, when it is a gap or
 * marks it passes (-1 otherwise): one space between words, the commonest gap, read inline (with
 * the next word's first unit when the hot loop, reading `run`, would pass it); one or two LINE
 * FEEDs ({@link lineFeedsEnd}); marks in a word when they stay ({@link marksInWordEnd}).
 */
function passedStopEnd(
  text: string,
  i: number,
  run: Uint8Array,
  actions: Uint8Array,
  stripDiacritics: boolean,
): number {
  const unit = text.charCodeAt(i);
  if (unit === SPACE_UNIT && i > 0 && i + 1 < text.length) {
    const before = actions[text.charCodeAt(i - 1)];
    const after = text.charCodeAt(i + 1);
    if (actions[after] === COPY && (before === COPY || before === HARAKA_MARK || before === MARK)) {
      return run[after] === COPY ? i + 2 : i + 1;
    }
  }
  const next = unit === LF && i > 0 ? lineFeedsEnd(text, i, actions) : -1;
  if (next > 0) return next;
  const action = actions[unit];
  if ((action === HARAKA_MARK || action === MARK) && !stripDiacritics) {
    const end = marksInWordEnd(text, i, actions);
    if (end > 0) return end;
  }
  return -1;
}

/**
 * Where the stretch that stage 3 reads from `i` ends when stage 3 leaves it and stages 1 and 2
 * copy every unit of it; -1 otherwise.
 */
function stage3Stretch(
  text: string,
  i: number,
  actions: Uint8Array,
  options: Readonly<ResolvedOptions>,
  passing: number,
): number {
  // The commonest stretches, read in a few loads: a quote whose neighbours decide its role, and
  // a lone clause mark before a gap (their units, which the caller found STAGE_3, stages 1 and
  // 2 copy).
  const quoted = quoteEnd(text, i, passing);
  if (quoted > 0) return quoted;
  const lone = loneMarkEnd(text, i, options);
  if (lone > 0) return lone;
  const end = punctuationUnchangedAt(text, i, options);
  if (end <= i) return -1;
  for (let k = i; k < end; k++) if (actions[text.charCodeAt(k)] !== COPY) return -1;
  return end;
}

let combined: Uint8Array | undefined;

/**
 * The actions for the whole pipeline's gate, built on first use: the fused pass's own, but a
 * unit stage 3 reads is {@link STAGE_3} when stages 1 and 2 copy it, and {@link HARD} (where the
 * gate stops) otherwise.
 */
function gateActions(actions: Uint8Array): Uint8Array {
  if (combined !== undefined) return combined;
  const untouched = untouchedUnits();
  const table = actions.slice();
  for (let unit = untouched.indexOf(0); unit >= 0; unit = untouched.indexOf(0, unit + 1)) {
    table[unit] = actions[unit] === COPY ? STAGE_3 : HARD;
  }
  combined = table;
  // Every unit but the few thousand that are not COPY: filled natively, and those found with
  // `indexOf`, instead of a loop over 65,536 units that the first call would run interpreted
  // (and that the engine would compile by on-stack replacement, for nothing).
  passedClasses.fill(PASSED_LETTER);
  for (let action = COPY + 1; action <= STAGE_3; action++) {
    for (let unit = table.indexOf(action); unit >= 0; unit = table.indexOf(action, unit + 1)) {
      passedClasses[unit] = 0;
    }
  }
  passedClasses[SPACE_UNIT] = PASSED_SPACE;
  passedClasses[LF] = PASSED_LINE_FEED;
  const stage3Classes = charClasses();
  for (let unit = table.indexOf(STAGE_3); unit >= 0; unit = table.indexOf(STAGE_3, unit + 1)) {
    for (const style of STYLES) {
      if (isLoneMarkUnit(unit, style)) passedClasses[unit]! |= markIn(style) | PASSED_AFTER_MARK;
    }
    if (isKeptDashUnit(unit)) passedClasses[unit] = PASSED_DASH;
    if (stage3Classes[unit] === DIGIT && digitValue(unit) >= 0) {
      const system = digitOf(unit - digitValue(unit));
      passedClasses[unit] = system | ((system | IS_GAP | IS_MARK) << AFTER);
    }
  }
  for (const unit of QUOTE_UNITS) {
    if (table[unit] !== STAGE_3) continue;
    for (const [style, kept] of QUOTE_STYLES) {
      if (quoteKeptIn(unit, ROLE_OPEN, style) && quoteKeptIn(unit, ROLE_CLOSE, style)) {
        passedClasses[unit]! |= kept;
      }
    }
  }
  for (const unit of OPENING_BRACKETS) if (table[unit] === STAGE_3) passedClasses[unit] = IS_OPENER;
  // After a number and a space, a percent sign is the number rule's to read (see `passedRunEnd`).
  for (const unit of PERCENT_SIGNS) passedClasses[unit] = 0;
  for (let action = HARAKA_MARK; action <= MARK; action++) {
    for (let unit = table.indexOf(action); unit >= 0; unit = table.indexOf(action, unit + 1)) {
      if (!isAlefHamza(unit)) passedClasses[unit] = PASSED_HARAKA;
    }
  }
  return table;
}

const STYLES = ['arabic', 'latin', 'keep'] as const;

/** The class bit of a clause mark that stage 3's {@link loneMarkEnd} may pass in `style`. */
const markIn = (style: ResolvedOptions['punctuation']) =>
  style === 'arabic' ? MARK_IN_ARABIC : style === 'latin' ? MARK_IN_LATIN : MARK_IN_KEEP;

/** What the hot loop may pass in the punctuation style `style`: a mask of classes. */
const passingIn = (options: Readonly<ResolvedOptions>) =>
  IS_LETTER |
  IS_GAP |
  IS_LINE_FEED |
  IS_OPENER |
  markIn(options.punctuation) |
  (options.dashes === 'hyphen' ? 0 : KEPT_DASH);

/** The class bit of the digits of the system whose zero is `zero`. */
const digitOf = (zero: number) =>
  zero === DIGIT_ZERO.ascii
    ? DIGIT_ASCII
    : zero === DIGIT_ZERO['arabic-indic']
      ? DIGIT_ARABIC_INDIC
      : DIGIT_PERSIAN;

/** The quotes the hot loop may pass with the quote style `quotes`: those the style keeps. */
const quotesIn = (quotes: ResolvedOptions['quotes']) =>
  quotes === 'ascii' ? QUOTE_IN_ASCII : quotes === 'keep' ? QUOTE_IN_KEEP : 0;

/** The digits the hot loop may pass with the digit style `digits`: those the style keeps. */
const digitsIn = (digits: ResolvedOptions['digits']) =>
  digits === 'keep' ? IS_DIGIT : digitOf(DIGIT_ZERO[digits]);

/**
 * In {@link passedClasses}, what the whole pipeline's hot loop passes: a unit every stage
 * leaves ({@link COPY} in the gate's table), a gap, a space or a LINE FEED, which it passes after
 * such a unit, and a second LINE FEED after one (a blank line between paragraphs); a clause mark
 * that stage 3's {@link loneMarkEnd} may pass (stages 1 and 2 copy it), by punctuation style,
 * which it passes after a letter and before one gap and a letter: the commonest stretch of clean
 * text (`قال، ثم`), passed without leaving the loop; when marks are kept, a mark alone after a
 * letter ({@link IS_HARAKA}); a digit, by system, which it passes after a gap and before a
 * digit of its system, a gap or a clause mark: a number that stage 3's `keptDigitsEnd` passes
 * (`في ٢٠١٨، قال`); a quote the quote style keeps, which it passes after a gap or a letter and
 * stops after; and a dash, where a letter passes, when dashes are kept ({@link KEPT_DASH}).
 * Any other unit is 0 (a percent sign too, which the number rule reads after a number and a
 * space); an opening bracket passes only after a gap, and stops the loop ({@link IS_OPENER}).
 * Every class is below 2 ** 28, a small integer, so that no load of the table is boxed.
 * A class holds what the unit is (bits 0 to 13) and, from bit {@link AFTER}, what may pass
 * after it: so that one AND tells whether to go on, and one shift and one AND with the call's
 * styles ({@link passingIn}, {@link digitsIn}, {@link quotesIn}) what the next unit may be (see
 * {@link passedRunEnd}). One table for every style, read as a module constant: a table chosen per
 * call made the loop slower.
 */
const IS_LETTER = 0b1;
const IS_GAP = 0b10;
/** A clause mark that stage 3's {@link loneMarkEnd} may pass in each punctuation style. */
const MARK_IN_ARABIC = 0b100;
const MARK_IN_LATIN = 0b1000;
const MARK_IN_KEEP = 0b10000;
const IS_MARK = MARK_IN_ARABIC | MARK_IN_LATIN | MARK_IN_KEEP;
/**
 * A mark that {@link marksInWordEnd} passes alone after a letter whatever follows it but a mark
 * (not MADDA or HAMZA, which may compose), when marks are kept.
 */
const IS_HARAKA = 0b100000;
/** A LINE FEED (a gap too), which may pass after a LINE FEED: a third stops the loop (three equal units). */
const IS_LINE_FEED = 0b1000000;
/** A digit of each system that stage 3 may keep: a number passes only in one system. */
const DIGIT_ASCII = 0b10000000;
const DIGIT_ARABIC_INDIC = 0b100000000;
const DIGIT_PERSIAN = 0b1000000000;
const IS_DIGIT = DIGIT_ASCII | DIGIT_ARABIC_INDIC | DIGIT_PERSIAN;
/**
 * A quote whose shape the quote style keeps, opening or closing: it passes after a gap or a
 * letter, and nothing passes after it (its role depends on what follows): the loop steps back
 * to it for {@link quoteEnd} to read. Passed after a gap, it keeps the gap from being read again.
 */
const QUOTE_IN_ASCII = 0b10000000000;
const QUOTE_IN_KEEP = 0b100000000000;
const IS_QUOTE = QUOTE_IN_ASCII | QUOTE_IN_KEEP;
/**
 * A dash that stage 3 leaves wherever it stands unless dashes become hyphens
 * (`isKeptDashUnit`): it passes where a letter passes, and lets pass what a letter does.
 */
const KEPT_DASH = 0b1000000000000;
/**
 * An opening bracket: it passes after a gap, and nothing passes after it: the loop steps back to
 * it for stage 3's general test (`openingEnd`), which keeps the gap before it from being read again.
 */
const IS_OPENER = 0b10000000000000;
/** A letter or, when dashes are kept, a dash. */
const LETTER = IS_LETTER | KEPT_DASH;
/**
 * The quote styles whose quotes the hot loop passes, each with its class bit (with
 * `guillemets`, quotes stop the loop: stage 3 reads them).
 */
const QUOTE_STYLES = [
  ['ascii', QUOTE_IN_ASCII],
  ['keep', QUOTE_IN_KEEP],
] as const;
/**
 * Where what may pass after a unit starts in its class.
 * @internal (exported for the tests, which hold the kernel's gate to it)
 */
export const AFTER = 14;
/**
 * After a letter, anything that passes but a digit; after a space, a letter, digit, quote or opening bracket; after a
 * LINE FEED, a LINE FEED too; after a clause mark, a gap only; after a digit, a digit of its
 * system, a gap or a clause mark.
 */
const AFTER_LETTER = LETTER | IS_GAP | IS_MARK | IS_HARAKA | IS_QUOTE;
const AFTER_SPACE = LETTER | IS_DIGIT | IS_QUOTE | IS_OPENER;
const AFTER_LINE_FEED = LETTER | IS_DIGIT | IS_QUOTE | IS_OPENER | IS_LINE_FEED;
const AFTER_MARK = IS_GAP;
const AFTER_HARAKA = LETTER | IS_GAP | IS_MARK;
const PASSED_LETTER = IS_LETTER | (AFTER_LETTER << AFTER);
const PASSED_DASH = KEPT_DASH | (AFTER_LETTER << AFTER);
const PASSED_SPACE = IS_GAP | (AFTER_SPACE << AFTER);
const PASSED_LINE_FEED = IS_GAP | IS_LINE_FEED | (AFTER_LINE_FEED << AFTER);
const PASSED_AFTER_MARK = AFTER_MARK << AFTER;
const PASSED_HARAKA = IS_HARAKA | (AFTER_HARAKA << AFTER);
/** Filled by {@link gateActions}, with the table the hot loop reads it beside. */
const passedClasses = new Uint32Array(0x10000);

/**
 * The whole pipeline's hot loop: where the run from `i` ends of units that every stage leaves
 * ({@link COPY} in the gate's table) with single gaps (a space or a LINE FEED) after them. It goes
 * on at a unit that the unit before lets pass: after a letter, a letter or a gap; after a gap, a
 * letter or a digit (so a gap after a gap stops it, but for a second LINE FEED after one); after
 * a clause mark the style `passing` keeps, a gap only; after a mark, anything but a mark (read by
 * {@link marksInWordEnd} at a stop just after it, as the clause mark by stage 3); after a digit
 * the style keeps, a digit of its system, a gap or a clause mark. A clause mark passes so only
 * before one gap and a letter: at any other stop just after it (or after it and a gap) it is stage 3's own
 * test's to read again, which passes such a mark whatever precedes it but a space
 * ({@link loneMarkEnd}). A number passes so only after a gap and before a gap, a clause mark
 * and a gap, or the end: at any other stop just after it (or after it and a gap or mark: a
 * percent sign, which stops the loop, may follow a gap) the loop steps back to its first digit for stage 3's number rule to read, which
 * passes such a number (`keptDigitsEnd`: one system, no separator, sign or keycap after it). A
 * quote passes after a gap or a letter, and the loop stops just after it, and steps back to it
 * for {@link quoteEnd} to read with both its neighbours (one stop per quote instead of two: the
 * gap before an opening quote is not read again); so with an opening bracket after a gap, for
 * stage 3's general test. Before `i`, a unit the fused pass leaves that may stand before a gap (the inline rules of
 * {@link passedStopEnd} and {@link lineFeedsEnd}) counts as a letter. A gap it passed before
 * the unit where it stops is the caller's to read again (what follows a gap matters there): so
 * the loop passes only a gap between two letters (and one LINE FEED that ends the text), or two
 * LINE FEEDs between letters, which the caller's rules pass too. It also stops at the second of
 * three equal units, where the caller reads whether a run of elongation is (two equal letters
 * are no run: it goes on, and so the third of a run is never its first unit).
 * Mispredicted branches at every gap cost more than this loop's reads: hence no branch there.
 */
function passedRunEnd(
  text: string,
  i: number,
  actions: Uint8Array,
  passing: number,
  windowed: boolean,
): number {
  const end =
    gateEights >= 0
      ? kernelRunEnd(text, i, actions, passing)
      : windowed
        ? windowedRunEnd(text, i, actions, passing)
        : stringRunEnd(text, i, actions, passing);
  return end === i ? end : stepBack(text, i, end);
}

/**
 * {@link passedRunEnd}'s loop in the fused pass's kernel (`gateRun` in fused-kernel.wat), over
 * the text's units that {@link startGateReading} wrote into its input: the same steps, and eight
 * letters and spaces at a time where {@link gateEights} is 1.
 */
function kernelRunEnd(text: string, i: number, actions: Uint8Array, passing: number): number {
  const before = i > 0 ? text.charCodeAt(i - 1) : -1;
  const passes = firstPassing(before, actions) & passing;
  return kernelGateRun(passedClasses, i, text.length, before, passes, passing, gateEights);
}

/**
 * Where the gate reads this text's units: -1 in the string or the window (see
 * {@link startGateReading}), else in the kernel's input, 1 taking eight letters and spaces at a
 * time ({@link gateEightsTaken}), 0 not.
 */
let gateEights = -1;

/**
 * Chooses where the gate reads `text`'s units: in the fused pass's kernel where it takes the text
 * (from {@link WINDOWED} units: the copy of its units into the kernel's input, which the fused
 * pass then reads without copying them again, costs more than it saves below); else in the window
 * (returns true) or in the string. Why the kernel: its loop takes eight letters and spaces at a
 * time, where the gate's own loop was most of `normalize`'s time on clean text (66% per clean
 * 4 KB document, profiled), and it runs at its speed from the first call, without waiting for
 * the engine to optimise it.
 */
function startGateReading(text: string, passing: number): boolean {
  const length = text.length;
  gateEights = -1;
  if (length >= WINDOWED && kernelTakes(length)) {
    kernelInputOf(text);
    gateEights = gateEightsTaken(passing);
    return false;
  }
  return startGateWindow(length);
}

/**
 * The class of every letter of `EIGHTS_LETTERS` (where they all have that of
 * `EIGHTS_LETTER`, else 0): read once, after {@link gateActions} filled the table.
 */
let eightsLetterClass = -1;

/**
 * 1 where the kernel's gate may take eight letters of `EIGHTS_LETTERS` and spaces at a time
 * with the styles' class bits `passing`, else 0: where the letters have one class, and a letter
 * passes after a letter, a space after a letter and a letter after a space as the steps read
 * them (a unit's class shares a bit with what the unit before lets pass, masked by `passing`).
 * The eights take no space after a space, nor the second of three equal units.
 * @internal (exported for the tests)
 */
export function gateEightsTaken(passing: number): number {
  if (eightsLetterClass < 0) eightsLetterClass = lettersClass();
  const letter = eightsLetterClass;
  const space = passedClasses[SPACE_UNIT]!;
  return letter !== 0 &&
    (letter & passedAfter(letter, passing)) !== 0 &&
    (space & passedAfter(letter, passing)) !== 0 &&
    (letter & passedAfter(space, passing)) !== 0
    ? 1
    : 0;
}

/** What may pass after a unit of class `unitClass`, with the styles' bits `passing`. */
const passedAfter = (unitClass: number, passing: number) => (unitClass >>> AFTER) & passing;

/** The class all letters of `EIGHTS_LETTERS` have, or 0 where they differ. */
function lettersClass(): number {
  const letter = passedClasses[EIGHTS_LETTER]!;
  return everyUnitHas(passedClasses, 0, EIGHTS_LETTERS, letter) ? letter : 0;
}

/** {@link passedRunEnd}'s loop reading the string. */
function stringRunEnd(text: string, i: number, actions: Uint8Array, passing: number): number {
  const length = text.length;
  let before = i > 0 ? text.charCodeAt(i - 1) : -1;
  const classes = passedClasses;
  let passes = firstPassing(before, actions) & passing;
  for (; i < length; i++) {
    const unit = text.charCodeAt(i);
    const unitClass = classes[unit]!;
    if ((unitClass & passes) === 0) break;
    if (unit === before && text.charCodeAt(i + 1) === unit) break;
    before = unit;
    passes = (unitClass >> AFTER) & passing;
  }
  return i;
}

/** Code units per window of the gate: a few of them cover a long text, and the copy stays in cache. */
export const GATE_WINDOW = 1 << 13;
/** Code units in a text's first window of the gate (see {@link loadGateWindow}). */
export const GATE_FIRST_WINDOW = 1 << 9;
/** From this length on, the gate reads a window of units (below, a copy costs more than it saves). */
const WINDOWED = 256;

/**
 * Whether the gate reads a text of `length` units from the window (src/fast/unit-window.ts); if
 * so, empties it first.
 */
function startGateWindow(length: number): boolean {
  if (length < WINDOWED || !hasWindow()) return false;
  emptyWindow();
  return true;
}

/**
 * The window's units, a constant of this module for the hot loop: the engine folds a module's own
 * constant into it, where an imported binding (the window is in the splitter's chunk of the built
 * package, which reads it too) was loaded again in the loop (clean 10 MB: 8% slower, about 7 more
 * instructions a unit).
 */
const gateUnits = windowUnits;

/** Loads the gate's window of `text` from `start`. */
function loadGateWindow(text: string, start: number): void {
  // The first window of a text is short: a text that is not normal is mostly given up on within
  // its first few hundred units, and a copy of the rest would be read for nothing.
  loadWindow(text, start, windowEnd === 0 ? GATE_FIRST_WINDOW : GATE_WINDOW);
}

/**
 * {@link stringRunEnd} reading the same units from the window (src/fast/unit-window.ts), loaded
 * from `i` when `i` is outside it: the same loop on the same units (a copy of each), but the unit
 * after the window's last, read from the string. (Its state starts here, as in `stringRunEnd`,
 * not as arguments: the engine kept arguments boxed through the loop.)
 */
function windowedRunEnd(text: string, i: number, actions: Uint8Array, passing: number): number {
  const length = text.length;
  let before = i > 0 ? text.charCodeAt(i - 1) : -1;
  const classes = passedClasses;
  let passes = firstPassing(before, actions) & passing;
  while (i < length) {
    if (i < windowStart || i >= windowEnd) loadGateWindow(text, i);
    // Indexed from the window's start, so that the index is a plain integer in the loop.
    const start = windowStart | 0;
    const stop = (windowEnd - start) | 0;
    let k = (i - start) | 0;
    for (; k < stop; k++) {
      const unit = gateUnits[k]!;
      const unitClass = classes[unit]!;
      if ((unitClass & passes) === 0) break;
      if (
        unit === before &&
        (k + 1 < stop ? gateUnits[k + 1] : text.charCodeAt(start + k + 1)) === unit
      )
        break;
      before = unit;
      passes = (unitClass >> AFTER) & passing;
    }
    i = start + k;
    if (k < stop) return i;
  }
  return i;
}

/**
 * {@link punctuationUnchangedAt} for a quote at `i` whose neighbours decide its role (stage 3's
 * `quoteRole`) and whose shape the quote style (in `passing`) keeps in either role: its end,
 * `i + 1`; -1 otherwise (the general test then decides). An opening quote's stretch is that
 * (`openingEnd`); a closing quote's (`closingRunEnd`) runs on over the clause marks, closing
 * brackets and quotes after it, each of which is the start of a stretch that the general test
 * reads alike (no space before it, and none of them an opening quote: a quote after a quote
 * does not open), so that the cover is the same.
 */
function quoteEnd(text: string, i: number, passing: number): number {
  if ((passedClasses[text.charCodeAt(i)]! & passing & IS_QUOTE) === 0) return -1;
  const role = quoteRole(text, i, false);
  return role === ROLE_OPEN || role === ROLE_CLOSE ? i + 1 : -1;
}

/**
 * What may pass after `before`, the unit before the hot loop's first (-1 at the text's start):
 * after a unit the fused pass leaves, what may after a letter; after a mark, what may after
 * one; after a space or LINE FEED or at the start (where a number may start), a letter or a
 * digit; else a letter only.
 */
function firstPassing(before: number, actions: Uint8Array): number {
  // The text's start first: `actions[-1]` (undefined) is a read out of the table's bounds, which
  // the first loop of every text made and which threw the compiled code away (cold start).
  if (before < 0) return AFTER_SPACE;
  const action = actions[before];
  if (action === COPY) return AFTER_LETTER;
  if (action === HARAKA_MARK || action === MARK) return AFTER_HARAKA;
  return before === SPACE_UNIT || before === LF ? AFTER_SPACE : LETTER;
}

/**
 * Where the hot loop, stopped at `i` (past `from`), gives the text back to the caller: before a
 * gap (or blank line) passed just before the stop, which the caller reads again with what
 * follows it (but one LINE FEED that ends the text); then before a clause mark or a mark just before that, which stage 3's test or
 * {@link marksInWordEnd} reads with what follows it; then before a quote or opening bracket just
 * before that, which {@link quoteEnd} or stage 3's test reads with what follows it; or before
 * the number just before it, which stage 3's number rule reads with what follows it (a text that
 * ends with a number needs none).
 */
function stepBack(text: string, from: number, i: number): number {
  const last = text.charCodeAt(i - 1);
  // One LINE FEED that ends the text, after what the loop lets a gap follow: `lineFeedsEnd`
  // passes it, and stage 3 passes a mark or number before it (the end of most documents).
  if (last === LF && i === text.length && text.charCodeAt(i - 2) !== LF) return i;
  if (last === SPACE_UNIT || last === LF) {
    i--;
    if (last === LF && i > from && text.charCodeAt(i - 1) === LF) i--;
  }
  if (i === from) return i;
  const classes = passedClasses;
  let lastClass = classes[text.charCodeAt(i - 1)]!;
  if ((lastClass & (IS_MARK | IS_HARAKA)) !== 0) {
    i--;
    if (i === from) return i;
    lastClass = classes[text.charCodeAt(i - 1)]!;
  }
  if ((lastClass & (IS_QUOTE | IS_OPENER)) !== 0) return i - 1;
  if ((lastClass & IS_DIGIT) !== 0 && i < text.length) {
    while (i > from && (classes[text.charCodeAt(i - 1)]! & IS_DIGIT) !== 0) i--;
  }
  return i;
}

/**
 * Where one or two LINE FEEDs at `i` end, between two untouched units (the fused pass writes
 * them as they are, and they make a clean seam), or one LINE FEED that ends the text after an
 * untouched unit (written as it is too); -1 otherwise. A run of marks the gate passed counts as
 * untouched: {@link marksInWordEnd} read what follows it.
 */
function lineFeedsEnd(text: string, i: number, actions: Uint8Array): number {
  const before = actions[text.charCodeAt(i - 1)];
  if (before !== COPY && before !== HARAKA_MARK && before !== MARK) return -1;
  // Not read past the text's end (NaN, no LINE FEED): a read there, which a document that ends
  // with a LINE FEED makes once, would throw the compiled gate away (cold start).
  const end = i + 1 < text.length && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  if (end === text.length) return end === i + 1 ? end : -1;
  return actions[text.charCodeAt(end)] === COPY ? end : -1;
}

const nfcLeaves = (cluster: string) => cluster.normalize('NFC') === cluster;

/**
 * Where the run of marks ({@link HARAKA_MARK} and {@link MARK} units) from `i` ends when the
 * marks pass leaves the whole run where it is, reading the input; -1 otherwise. The reference's
 * own conditions, on neighbours the first pass does not change: the run follows a {@link COPY}
 * unit (its base: no gap, so no detached mark); its combining classes never decrease, no
 * haraka appears twice, and NFC leaves the letter with a MADDA or HAMZA of the run (so that NFC,
 * which sorts marks and composes, and the repair of duplicate marks leave it); and after it come spaces that a plain
 * character, a line break or the end follows (so that no detached mark after the gap reaches
 * back to it: the reference's `harakaInWord` in the pre-scan).
 */
export function marksInWordEnd(text: string, i: number, actions: Uint8Array): number {
  return marksRunEnd(text, i, actions, false);
}

/**
 * {@link marksInWordEnd}, but a run whose combining classes decrease is taken too when it holds
 * no MADDA or HAMZA and no mark of class 0: NFC sorts such a run by class (stably) and composes
 * nothing (no other Arabic mark composes with a letter: test/fast/unit-actions.test.ts), and the
 * marks pass then reads the sorted run as any run in order, which it leaves. Vowelled text
 * typed on a keyboard puts SHADDA before the haraka on its letter (`كَّ` as KAF, SHADDA, FATHA),
 * the reverse of NFC's order. {@link lastMarksOutOfOrder} tells whether the run needs sorting.
 */
export function sortableMarksInWordEnd(text: string, i: number, actions: Uint8Array): number {
  return marksRunEnd(text, i, actions, true);
}

/** Whether the run of marks {@link sortableMarksInWordEnd} took last has classes that decrease. */
export const lastMarksOutOfOrder = (): boolean => outOfOrder;
let outOfOrder = false;

/** {@link marksInWordEnd}, and with `sortable` {@link sortableMarksInWordEnd}. */
function marksRunEnd(text: string, i: number, actions: Uint8Array, sortable: boolean): number {
  const length = text.length;
  if (i === 0 || actions[text.charCodeAt(i - 1)] !== COPY) return -1;
  let end = i;
  let hamza = false;
  let lastClass = 0;
  let harakat = 0;
  let unsorted = false;
  let classZero = false;
  for (; end < length; end++) {
    const unit = text.charCodeAt(end);
    const action = actions[unit];
    if (action !== HARAKA_MARK && action !== MARK) break;
    const ccc = combiningClass(unit);
    if (ccc < lastClass) {
      if (!sortable) return -1;
      unsorted = true;
    }
    if (ccc === 0) classZero = true;
    lastClass = ccc;
    if (isAlefHamza(unit)) hamza = true;
    if (action === HARAKA_MARK) {
      const bit = 1 << (unit - FIRST_HARAKA);
      if (harakat & bit) return -1;
      harakat |= bit;
    }
  }
  if (unsorted && (hamza || classZero)) return -1;
  // MADDA and HAMZA may compose with the letter (`ا` + MADDA is `آ`), or be sorted into one it
  // is composed of (`آ` + HAMZA BELOW is `إ` + MADDA): the engine's NFC decides (rare: it
  // allocates).
  if (hamza && !nfcLeaves(text.slice(i - 1, end))) return -1;
  outOfOrder = unsorted;
  let g = end;
  while (g < length && actions[text.charCodeAt(g)] === SPACE) g++;
  if (g >= length) return end;
  const next = actions[text.charCodeAt(g)];
  return next === COPY || next === LINE_BREAK || next === FARSI ? end : -1;
}
