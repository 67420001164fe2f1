import { unitBytes, unitWords } from '../core/unit-tables.js';
import { FARSI_TO_ARABIC } from '../letters/farsi-letter-table.js';
import {
  farsiReplacement,
  fillLetterTables,
  mapsFarsiLetter,
} from '../letters/map-farsi-letters.js';
import { actingUnits } from '../unicode/acting-units.js';
import { combiningClass } from '../unicode/canonical.js';
import { KINDS as GAP_KINDS, Kind as GapKind } from '../unicode/collapse-gaps.js';
import { KINDS as FORM_KINDS, Kind as FormKind, formExpansion } from '../unicode/expand-forms.js';
import { ARABIC_MARK, HARAKA, FLAGS as MARK_FLAGS, SLOW } from '../unicode/marks/mark-flags.js';
import { isAlefHamza, strippedBy } from '../unicode/marks/vowels.js';
import { tatweelContexts } from '../unicode/tatweel.js';

/**
 * What the fused pass of stages 1 and 2 (`clean-and-map.ts`) does with one code unit. Every
 * action is derived from the tables of the reference passes, so the two cannot drift apart:
 * a unit is {@link COPY} only when no pass of stage 1 or 2 acts on it in any context.
 */
/** No pass of stage 1 or 2 changes it, whatever stands around it. */
export const COPY = 0;
/** A space (collapsed with its neighbours under `whitespace: 'collapse'`). */
export const SPACE = 1;
/** A line break: ends a line (stage 2 decides the language of each line). */
export const LINE_BREAK = 2;
/** An invisible control: removed (a ZWJ inside an emoji sequence stays). */
export const INVISIBLE = 3;
/** ZERO WIDTH NON-JOINER: follows the option `zwnj`. */
export const ZWNJ = 4;
/** TATWEEL: follows the option `tatweel`. */
export const TATWEEL = 5;
/** A presentation form whose letters are all {@link COPY} units. */
export const FORM = 6;
/** A presentation form of a Farsi letter: stage 2 maps the letter it expands to. */
export const FARSI_FORM = 7;
/** A Farsi letter that stage 2 maps (or keeps, in a Persian or Urdu line). */
export const FARSI = 8;
/** A haraka: left where it is inside a word, else repaired by the reference. */
export const HARAKA_MARK = 9;
/**
 * Another Arabic combining mark without a decomposition: like a haraka, left where it is inside a
 * word (superscript alef, Quranic small letters and pause signs, MADDA and HAMZA on a letter
 * they do not compose with), else the reference. Only MADDA and HAMZA ABOVE and BELOW compose
 * with a letter before them (`آ أ إ ؤ ئ ۀ ۂ ۓ`); test/fast checks both facts against the
 * engine's NFC.
 */
export const MARK = 10;
/** Anything else (other marks, surrogates, ligatures of several words...): the reference. */
export const HARD = 11;

let actions: Uint8Array | undefined;
let expansions: string[] = [];
let expansionIndex: Uint16Array | undefined;
/**
 * The units a pass of stage 1 acts on (`actingUnits`) and the Farsi letters stage 2 maps: every
 * unit whose action may be other than COPY, the only ones the tables below look at.
 */
let acting: readonly number[] = [];

function actionOf(unit: number): number {
  const gap = GAP_KINDS[unit];
  const form = FORM_KINDS[unit];
  const flags = MARK_FLAGS[unit]!;
  if (form === FormKind.Keep) {
    if (flags & SLOW) return flags & HARAKA ? HARAKA_MARK : isPlainMark(unit, flags) ? MARK : HARD;
    if (gap === GapKind.Space) return SPACE;
    if (gap === GapKind.LineBreak) return LINE_BREAK;
    return mapsFarsiLetter(unit) ? FARSI : COPY;
  }
  if (gap !== GapKind.Keep) return HARD;
  if (form === FormKind.Invisible) return INVISIBLE;
  if (form === FormKind.Zwnj) return ZWNJ;
  if (form === FormKind.Tatweel) return TATWEEL;
  return HARD;
}

/** Whether the mark `unit` (with marks-pass `flags`) is a {@link MARK}. */
function isPlainMark(unit: number, flags: number): boolean {
  return (flags & ARABIC_MARK) !== 0 && combiningClass(unit) !== 0;
}

/** The action of every code unit, built on first use (importing the library builds nothing). */
export function unitActions(): Uint8Array {
  if (actions !== undefined) return actions;
  fillLetterTables();
  const table = unitBytes();
  const index = unitWords();
  const list: string[] = [];
  // A unit no pass of stage 1 acts on is COPY unless stage 2 maps it (the table starts at COPY):
  // only those units are looked at, not all 65,536.
  const units = actingUnits();
  for (let k = 0; k < FARSI_TO_ARABIC.length; k++) units.push(FARSI_TO_ARABIC[k]![0]);
  acting = units;
  for (let k = 0; k < units.length; k++) table[units[k]!] = actionOf(units[k]!);
  const form = FormKind.Form;
  for (let unit = FORM_KINDS.indexOf(form); unit >= 0; unit = FORM_KINDS.indexOf(form, unit + 1)) {
    if (GAP_KINDS[unit] !== GapKind.Keep) continue;
    const letters = formExpansion(unit)!;
    let simple = letters.length > 0;
    for (let k = 0; k < letters.length; k++) {
      if (table[letters.charCodeAt(k)] !== COPY) simple = false;
    }
    const farsi = letters.length === 1 && table[letters.charCodeAt(0)] === FARSI;
    if (!simple && !farsi) continue;
    list.push(letters);
    index[unit] = list.length;
    table[unit] = farsi ? FARSI_FORM : FORM;
  }
  expansions = list;
  expansionIndex = index;
  actions = table;
  return table;
}

/** The letters a {@link FORM} or {@link FARSI_FORM} unit expands to. */
export function expansionOf(unit: number): string {
  return expansions[expansionIndex![unit]! - 1]!;
}

/*
 * The copy loop's table (`copyRun` in clean-and-map.ts): what the loop does with each unit
 * without leaving it, one 32-bit entry per unit, 0 for a COPY unit. Besides COPY units the loop
 * writes the noise that noisy text holds most where the pass decides it alike whatever stands
 * around it: a presentation form of one letter (written as its letter), an invisible control
 * (removed), a space (written as the gap rules write a gap of one space between two written
 * units) and, with `tatweel: 'remove'`, a TATWEEL before a letter (removed: the tatweel rule
 * reads only the letter after it then). Each only where the units beside it make no other gap of
 * it: a space only before a unit the loop writes (not another space, nor one the loop leaves), a
 * removed control only before a unit it writes as it is or as a form, a TATWEEL only before a
 * letter; also a mark alone after a COPY unit ({@link FLOW_MARK}) and, in its Farsi tables, a
 * Farsi letter (see {@link FlowOptions}).
 *
 * An entry holds what the unit is (bits 0 to 5, {@link FLOW_CLASS}), the unit it is written as XOR
 * itself (bits 6 to 21, {@link FLOW_WRITES}) and what may not follow it (bits 24 to 29,
 * {@link FLOW_AFTER}: the bits of what the unit is). The loop takes each apart with fewer
 * operations than a field needs: what may not follow is the entry shifted down (no field above it;
 * bit 30 and 31 are clear, so that every entry is a small integer and no load of the table is
 * boxed), the unit written is the unit XOR the entry shifted down by {@link FLOW_WRITES} (the
 * bits above 16 are lost when it is stored in the output's 16-bit units), and a removed unit is
 * bit 0, which the output position does not move past.
 */
/** Removed: nothing is written. */
export const FLOW_DROP = 0b1;
/** A space: a gap of one space, written as the gap rules write it. */
export const FLOW_SPACE = 0b10;
/** The loop leaves the unit: it stops there. */
export const FLOW_STOP = 0b100;
/**
 * A letter as the tatweel rule reads it (a TATWEEL before it is removed) that the loop writes.
 * The loop reads the next unit's entry XOR {@link FLOW_INVERTED}: there this bit means "no letter".
 */
export const FLOW_LETTER = 0b1000;
/** In no entry, so in every entry read XOR {@link FLOW_INVERTED}: forbidden after a unit the loop leaves. */
const FLOW_ALWAYS = 0b10000;
export const FLOW_INVERTED = FLOW_LETTER | FLOW_ALWAYS;
/**
 * A haraka or another mark of {@link HARAKA_MARK} or {@link MARK} that NFC never composes with a
 * letter (not MADDA or HAMZA), alone after a COPY unit: written as it is, or removed
 * ({@link FLOW_DROP} too) where the `diacritics` option strips it. Only a COPY unit lets a mark
 * follow (a space, a removed unit, a form, a kept TATWEEL and another mark forbid it); a mark lets
 * follow what the loop writes as it is or as one letter (`كَتَبَ`; a presentation form is its
 * letter before the marks pass reads it) and a space (`كتبَ الولد`), not a unit the loop leaves
 * (a line break, a Farsi letter) or removes, nor another mark: a run of marks, or a mark before
 * those, stops the loop there as before, for the pass's own reading (`marksInWord`). The space
 * after a mark the loop wrote lets follow what it lets follow after a letter, but no mark (a mark
 * cut off after a gap is the pass's to read, with the word before); where the pass reads a gap
 * after such a mark, it counts the mark as left in its word, as it counts a run `marksInWord`
 * leaves (`markLeftBefore` in clean-and-map.ts): the marks pass leaves a mark alone on its letter
 * whatever follows the gap, and takes back onto the word only a mark that comes after it, which
 * the pass reads. Fully vowelled text made the loop stop at every mark.
 */
export const FLOW_MARK = 0b100000;
/** What the unit is: the bits above. */
const FLOW_CLASS = 0b111111;
/** Where the unit written (XOR the unit) starts in an entry: 16 bits. */
export const FLOW_WRITES = 6;
/** Where what may not follow a unit starts in its entry: the six bits of {@link FLOW_CLASS}. */
export const FLOW_AFTER = 24;

/** Stops before anything. */
const STOP_ENTRY = FLOW_STOP | (FLOW_ALWAYS << FLOW_AFTER);
/** Stops before a unit the loop leaves, a space or a mark. */
const SPACE_ENTRY = FLOW_SPACE | ((FLOW_STOP | FLOW_SPACE | FLOW_MARK) << FLOW_AFTER);
/** Goes on only before a unit the loop writes and does not remove: a COPY unit or a form. */
const DROP_ENTRY = FLOW_DROP | ((FLOW_STOP | FLOW_SPACE | FLOW_DROP | FLOW_MARK) << FLOW_AFTER);
/** Goes on only before a letter. */
const TATWEEL_ENTRY = FLOW_DROP | ((FLOW_LETTER | FLOW_STOP) << FLOW_AFTER);
/** A kept TATWEEL, a form, or a Farsi letter the loop writes: written, and goes on before anything but a mark. */
const NO_MARK_AFTER = FLOW_MARK << FLOW_AFTER;
/**
 * A mark inside a word: written, and goes on before what a COPY unit may be (a letter, a digit, a
 * form of one letter) or a space, not before a unit the loop leaves or removes or another mark.
 */
const MARK_ENTRY = FLOW_MARK | ((FLOW_STOP | FLOW_DROP | FLOW_MARK) << FLOW_AFTER);
/** A mark inside a word that the `diacritics` option strips: removed, and goes on as {@link MARK_ENTRY}. */
const STRIPPED_MARK_ENTRY = MARK_ENTRY | FLOW_DROP;

/** What the `diacritics` option does with marks, as the copy loop's tables are chosen by it. */
export const KEEP_MARKS = 0;
export const STRIP_MARKS = 1;
export const STRIP_MARKS_BUT_SHADDA = 2;

/**
 * The copy loop's 24 tables (by `whitespace: 'collapse'`, `tatweel: 'remove'`, what `diacritics`
 * does with marks, and whether the loop writes Farsi letters), one after another in one array
 * that is a module constant: the optimised loop reads it with no load and no check of the array
 * itself (V8 folds a module's constants into its code), where a table of its own, chosen per
 * call, is loaded and its map checked at each unit. Each is filled on first use; the array is
 * mapped only where written or read (a large allocation is memory already zero).
 */
export const FLOW = /* @__PURE__ */ new Int32Array(24 << 16);
const flowBuilt: boolean[] = [];

/** The options a table of the copy loop is for. */
interface FlowOptions {
  readonly collapse: boolean;
  readonly removeTatweel: boolean;
  /** {@link KEEP_MARKS}, {@link STRIP_MARKS} or {@link STRIP_MARKS_BUT_SHADDA}. */
  readonly marks: number;
  /**
   * The loop writes a Farsi letter that maps to one letter as it is, where it needs no note of
   * it: stage 2 keeps Farsi letters (`farsiLetters: 'keep'`), or finds them again in the line it
   * maps (`writeFarsiUnnoted` in clean-and-map.ts). Not before a mark (the marks on a Farsi letter
   * are the pass's to read).
   */
  readonly writeFarsi: boolean;
}

/**
 * Where the copy loop's table for the options `collapse`, `removeTatweel`, `marks` and
 * `writeFarsi` (see {@link FlowOptions}) starts in {@link FLOW} (see {@link FLOW_STOP}): the
 * entry of `unit` is `FLOW[start + unit]`.
 */
export function flowStart(
  collapse: boolean,
  removeTatweel: boolean,
  marks: number,
  writeFarsi = false,
): number {
  const index =
    ((collapse ? 1 : 0) | (removeTatweel ? 2 : 0) | (marks << 2)) + (writeFarsi ? 12 : 0);
  if (flowBuilt[index] !== true) {
    buildFlowTable(index, { collapse, removeTatweel, marks, writeFarsi });
  }
  return index << 16;
}

/** The copy loop's table for the options (see {@link flowStart}), as a view of {@link FLOW}. */
export function flowTable(
  collapse: boolean,
  removeTatweel: boolean,
  marks: number,
  writeFarsi = false,
): Int32Array {
  const start = flowStart(collapse, removeTatweel, marks, writeFarsi);
  return FLOW.subarray(start, start + 0x10000);
}

function buildFlowTable(index: number, options: FlowOptions): void {
  const actions = unitActions();
  const table = FLOW.subarray(index << 16, (index + 1) << 16);
  // Only the units that are not COPY are looked at (a loop over all 65,536, or a search for each,
  // would cost the first call milliseconds).
  for (let k = 0; k < acting.length; k++) {
    const unit = acting[k]!;
    table[unit] = flowEntry(unit, actions[unit]!, options);
  }
  // The letters as the tatweel rule reads them after a TATWEEL: those the loop writes are marked.
  const next = tatweelContexts().next;
  const letter = next[BEH]!;
  for (let unit = next.indexOf(letter); unit >= 0; unit = next.indexOf(letter, unit + 1)) {
    if ((table[unit]! & FLOW_CLASS) === 0) table[unit]! |= FLOW_LETTER;
  }
  flowBuilt[index] = true;
}

/** The copy loop's entry for `unit`, whose action is `action`. */
function flowEntry(unit: number, action: number, options: FlowOptions) {
  if (action === COPY) return 0;
  if (action === SPACE) {
    return SPACE_ENTRY | ((options.collapse ? unit ^ SPACE_UNIT : 0) << FLOW_WRITES);
  }
  // A ZWJ stays inside an emoji sequence: the pass asks.
  if (action === INVISIBLE) return unit === ZWJ_UNIT ? STOP_ENTRY : DROP_ENTRY;
  if (action === TATWEEL) return options.removeTatweel ? TATWEEL_ENTRY : NO_MARK_AFTER;
  if (action === FORM && expansionOf(unit).length === 1) {
    return NO_MARK_AFTER | ((unit ^ expansionOf(unit).charCodeAt(0)) << FLOW_WRITES);
  }
  if (action === FARSI && options.writeFarsi && farsiReplacement(unit).length === 1) {
    return NO_MARK_AFTER;
  }
  if ((action === HARAKA_MARK || action === MARK) && !isAlefHamza(unit)) {
    const stripped =
      options.marks !== KEEP_MARKS &&
      strippedBy({ stripDiacritics: true, stripShadda: options.marks === STRIP_MARKS }, unit);
    return stripped ? STRIPPED_MARK_ENTRY : MARK_ENTRY;
  }
  return STOP_ENTRY;
}

const SPACE_UNIT = 0x20;
const ZWJ_UNIT = 0x200d;
const BEH = 0x0628;
