import { Rule } from '../../core/rules.js';
import { codePointsOf, combiningClass } from '../canonical.js';
import { takesBack } from './case-ending.js';
import { compose, emit, type Pending, receiver } from './cluster.js';
import {
  ARABIC_MARK,
  breakAt,
  CLOSING,
  FLAGS,
  flagsAt,
  LETTER,
  QURANIC,
  spaceAt,
} from './mark-flags.js';
import { sitsOnFirstLetter } from './mark-on-next-letter.js';
import type { MarksScan } from './marks-scan.js';
import { strippedBy } from './vowels.js';

/**
 * Where a run of marks cut off from its letter goes: onto the first letter of the word it is
 * glued to, back onto the end of the word before, or nowhere (left, or dropped at a line start).
 * When unsure, it stays.
 */

/** End of the run of combining marks (non-zero class) of `text` that starts at `i`. */
export function marksEnd(text: string, i: number): number {
  const length = text.length;
  while (i < length) {
    const cp = text.codePointAt(i)!;
    if (combiningClass(cp) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Whether `[i, j)` of `text` holds an Arabic mark (which makes a detached run repairable). */
export function hasArabicMark(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (flagsAt(text, k) & ARABIC_MARK) return true;
  return false;
}

/** Whether every mark of `run` is a Quranic annotation sign. */
function quranicSigns(run: readonly number[]): boolean {
  for (const cp of run) if (cp > 0xffff || !(FLAGS[cp]! & QURANIC)) return false;
  return true;
}

/** The marks of `[i, j)` that the diacritics option keeps (stripped ones decide nothing). */
function keptMarks(s: MarksScan, i: number, j: number): number[] {
  const all = codePointsOf(s.text, i, j);
  const kept: number[] = [];
  for (const cp of all) if (!strippedBy(s.policy, cp)) kept.push(cp);
  return kept;
}

/** A detached run no letter takes: dropped at a line start, else left (only normalised). */
function dropOrKeep(s: MarksScan, lineStart: boolean, i: number, j: number, run: number[]): void {
  if (lineStart) {
    s.editor.remove(i, j, Rule.OrphanMark);
    s.blankUntil = j;
  } else {
    const replacement = compose(s, run);
    s.editor.replaceIfChanged(i, j, replacement, s.composeRule);
  }
}

/**
 * A run of marks `[i, j)` holding a haraka, after a gap `[gapStart, i)`, with the cluster before
 * the gap (`previous`, not yet written) or none. Leaves in `s.open` the cluster still open
 * afterwards, if any, and returns where the scan goes on.
 */
export function detached(
  s: MarksScan,
  previous: Pending | undefined,
  gapStart: number,
  i: number,
  j: number,
): number {
  const text = s.text;
  s.open = undefined;
  const run = keptMarks(s, i, j);
  const lineStart =
    previous === undefined &&
    (gapStart === 0 || breakAt(text, gapStart - 1) || gapStart === s.blankUntil);
  if (run.length === 0) return strippedRun(s, previous, gapStart, i, j, lineStart);
  // Quranic pause signs and small high letters between words are the text's own: left there.
  if (quranicSigns(run)) {
    if (previous) emit(s, previous);
    dropOrKeep(s, false, i, j, run);
    return j;
  }
  // Glued to the start of a word where it can sit (a passive damma, a mark written before its
  // letter): onto that letter.
  const letter = flagsAt(text, j) & LETTER ? j : -1;
  const letterEnd = letter >= 0 ? marksEnd(text, letter + 1) : -1;
  if (letter >= 0 && sitsOnFirstLetter(text, s.policy, run, letter, letterEnd)) {
    return onFirstLetter(s, previous, i, run, letter, letterEnd);
  }
  // Standing alone, or glued where it cannot sit: the ending of the word before.
  if (previous && takesBack(text, s.policy, previous, run)) {
    return backOnWordEnd(s, previous, gapStart, i, j, run);
  }
  // No rule is sure: left where it is (dropped only at a line start, where it has no word).
  if (previous) emit(s, previous);
  dropOrKeep(s, lineStart, i, j, run);
  return j;
}

/** Every mark of the run `[i, j)` is stripped: it goes, and the previous cluster stays open. */
function strippedRun(
  s: MarksScan,
  previous: Pending | undefined,
  gapStart: number,
  i: number,
  j: number,
  lineStart: boolean,
): number {
  if (previous) {
    previous.tail += s.text.slice(gapStart, i);
    previous.end = j;
    previous.fragment = false;
    previous.stripped = true;
    s.open = previous;
    return j;
  }
  s.editor.remove(i, j, Rule.Diacritics);
  if (lineStart) s.blankUntil = j;
  return j;
}

/**
 * The run (starting at `i`) goes onto the letter at `letter` (its marks up to `letterEnd`). The
 * letter's own marks first: moved marks of the same class go after them (so a letter and its NFD
 * get the same result).
 */
function onFirstLetter(
  s: MarksScan,
  previous: Pending | undefined,
  i: number,
  run: number[],
  letter: number,
  letterEnd: number,
): number {
  const text = s.text;
  const cps = [text.charCodeAt(letter), ...codePointsOf(text, letter + 1, letterEnd), ...run];
  if (previous?.fragment) {
    // A one-letter fragment split from its word by the mark: join it to the word.
    const head = previous.head + compose(s, previous.cps) + previous.tail;
    s.open = receiver(previous.start, letterEnd, head, cps);
    return letterEnd;
  }
  if (previous) emit(s, previous);
  s.open = receiver(i, letterEnd, '', cps);
  return letterEnd;
}

/** The run `[i, j)` after the gap from `gapStart` goes back onto the end of `previous`. */
function backOnWordEnd(
  s: MarksScan,
  previous: Pending,
  gapStart: number,
  i: number,
  j: number,
  run: number[],
): number {
  const text = s.text;
  previous.cps.push(...run);
  previous.moved = true;
  previous.back = true;
  // Glued to a word, or to anything but a space or closing punctuation: the gap stays between
  // them, now before it.
  const keepGap =
    j < text.length && !spaceAt(text, j) && !breakAt(text, j) && !(flagsAt(text, j) & CLOSING);
  previous.tail = keepGap ? text.slice(gapStart, i) : '';
  previous.end = j;
  previous.fragment = false;
  s.open = previous;
  return j;
}

/** Writes `first`, after giving it every detached haraka that follows it; returns the next index. */
export function settle(s: MarksScan, first: Pending): number {
  const text = s.text;
  let open: Pending | undefined = first;
  let next = first.end;
  while (open) {
    if (!s.policy.repair) {
      emit(s, open);
      return open.end;
    }
    const gapStart = open.end;
    let g = gapStart;
    while (spaceAt(text, g)) g++;
    const marks = g > gapStart ? marksEnd(text, g) : g;
    if (marks === g || !hasArabicMark(text, g, marks)) {
      emit(s, open);
      return open.end;
    }
    next = detached(s, open, gapStart, g, marks);
    open = s.open;
  }
  return next;
}
