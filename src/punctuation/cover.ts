import type { RuleNumber } from '../core/rules.js';
import type { TextEditor } from '../core/text-editor.js';
import { kernelCoverWords, kernelUnitsAt } from '../fast/fused-kernel.js';
import { hasElongationRunIn, pairRunsOn, unitPairs } from '../letters/reduce-elongation.js';
import type { ResolvedOptions } from '../options/types.js';
import { charClasses, DIGIT } from './char-class.js';
import type { NumberEdits } from './numbers.js';
import { noSpanHolds, spanMayStartAtDigit } from './protected-spans.js';
import { QUOTE_DOUBLE, quoteKind } from './quotes.js';
import { OPENER, ROLES } from './scan/roles.js';
import {
  DASHES_KEPT_BIT,
  forgetNotedRuns,
  LONE_MARK_BITS,
  notedRun,
  noteRun,
  numberRuleEnd,
  punctuationUnchangedAt,
  punctuationUnchangedEnd,
  QUOTE_PASS_BITS,
  untouchedUnits,
} from './unchanged.js';
import { loneMarkEndInUnits, noteRunsIn } from './unchanged-in-units.js';

/**
 * Stage 3's own gate, which also passes the numbers that the stage rewrites on their own: the
 * cover of `unchanged.ts` (untouched units and the stretches `punctuationUnchangedAt` vouches
 * for), where a number may also be a stretch that the number rule edits. The stage then makes
 * those edits, as the rule gave them, on every line the cover passed whole, and scans only the
 * lines where it stopped: in noisy text most changed lines hold nothing but a number in
 * another digit system (`في عام ٢0۱8`).
 *
 * Why it holds. Such a number starts after a space or a line break (or at the text's start), or
 * after an opening bracket or a double quote that follows one, where `punctuationUnchangedAt`
 * passes a number left as it is: the scan reaches it with no mark pending and hands it to the
 * number rule, unless a protected span holds it. None that started before it does (no span holds
 * those spaces and line breaks, `noSpanHolds`, or starts with that bracket or quote), and
 * {@link spanMayStartAtDigit} tells that none starts at it. The number rule reads the text alone, so the scan makes the same
 * edits and goes on where the cover does; every other stretch is unchanged whatever was read
 * before it, the edits made before it included.
 */

const CLASSES = charClasses();

/**
 * The edits of the number rule at the numbers that {@link punctuationCoverEnd} passed as
 * stretches it edits, in source order, kept for the stage to make (module state, reused from call
 * to call: the first `count` entries of each array; an array is never shortened, which costs a
 * call into the engine's runtime per array, and entries past `count` are written over).
 */
/** More edits than a few pages of text hold: their arrays are not kept for the next call. */
const MANY_EDITS = 4096;

class CoverEdits implements NumberEdits {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly replacements: string[] = [];
  readonly rules: RuleNumber[] = [];
  count = 0;

  replace(start: number, end: number, replacement: string, rule: RuleNumber): void {
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.replacements[k] = replacement;
    this.rules[k] = rule;
  }

  /** Keeps the first `count` edits. */
  truncate(count: number): void {
    this.count = count;
    // After a text with many edits, the arrays are let go (they would hold its replacements).
    if (count === 0 && this.starts.length > MANY_EDITS) {
      this.starts.length = 0;
      this.ends.length = 0;
      this.replacements.length = 0;
      this.rules.length = 0;
    }
  }
}

const coverEdits = new CoverEdits();

/** Whether the last {@link punctuationCoverEnd} passed a number that the rule edits. */
export const coverEdited = (): boolean => coverEdits.count > 0;

/**
 * Makes through `editor` the edits kept by the last {@link punctuationCoverEnd} that start
 * before `line` (the start of the line where it stopped, or the end of the text).
 */
export function makeCoverEdits(editor: TextEditor, line: number): void {
  const { starts, ends, replacements, rules, count } = coverEdits;
  for (let k = 0; k < count && starts[k]! < line; k++) {
    editor.replace(starts[k]!, ends[k]!, replacements[k]!, rules[k]!);
  }
}

/**
 * Makes the edits kept by the last cover, which covered its text whole, in `units`, which holds
 * the text at its start, where every one keeps its length (a number's digits written in another
 * system, as noisy text's numbers mostly are): the units then hold the stage's output, read once
 * from them instead of joined from slices of the text. Returns false, changing nothing, where
 * one does not keep its length.
 */
export function makeCoverEditsInUnits(units: Uint16Array): boolean {
  const { starts, ends, replacements, count } = coverEdits;
  for (let k = 0; k < count; k++) {
    if (replacements[k]!.length !== ends[k]! - starts[k]!) return false;
  }
  for (let k = 0; k < count; k++) {
    const replacement = replacements[k]!;
    const at = starts[k]!;
    for (let j = 0; j < replacement.length; j++) units[at + j] = replacement.charCodeAt(j);
  }
  return true;
}

/**
 * Where the cover from `from` (a line start) stops: `text.length` when it covers the whole text,
 * else the first unit it cannot vouch for. The edits of the numbers it passed that the rule
 * edits are kept ({@link makeCoverEdits}); those before the line where it stopped are the
 * stage's only edits on the lines from `from` up to that line. The runs of elongation are noted
 * as it reads: from the text's start, {@link coveredWithoutRun} then tells whether it covered
 * the text whole without one (as the buffer form, {@link punctuationCoverEndInUnits}, tells).
 *
 * The read-only gate (`punctuationUnchangedEnd`) runs the hot loop, and this goes on after a
 * number where it stops: the loop's compiled code then holds nothing of the edits, which made it
 * slower on clean text once noisy text had been read (about 1.1-1.2x in a measurement).
 */
export function punctuationCoverEnd(
  text: string,
  options: Readonly<ResolvedOptions>,
  from: number,
): number {
  coverEdits.truncate(0);
  forgetNotedRuns();
  coveredWhole = false;
  const n = text.length;
  let i = from;
  for (;;) {
    i = punctuationUnchangedEnd(text, options, i);
    if (i >= n) coveredWhole = from === 0;
    if (i >= n || CLASSES[text.charCodeAt(i)] !== DIGIT) return i;
    const end = numberCoverEnd(text, i, options);
    if (end < 0) return i;
    // The number's first unit, a digit, is no letter (as for a stretch of the gate).
    if (hasElongationRunIn(text, i + 1, end)) noteRun();
    i = end;
  }
}

/**
 * {@link punctuationCoverEnd} from `from` (a line start), reading its untouched runs in `units`, a
 * buffer that holds `text`'s code units, and noting the runs of elongation as it reads
 * (unchanged-in-units.ts, "Why the runs noted are all of them"): when it covers the whole text
 * from its start, `notedRun()` tells whether the text has one. A differential test holds it equal
 * to the string form, from the text's start and from each line start.
 *
 * Its loop runs in stretches of about {@link COVER_STRETCH} units ({@link coverUntil}), so that
 * the loop's function is called many times per text and optimised once, as a whole function:
 * one long loop was optimised first by on-stack replacement during the first call and then again
 * whole at the next (cold start: the costliest compile of stage 3, paid twice).
 */
export function punctuationCoverEndInUnits(
  text: string,
  units: Uint16Array,
  options: Readonly<ResolvedOptions>,
  from: number,
): number {
  coverEdits.truncate(0);
  forgetNotedRuns();
  coveredWhole = false;
  coverStopped = false;
  const n = text.length;
  let i = from;
  while (i < n) {
    i = coverUntil(text, units, options, i, Math.min(i + COVER_STRETCH, n));
    if (coverStopped) return i;
  }
  coveredWhole = from === 0;
  return n;
}

/**
 * Code units per call of {@link coverUntil}: a few microseconds of work a call.
 * @internal (exported for the tests of the stretch boundaries)
 */
export const COVER_STRETCH = 4096;

/**
 * The cover of {@link punctuationCoverEndInUnits} from `i` (where the one long loop would be at
 * a step's start) until it reaches `stop` (at most `text.length`) or beyond; returns where it
 * is then, or the unit where the cover stopped ({@link coverStopped} then set: it may stop past
 * `stop`, at the end of an untouched run that went on past it).
 *
 * It asks at each stop what the string form would conclude there: at a digit,
 * {@link numberCoverEnd} (where the string gate passes a number, the rule makes no edit and goes
 * on where the gate does; where it stops, the string cover asks `numberCoverEnd` itself), so that
 * a number that the rule rewrites is read once, not by the gate's probe and then by the rule;
 * elsewhere the lone clause mark read in the buffer, then the gate's general test.
 *
 * Why a stretch changes nothing. Each step reads from where the last one ended, whichever call
 * runs it, and reads the text whole (a number, quote run or span that goes on past `stop` is
 * read to its end, and the next call starts after it). The words of an untouched run are read up
 * to the word that holds `stop` at most: a call that ends there returns at that word's end, an
 * even unit, where the next call reads the next word as the one loop would (no unit is taken on
 * its own there, which would skip a run of elongation that ends in the word after it).
 */
function coverUntil(
  text: string,
  units: Uint16Array,
  options: Readonly<ResolvedOptions>,
  i: number,
  stop: number,
): number {
  const untouched = untouchedUnits();
  const words = unitPairs(units);
  const n = text.length;
  const count = n >> 1;
  // The word that holds `stop` (or the text's last), past which no call reads words.
  const wordsEnd = Math.min(count, (stop >> 1) + 1);
  const lastFour = wordsEnd - 3;
  const kernelAt = kernelUnitsAt(units);
  // The styles' bits for the kernel: the lone marks and the quotes it may pass, and whether it
  // may pass a dash.
  const styleBits =
    LONE_MARK_BITS[options.punctuation] |
    QUOTE_PASS_BITS[options.quotes] |
    (options.dashes === 'hyphen' ? 0 : DASHES_KEPT_BIT);
  while (i < stop) {
    // The run of untouched units from `i` (in this loop: a call per run cost more than its
    // scan): an odd unit on its own (it is in no aligned pair from `i` on), then the words from
    // there (`unitPairs`; the index counts words and never leaves the loop, so the engine keeps
    // it an untagged integer), then the unit where they stopped, or the last of an odd length.
    if ((i & 1) !== 0 && untouched[units[i]!] === 1) i++;
    if ((i & 1) === 0) {
      let k = i >> 1;
      // In the fused pass's kernel where the units are in its memory (the same reading).
      if (kernelAt >= 0) k = kernelCoverWordsUntil(units, kernelAt, k, wordsEnd, n, styleBits);
      // Four words a step while all eight units are untouched (one branch for the eight); the
      // halves of a word are compared by a XOR (signed words: integer operations only).
      for (; k < lastFour; k += 4) {
        const w0 = words[k]!;
        const w1 = words[k + 1]!;
        const w2 = words[k + 2]!;
        const w3 = words[k + 3]!;
        const all =
          untouched[w0 & 0xffff]! &
          untouched[(w0 >> 16) & 0xffff]! &
          untouched[w1 & 0xffff]! &
          untouched[(w1 >> 16) & 0xffff]! &
          untouched[w2 & 0xffff]! &
          untouched[(w2 >> 16) & 0xffff]! &
          untouched[w3 & 0xffff]! &
          untouched[(w3 >> 16) & 0xffff]!;
        if (all !== 1) break;
        if (((w0 ^ (w0 >> 16)) & 0xffff) === 0) noteWordRun(units, w0, 2 * k, n);
        if (((w1 ^ (w1 >> 16)) & 0xffff) === 0) noteWordRun(units, w1, 2 * k + 2, n);
        if (((w2 ^ (w2 >> 16)) & 0xffff) === 0) noteWordRun(units, w2, 2 * k + 4, n);
        if (((w3 ^ (w3 >> 16)) & 0xffff) === 0) noteWordRun(units, w3, 2 * k + 6, n);
      }
      // Then one word at a time from where that stopped.
      for (; k < wordsEnd; k++) {
        const word = words[k]!;
        if ((untouched[word & 0xffff]! & untouched[(word >> 16) & 0xffff]!) !== 1) break;
        noteWordRun(units, word, 2 * k, n);
      }
      i = 2 * k;
      // The words read up to the one that holds `stop`, which leaves the next call at a word
      // start past `stop` (see above).
      if (k < count && k === wordsEnd) return i;
      if (i < n && untouched[units[i]!] === 1) i++;
    }
    if (i >= n) return n;
    const end = stretchEndInUnits(text, units, i, options);
    if (end < 0) {
      coverStopped = true;
      return i;
    }
    // A run that starts in the stretch, after its first unit, which is no letter.
    if (end > i + 1) noteRunsIn(units, i + 1, end, n);
    i = end;
  }
  return i;
}

/**
 * The words of `units[0, n)` (in the fused pass kernel's memory, from its byte `at`) read from
 * word `k` up to `wordsEnd` as the loops of {@link coverUntil} read them, by the kernel
 * (`kernelCoverWords`), which also passes the lone marks, the quotes whose role their
 * neighbours tell, the commonest brackets beside a letter and the kept dashes that
 * {@link stretchEndInUnits} would pass as stretches left as they are (the styles' bits
 * `styleBits`), and stops at a word with a unit that is none of these (returned) or with two
 * equal units (noted here, and read on after). Returns where the words stopped.
 */
function kernelCoverWordsUntil(
  units: Uint16Array,
  at: number,
  k: number,
  wordsEnd: number,
  n: number,
  styleBits: number,
): number {
  const untouched = untouchedUnits();
  const words = unitPairs(units);
  for (;;) {
    k = kernelCoverWords(at, k, wordsEnd, n, styleBits);
    if (k >= wordsEnd) return k;
    const word = words[k]!;
    if ((untouched[word & 0xffff]! & untouched[(word >> 16) & 0xffff]!) !== 1) return k;
    noteWordRun(units, word, 2 * k, n);
    k++;
  }
}

/**
 * Notes a run of elongation through the word `word` (the units at `p` and `p + 1` of `units[0,
 * n)`) when its halves are equal (compared by a XOR; signed words: integer operations only).
 * The loop of one word at a time calls it for every word; the loop of four words calls it only
 * for an equal pair (it tests the halves itself, so that this is no frequent call there, which
 * the engine would inline four times, leaving out of the loop's code the gate's general test).
 * One function for both, so that its type feedback is shared: in the loop of one word at a time,
 * an equal pair is rare, and code of its own there had none when the loop was optimised, which
 * threw that code away at the first one ("insufficient type feedback").
 */
function noteWordRun(units: Uint16Array, word: number, p: number, n: number): void {
  if (((word ^ (word >> 16)) & 0xffff) === 0 && pairRunsOn(units, p, n)) noteRun();
}

/** Whether the last {@link coverUntil} stopped where the cover cannot vouch for the text. */
let coverStopped = false;

/**
 * The end of the cover's stretch at `i` (a unit that is not untouched) of `text`, whose code
 * units `units` holds, or -1: a number by {@link numberCoverEnd}, else what the string gate asks.
 */
function stretchEndInUnits(
  text: string,
  units: Uint16Array,
  i: number,
  options: Readonly<ResolvedOptions>,
): number {
  const c = units[i]!;
  if (CLASSES[c] === DIGIT) return numberCoverEnd(text, i, options);
  const end = loneMarkEndInUnits(units, i, text.length, options.punctuation);
  return end >= 0 ? end : punctuationUnchangedAt(text, i, options);
}

/** Whether the last cover covered its text whole from its start. */
let coveredWhole = false;

/**
 * Whether the last cover ({@link punctuationCoverEnd} or {@link punctuationCoverEndInUnits})
 * covered its text whole from its start and found no run of elongation in it (false tells
 * nothing).
 */
export function coveredWithoutRun(): boolean {
  return coveredWhole && !notedRun();
}

/**
 * Where the rule goes on after a number that it edits at `i` (a digit where the read-only gate
 * stopped), when no span holds the unit before it and none starts at it (its edits kept); else
 * -1 (`i`'s stretch then is `punctuationUnchangedAt`'s: none when it stopped there).
 */
function numberCoverEnd(text: string, i: number, options: Readonly<ResolvedOptions>): number {
  const kept = coverEdits.count;
  const end = numberRuleEnd(text, i, options, coverEdits);
  if (end < 0 || coverEdits.count === kept) return end;
  if (!outsideSpans(text, i) || spanMayStartAtDigit(text, i)) {
    coverEdits.truncate(kept);
    return -1;
  }
  return end;
}

/**
 * True when no protected span holds the unit before `i`: it is a space or a line break that no
 * span holds (`noSpanHolds`: a no-break or narrow space too, which `minimal` and `whitespace:
 * 'keep'` leave before numbers), or `i` starts the text; or it is an opening bracket or a double
 * quote (`(۲۰۱۴)`, `"۲۰۱۴"`) after one of those, or at the text's start, where no span starts
 * with one (a Markdown target starts with a bracket only after `]`).
 */
function outsideSpans(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  if (noSpanHolds(before)) return true;
  if ((ROLES[before]! & OPENER) === 0 && quoteKind(before) !== QUOTE_DOUBLE) return false;
  return i === 1 || noSpanHolds(text.charCodeAt(i - 2));
}
