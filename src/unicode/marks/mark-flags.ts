import { ARABIC_LETTERS } from '../../chars/sets.js';
import { fillOnFirstUse } from '../../core/table-fills.js';
import { unitWords } from '../../core/unit-tables.js';
import { NFC_SENSITIVE_RANGES } from '../canonical.js';
import {
  ARABIC_MARKS,
  CLOSING_PUNCTUATION,
  type CodeRange,
  DIACRITICS,
  HARAKAT,
  QURANIC_ANNOTATIONS,
  VOWELLESS_INITIALS,
  VOWELS,
} from '../character-sets.js';
import { isLineBreak, isSpace } from '../collapse-gaps.js';

/** Bit flags per code unit. */
export const LETTER = 1; // an Arabic letter: a base a detached haraka may join
export const HARAKA = 2; // a haraka the repair may move
export const DIACRITIC = 8; // removed by `diacritics: 'strip'`
export const CLOSING = 16; // closing punctuation: a tanween before it drops the space before the tanween
export const SLOW = 32; // the scan stops here: NFC-sensitive, a diacritic, or a high surrogate
export const ARABIC_MARK = 64; // an Arabic combining mark: a detached run holding one is repaired
export const VOWEL = 128; // one of the vowels a letter carries at most one of
export const QURANIC = 256; // a Quranic annotation sign: a detached run of them stays where it is
export const VOWELLESS_INITIAL = 512; // a letter that starts a word without a vowel (bare ALEF)

/** The flags of every code unit (read by the stage-1 pre-scan too). */
export const FLAGS = unitWords();
/**
 * The ranges flagged {@link SLOW}, as they were flagged (they may overlap): the tables derived from
 * the flags visit these units, not all 65,536.
 */
export const SLOW_RANGES: CodeRange[] = [];
const flag = (ranges: readonly CodeRange[], bit: number) => {
  if (bit & SLOW) SLOW_RANGES.push(...ranges);
  // Indexed: destructuring allocates iterator objects per range in code that runs once.
  for (let k = 0; k < ranges.length; k++) {
    const last = ranges[k]![1];
    for (let cp = ranges[k]![0]; cp <= last; cp++) FLAGS[cp]! |= bit;
  }
};
/** Fills {@link FLAGS} and {@link SLOW_RANGES}, on first use (src/core/table-fills.ts). */
function fillFlags(): void {
  flag(ARABIC_LETTERS, LETTER);
  flag([HARAKAT], HARAKA | SLOW);
  flag(DIACRITICS, DIACRITIC | SLOW);
  flag(CLOSING_PUNCTUATION, CLOSING);
  flag(ARABIC_MARKS, ARABIC_MARK | SLOW);
  flag([[0xd800, 0xdbff]], SLOW);
  flag(VOWELS, VOWEL);
  flag([QURANIC_ANNOTATIONS], QURANIC);
  flag(VOWELLESS_INITIALS, VOWELLESS_INITIAL);
  flag(NFC_SENSITIVE_RANGES, SLOW);
}
fillOnFirstUse(fillFlags);

/** The flags of the code unit at `i` of `text`, 0 outside it. */
export function flagsAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? FLAGS[text.charCodeAt(i)]! : 0;
}

/** Whether the code unit at `i` of `text` is a space (false outside it). */
export function spaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isSpace(text.charCodeAt(i));
}

/** Whether the code unit at `i` of `text` is a line break (false outside it). */
export function breakAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLineBreak(text.charCodeAt(i));
}

/** ASCII, Arabic-Indic and Persian digits. */
export const isDigit = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) ||
  (unit >= 0x660 && unit <= 0x669) ||
  (unit >= 0x6f0 && unit <= 0x6f9);
