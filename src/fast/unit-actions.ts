import { unitBytes, unitWords } from '../core/unit-tables.js';
import { FARSI_TO_ARABIC } from '../letters/farsi-letter-table.js';
import { fillLetterTables, mapsFarsiLetter } from '../letters/map-farsi-letters.js';
import { actingUnits } from '../unicode/acting-units.js';
import { combiningClass } from '../unicode/canonical.js';
import { KINDS as GAP_KINDS, Kind as GapKind } from '../unicode/collapse-gaps.js';
import { KINDS as FORM_KINDS, Kind as FormKind, formExpansion } from '../unicode/expand-forms.js';
import { ARABIC_MARK, HARAKA, FLAGS as MARK_FLAGS, SLOW } from '../unicode/marks/mark-flags.js';

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
  for (let k = 0; k < units.length; k++) table[units[k]!] = actionOf(units[k]!);
  for (let k = 0; k < FARSI_TO_ARABIC.length; k++) {
    table[FARSI_TO_ARABIC[k]![0]] = actionOf(FARSI_TO_ARABIC[k]![0]);
  }
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
