import { lazyRegExp } from '../core/lazy-regexp.js';
import { unitBytes } from '../core/unit-tables.js';
import { ZWNJ } from './character-sets.js';
// (A cycle: expand-forms calls this module's functions, which read its table only when called.)
import { formExpansion } from './expand-forms.js';

/** A letter of any script (TATWEEL aside): what a ZERO WIDTH NON-JOINER may stand between. */
const LETTER = lazyRegExp('\\p{L}', 'u');
/** Marks and TATWEEL: they belong to the letter before them (and may be removed with it). */
const MARK_OR_TATWEEL = lazyRegExp('[\\p{M}\\u0640]', 'u');

const characterAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i)!);

/**
 * What the tests below make of each code unit outside the surrogates, remembered at its first
 * test (0: not yet tested), so that a ZWNJ costs table lookups, not regular expressions, after
 * the first few: for {@link letterBefore}, {@link LETTER_CLASS}, {@link MARK_CLASS} or
 * {@link OTHER_CLASS} of the unit as written at the end of a word; for {@link letterAt}, whether
 * it is a letter as written at the start of one.
 */
const CLASS_AS_LAST = unitBytes();
const CLASS_AS_FIRST = unitBytes();
const LETTER_CLASS = 1;
const MARK_CLASS = 2;
const OTHER_CLASS = 3;

const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** The class of `character` (one code point) at the end of a word, for {@link letterBefore}. */
function classAsLast(character: string): number {
  const written = asWritten(character, true);
  if (MARK_OR_TATWEEL().test(written)) return MARK_CLASS;
  return LETTER().test(written) ? LETTER_CLASS : OTHER_CLASS;
}

/** {@link classAsLast} of a code unit outside the surrogates, remembered. */
function unitClassAsLast(unit: number): number {
  let kind = CLASS_AS_LAST[unit]!;
  if (kind === 0) {
    kind = classAsLast(String.fromCharCode(unit));
    CLASS_AS_LAST[unit] = kind;
  }
  return kind;
}

/** Whether `character` (one code point) is a letter at the start of a word, for {@link letterAt}. */
const letterAsFirst = (character: string) => LETTER().test(asWritten(character, false));

/** {@link letterAsFirst} of a code unit outside the surrogates, remembered. */
function unitLetterAsFirst(unit: number): boolean {
  let kind = CLASS_AS_FIRST[unit]!;
  if (kind === 0) {
    kind = letterAsFirst(String.fromCharCode(unit)) ? LETTER_CLASS : OTHER_CLASS;
    CLASS_AS_FIRST[unit] = kind;
  }
  return kind === LETTER_CLASS;
}

/**
 * The character the first pass leaves at the end (`last`) or start of a presentation form, so that
 * the decision is the same on the pass's own output: an isolated or medial fathatan (U+FE70,
 * U+FE77...) becomes the bare mark, a lam-alef ligature ends in a letter. Other characters are
 * themselves.
 */
function asWritten(character: string, last: boolean): string {
  const letters = formExpansion(character.charCodeAt(0));
  if (letters === undefined || letters === '') return character;
  return last ? letters.slice(-1) : letters.charAt(0);
}

/**
 * Whether a letter ends the text before `i`, across the marks and TATWEELs after it (a mark with no
 * letter before it is removed by the marks pass, and a TATWEEL by the `tatweel` option).
 */
function letterBefore(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0) {
    const unit = text.charCodeAt(k);
    // A low surrogate and the high one before it are one character; a lone one is none (the
    // first pass writes U+FFFD for it), whatever stands before it.
    const paired =
      unit >= 0xdc00 && unit <= 0xdfff && k > 0 && isHighSurrogate(text.charCodeAt(k - 1));
    const start = paired ? k - 1 : k;
    const kind = isSurrogate(unit) ? classAsLast(characterAt(text, start)) : unitClassAsLast(unit);
    if (kind !== MARK_CLASS) return kind === LETTER_CLASS;
    k = start - 1;
  }
  return false;
}

/** Whether a letter starts the text at `i`, across TATWEELs (a mark there belongs to no letter). */
function letterAt(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && text.charCodeAt(k) === 0x0640) k++;
  if (k >= text.length) return false;
  const unit = text.charCodeAt(k);
  return isSurrogate(unit) ? letterAsFirst(characterAt(text, k)) : unitLetterAsFirst(unit);
}

/** Where the run of ZERO WIDTH NON-JOINERs starting at `i` ends. */
export function zwnjRunEnd(text: string, i: number): number {
  let end = i + 1;
  while (end < text.length && text.charCodeAt(end) === ZWNJ) end++;
  return end;
}

/**
 * Whether the run of ZERO WIDTH NON-JOINERs `text[start, end)` stands inside a word, between two
 * letters (the one before may carry marks): only there does it do anything (it keeps them from joining: می‌خواهم). At
 * either end of a word, beside a space or at the ends of the text it is redundant (hazm removes
 * it too), and a run of several is one.
 */
export function zwnjRunInsideWord(text: string, start: number, end: number): boolean {
  return letterBefore(text, start) && letterAt(text, end);
}

/** Whether `zwnj: 'keep'` would still edit the ZERO WIDTH NON-JOINER at `i` (it is redundant). */
export function redundantZwnjAt(text: string, i: number): boolean {
  const end = zwnjRunEnd(text, i);
  return end - i > 1 || !zwnjRunInsideWord(text, i, end);
}
