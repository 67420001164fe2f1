import { unitBytes } from '../core/unit-tables.js';
import { ZWJ } from './character-sets.js';
import { KINDS as GAP_KINDS, Kind as GapKind } from './collapse-gaps.js';
import { joinsEmoji } from './emoji.js';
import { KINDS as FORM_KINDS, Kind as FormKind } from './expand-forms.js';
import { harakaInWord } from './marks/haraka-in-word.js';
import { SLOW_RANGES } from './marks/mark-flags.js';
import { redundantZwnjAt } from './redundant-zwnj.js';
import { HARAKA, FLAGS as MARK_FLAGS } from './repair-marks.js';
import { tatweelKeptFrom, tatweelRunEnd } from './tatweel.js';

/** Bits of {@link ACTS}: what may make each pass of stage 1 act on a code unit. */
const FORM = 1; // expandForms removes or replaces it (invisible control, presentation form)
const SURROGATE = 2; // expandForms replaces it unless it is half of a valid pair
const ZWNJ = 4; // expandForms acts unless `zwnj: 'keep'` and the ZWNJ stands inside a word
const TATWEEL = 8; // expandForms acts with `tatweel: 'remove'`
const MARK = 16; // repairMarks looks at it (its scan stops here)
const MARK_HARAKA = 32; // ... but a haraka inside a word is often already right
const SPACE = 64; // collapseGaps may act when collapsing
const LINE_BREAK = 128; // collapseGaps acts unless it is a LINE FEED that stays

/**
 * Per code unit, the passes that may have something to do with it (0 for most text). Filled at
 * the first scan, not at import ({@link fillActs}); the scan reads it as a constant.
 */
const ACTS = unitBytes();
let actsFilled = false;

/**
 * Fills {@link ACTS} (once: later calls return at once). Each table adds its bits to the units it
 * lists, found with `indexOf` (the units of a kind) or in the ranges flagged `SLOW` (exactly the
 * units whose marks flags have `SLOW`); every other unit stays 0. Each loop is small and does
 * little per unit: one loop working out every bit of each of the 5,541 acting units ran long
 * enough in the first call for the engine to compile it by on-stack replacement (`--trace-osr`),
 * about 4 ms of that call's own time and 12 ms of a compiler thread, for code that runs once.
 */
function fillActs(): void {
  if (actsFilled) return;
  actsFilled = true;
  addBits(FORM_KINDS, FormKind.Invisible, FORM);
  addBits(FORM_KINDS, FormKind.Form, FORM);
  addBits(FORM_KINDS, FormKind.Surrogate, SURROGATE);
  addBits(FORM_KINDS, FormKind.Zwnj, ZWNJ);
  addBits(FORM_KINDS, FormKind.Tatweel, TATWEEL);
  addBits(GAP_KINDS, GapKind.Space, SPACE);
  addBits(GAP_KINDS, GapKind.LineBreak, LINE_BREAK);
  for (let k = 0; k < SLOW_RANGES.length; k++) addMarkBits(SLOW_RANGES[k]![0], SLOW_RANGES[k]![1]);
}

/** Adds `bit` to the units whose entry in `table` is `kind`. */
function addBits(table: Uint8Array | Uint16Array, kind: number, bit: number): void {
  for (let unit = table.indexOf(kind); unit >= 0; unit = table.indexOf(kind, unit + 1)) {
    ACTS[unit]! |= bit;
  }
}

/** Adds the marks pass's bits to the units `first..last` (flagged `SLOW`). */
function addMarkBits(first: number, last: number): void {
  for (let unit = first; unit <= last; unit++) {
    ACTS[unit]! |= MARK_FLAGS[unit]! & HARAKA ? MARK | MARK_HARAKA : MARK;
  }
}

/** Result bits of {@link passesNeeded}. */
export const NEEDS_FORMS = 1;
export const NEEDS_MARKS = 2;
export const NEEDS_GAPS = 4;
const NEEDS_ALL = NEEDS_FORMS | NEEDS_MARKS | NEEDS_GAPS;

/** The options the pre-scan reads (those of the three passes). */
export interface PreScanPolicy {
  zwnj: 'remove' | 'space' | 'keep';
  /** Read by the tatweel decision (see `TatweelPolicy`). */
  zwnjInWords?: 'remove' | 'space' | 'keep';
  removeTatweel: boolean;
  stripDiacritics: boolean;
  stripShadda: boolean;
  collapse: boolean;
}

const LF = 0x0a;

/**
 * One scan over `text` that tells which passes of stage 1 may edit it, so that the others are
 * skipped. A pass whose bit is clear would return `text` unchanged (and record no edit): the scan
 * only clears a bit where the pass itself would skip the code unit without any edit. `NEEDS_FORMS`
 * set means the first pass does edit. Stops as soon as every pass is needed, or as soon as one of
 * the bits `enough` is set (a caller that runs every pass once the first pass edits passes
 * `NEEDS_FORMS`: the other bits would change nothing then).
 */
export function passesNeeded(text: string, policy: PreScanPolicy, enough = 0): number {
  const length = text.length;
  const zwnjActs = policy.zwnj !== 'keep';
  let needs = 0;
  // The run of tatweels last looked at ends at `tatweelsEnd`; those from `keptFrom` on stay.
  let tatweelsEnd = 0;
  let keptFrom = 0;
  fillActs();
  let i = 0;
  while (i < length) {
    // Units whose bits all belong to passes already needed can only set those bits again: the
    // scan passes them (after the gaps pass is needed, every space).
    i = nextUnitWith(text, i, stillOpen(needs));
    if (i === length) break;
    const bits = ACTS[text.charCodeAt(i)]!;
    if (bits & TATWEEL && policy.removeTatweel && !(needs & NEEDS_FORMS) && i >= tatweelsEnd) {
      tatweelsEnd = tatweelRunEnd(text, i, policy);
      keptFrom = tatweelKeptFrom(text, i, tatweelsEnd, policy);
    }
    if (
      (bits & FORM && !(text.charCodeAt(i) === ZWJ && joinsEmoji(text, i))) ||
      (bits & ZWNJ && (zwnjActs || (!(needs & NEEDS_FORMS) && redundantZwnjAt(text, i)))) ||
      (bits & TATWEEL && policy.removeTatweel && !(needs & NEEDS_FORMS) && i < keptFrom) ||
      (bits & SURROGATE && !validPairAt(text, i))
    ) {
      needs |= NEEDS_FORMS;
    }
    if (bits & MARK && !(bits & MARK_HARAKA && !policy.stripDiacritics && harakaInWord(text, i))) {
      needs |= NEEDS_MARKS;
    }
    if (bits & (SPACE | LINE_BREAK)) {
      const end = gapEnd(text, i, bits, policy.collapse);
      if (end < 0) needs |= NEEDS_GAPS;
      else {
        i = end;
        continue;
      }
    }
    if (needs === NEEDS_ALL || (needs & enough) !== 0) break;
    i++;
  }
  return needs;
}

/** The bits of {@link ACTS} that may still set a result bit not in `needs`. */
function stillOpen(needs: number): number {
  return (
    (needs & NEEDS_FORMS ? 0 : FORM | SURROGATE | ZWNJ | TATWEEL) |
    (needs & NEEDS_MARKS ? 0 : MARK | MARK_HARAKA) |
    (needs & NEEDS_GAPS ? 0 : SPACE | LINE_BREAK)
  );
}

/**
 * The first code unit from `i` with one of the bits `mask` in {@link ACTS}, or the end: a loop of
 * its own, so that the engine keeps its values in registers.
 */
function nextUnitWith(text: string, i: number, mask: number): number {
  const length = text.length;
  while (i < length && (ACTS[text.charCodeAt(i)]! & mask) === 0) i++;
  return i;
}

/** Whether the code unit at `i` is a high surrogate followed by a low one (either half of it). */
function validPairAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const previous = text.charCodeAt(i - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}

/**
 * Where a gap (spaces and line breaks) at `i` that collapseGaps leaves unchanged ends, or -1 when
 * the pass may change it. Without collapsing only a line break other than LINE FEED is changed;
 * when collapsing, the gaps left as they are here are one ASCII SPACE, or one or two LINE FEEDs,
 * between two characters that are not spaces or line breaks (the scan got here from a non-gap
 * character, since a gap is skipped whole).
 */
function gapEnd(text: string, i: number, bits: number, collapse: boolean): number {
  const unit = text.charCodeAt(i);
  if (!collapse) return bits & SPACE || unit === LF ? i + 1 : -1;
  if (i === 0) return -1;
  let end = i + 1;
  if (unit === LF) {
    if (text.charCodeAt(end) === LF) end++;
  } else if (unit !== 0x20) {
    return -1;
  }
  return end < text.length && GAP_KINDS[text.charCodeAt(end)] === GapKind.Keep ? end : -1;
}
