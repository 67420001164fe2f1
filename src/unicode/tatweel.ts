import { ARABIC_LETTERS } from '../chars/sets.js';
import { unitBytes } from '../core/unit-tables.js';
import { COMBINING_MARK_RANGES } from './canonical.js';
import {
  type CodeRange,
  HARAKAT,
  INVISIBLES,
  LINE_BREAKS,
  MADDA_ABOVE,
  SHADDA,
  SPACES,
  SUPERSCRIPT_ALEF,
  TATWEEL,
  TATWEEL_BOUND_PREFIXES,
  ZWNJ,
} from './character-sets.js';
import { presentationForms } from './presentation-forms.generated.js';
import { zwnjRunEnd, zwnjRunInsideWord } from './redundant-zwnj.js';
import { DIACRITIC, FLAGS } from './repair-marks.js';
import { WORD_LIGATURES } from './word-ligatures.js';

/**
 * Which tatweels are decoration (removed with `tatweel: 'remove'`) and which carry meaning (kept):
 * - a tatweel carrying a mark is a seat (the hamza of Uthmani `يَسۡـَٔلُونَ`), unless its only
 *   marks are a superscript alef, with or without a madda (`ٱلۡكِتَـٰبُ`: a stretched letter);
 * - a tatweel that touches no letter (`عربية ـ صينية`, a dash) joins nothing;
 * - after a proclitic or the article, before something that cannot join (`بـ 300`, `لـ«الأهرام»`,
 *   `الـ iPhone`), it is what keeps the prefix bound to the next word; and `هـ` is the Hijri year.
 * Everything else, a tatweel stretching a word between or beside its letters, is decoration.
 *
 * The decision looks through what the first pass removes anyway (invisible controls, ZWNJ when it
 * is removed, other tatweels) and at presentation forms as the letters or marks they become, so
 * that it is the same on the pass's output: a tatweel is never kept once and removed the next time.
 */

/** How a code unit counts beside a tatweel. */
enum Context {
  Other = 0,
  /** Removed by the first pass, or a tatweel: looked through. */
  Skip = 1,
  /** A space or line break. */
  Gap = 2,
  /** An Arabic letter: a tatweel beside it stretches it. */
  Letter = 3,
  /** A combining mark: the tatweel before it is its seat. */
  Mark = 4,
}

/**
 * The context of each code unit seen after a tatweel (a presentation form as its first character).
 * This table and the two below are filled at the first tatweel asked about ({@link fillContexts}),
 * not at import: most text has no tatweel.
 */
const NEXT = unitBytes();
/** ... and seen before one (a presentation form as its last character). */
const PREVIOUS = unitBytes();
/** The marks a presentation form of marks stands for (`ﹷ` is a fatha). */
const FORM_MARKS = new Map<number, string>();
let contextsFilled = false;

const fill = (ranges: readonly CodeRange[], context: Context) => {
  for (let k = 0; k < ranges.length; k++) {
    NEXT.fill(context, ranges[k]![0], ranges[k]![1] + 1);
    PREVIOUS.fill(context, ranges[k]![0], ranges[k]![1] + 1);
  }
};
// A word ligature (﷽) is seen as the letters it is spelt with, as the forms NFKC decomposes are.
// Indexed loops without destructuring, here and in the other tables built at import: in code that
// runs once, destructuring allocates iterator objects per entry.
const fillForms = (forms: readonly (readonly [number, string])[]) => {
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k]![0];
    const letters = forms[k]![1];
    // What a form stands for is never a form itself, so its context is already in the table.
    NEXT[form] = NEXT[letters.charCodeAt(0)]!;
    PREVIOUS[form] = PREVIOUS[letters.charCodeAt(letters.length - 1)]!;
    if (NEXT[form] === Context.Mark && PREVIOUS[form] === Context.Mark) {
      FORM_MARKS.set(form, letters);
    }
  }
};

/** Fills {@link NEXT}, {@link PREVIOUS} and {@link FORM_MARKS} (once: later calls return at once). */
function fillContexts(): void {
  if (contextsFilled) return;
  contextsFilled = true;
  fill(ARABIC_LETTERS, Context.Letter);
  fill(COMBINING_MARK_RANGES, Context.Mark);
  fill(SPACES, Context.Gap);
  fill(LINE_BREAKS, Context.Gap);
  fill(INVISIBLES, Context.Skip);
  fill([[TATWEEL, TATWEEL]], Context.Skip);
  fillForms(presentationForms());
  fillForms(WORD_LIGATURES);
}

/** The three tables, filled (for tests: they are compared with the tables built at import). */
export function tatweelContexts(): {
  next: Uint8Array;
  previous: Uint8Array;
  formMarks: ReadonlyMap<number, string>;
} {
  fillContexts();
  return { next: NEXT, previous: PREVIOUS, formMarks: FORM_MARKS };
}

const BOUND_PREFIXES = new Set(TATWEEL_BOUND_PREFIXES);
/** How far back the word before a tatweel is looked at: a bound prefix is a few letters. */
const PREFIX_LOOKBACK = 24;

/** The options the decision reads. */
export interface TatweelPolicy {
  zwnj: 'remove' | 'space' | 'keep';
  /**
   * What finally becomes of a ZWNJ inside a word, when it differs from `zwnj`: `normalize` defers
   * those ZWNJs to stage 2 (`zwnj: 'keep'` here), which removes them outside Persian lines. The
   * decision must read them as their final fate, or it would differ on the pipeline's own output.
   */
  zwnjInWords?: 'remove' | 'space' | 'keep';
  stripDiacritics: boolean;
  stripShadda: boolean;
}

/** The context of the code unit at `i` of `text`, seen after a tatweel. */
function nextContext(text: string, i: number, policy: TatweelPolicy): Context {
  const unit = text.charCodeAt(i);
  return unit === ZWNJ ? zwnjContext(text, i, policy) : NEXT[unit]!;
}

/** The context of the code unit at `i` of `text`, seen before a tatweel. */
function previousContext(text: string, i: number, policy: TatweelPolicy): Context {
  const unit = text.charCodeAt(i);
  return unit === ZWNJ ? zwnjContext(text, i, policy) : PREVIOUS[unit]!;
}

/**
 * The context of the ZWNJ at `i`, by what finally becomes of it: removed, written as a space, or
 * kept. `zwnj: 'keep'` keeps only a run inside a word and removes one beside a space, a tatweel
 * at a word's end or the text's ends (redundant): read as kept there, it made the tatweel beside
 * it a tatweel touching no letter (kept), which the next call, the ZWNJ gone, removed.
 */
function zwnjContext(text: string, i: number, policy: TatweelPolicy): Context {
  const fate = policy.zwnjInWords ?? policy.zwnj;
  if (fate === 'remove') return Context.Skip;
  if (fate === 'space') return Context.Gap;
  return zwnjRunKeptAt(text, i) ? Context.Other : Context.Skip;
}

/**
 * The run of ZWNJs last asked about in the current decision, and whether `zwnj: 'keep'` keeps
 * it: the decision's loops ask about each ZWNJ of a run, and a run is read once (else a long run
 * would cost its length squared). Forgotten at the start of each decision ({@link
 * tatweelRunEnd}, {@link tatweelKeptFrom}), which read one text; no text is held after it.
 */
let runStart = 0;
let runEnd = -1;
let runKept = false;

/** Whether the run of ZWNJs holding `i` stands inside a word, where `zwnj: 'keep'` keeps it. */
function zwnjRunKeptAt(text: string, i: number): boolean {
  if (i < runStart || i >= runEnd) {
    let start = i;
    while (start > 0 && text.charCodeAt(start - 1) === ZWNJ) start--;
    runStart = start;
    runEnd = zwnjRunEnd(text, i);
    runKept = zwnjRunInsideWord(text, start, runEnd);
  }
  return runKept;
}

/**
 * The end of the run of tatweels that starts at `start`, looking through what the first pass
 * removes between them (invisible controls, and ZWNJ when it is removed).
 */
export function tatweelRunEnd(text: string, start: number, policy: TatweelPolicy): number {
  fillContexts();
  runEnd = -1;
  let end = start;
  while (end < text.length && nextContext(text, end, policy) === Context.Skip) end++;
  return end;
}

/**
 * Of the run of tatweels `[start, end)` (from {@link tatweelRunEnd}), where the kept ones start:
 * `start` when all are kept, the index of the last tatweel when only it is (the seat of the marks
 * after the run), `end` when none is.
 */
export function tatweelKeptFrom(
  text: string,
  start: number,
  end: number,
  policy: TatweelPolicy,
): number {
  fillContexts();
  runEnd = -1;
  const length = text.length;
  const next = end < length ? nextContext(text, end, policy) : Context.Gap;
  if (next === Context.Mark) {
    if (!carriesMarks(text, end, policy)) return end;
    let last = end - 1;
    while (text.charCodeAt(last) !== TATWEEL) last--;
    return last;
  }
  if (next === Context.Letter) return end;
  let before = start - 1;
  while (before >= 0 && previousContext(text, before, policy) === Context.Skip) before--;
  const previous = before < 0 ? Context.Gap : previousContext(text, before, policy);
  if (previous !== Context.Letter && previous !== Context.Mark) return start;
  return boundPrefixEndsAt(text, before, policy) ? start : end;
}

/**
 * Whether the marks from `at` on make the tatweel before them a seat: one of them survives the
 * `diacritics` option, and they are not only a superscript alef (with or without a madda).
 */
function carriesMarks(text: string, at: number, policy: TatweelPolicy): boolean {
  let survives = false;
  let superscriptAlef = false;
  let other = false;
  const take = (cp: number) => {
    if (cp === SUPERSCRIPT_ALEF) superscriptAlef = true;
    else if (cp !== MADDA_ABOVE) other = true;
    const stripped =
      policy.stripDiacritics &&
      cp <= 0xffff &&
      (FLAGS[cp]! & DIACRITIC) !== 0 &&
      (policy.stripShadda || cp !== SHADDA);
    if (!stripped) survives = true;
  };
  for (let i = at; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const context = nextContext(text, i, policy);
    if (context === Context.Skip && unit !== TATWEEL) continue;
    if (context !== Context.Mark) break;
    const marks = FORM_MARKS.get(unit);
    if (marks === undefined) take(unit);
    else for (let k = 0; k < marks.length; k++) take(marks.charCodeAt(k));
  }
  return survives && (other || !superscriptAlef);
}

/**
 * Whether the word ending at `last` (letters and marks, from a space or anything but a letter) is
 * one of {@link TATWEEL_BOUND_PREFIXES}, its harakat aside. A word that starts with a mark is not:
 * the marks pass may join a one-letter fragment before it to it (`ب ِبـ` becomes `ببِـ`).
 */
function boundPrefixEndsAt(text: string, last: number, policy: TatweelPolicy): boolean {
  let letters = '';
  let startsWithMark = false;
  let i = last;
  for (; i >= 0 && last - i < PREFIX_LOOKBACK; i--) {
    const unit = text.charCodeAt(i);
    const context = previousContext(text, i, policy);
    if (context === Context.Skip) continue;
    if (context === Context.Mark) {
      if (unit < HARAKAT[0] || unit > HARAKAT[1]) return false;
      startsWithMark = true;
      continue;
    }
    if (context !== Context.Letter) break;
    letters = String.fromCharCode(unit) + letters;
    startsWithMark = false;
  }
  if (startsWithMark || (i >= 0 && last - i >= PREFIX_LOOKBACK)) return false;
  return BOUND_PREFIXES.has(letters);
}
