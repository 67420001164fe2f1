import type { RuleNumber } from '../core/rules.js';
import { hasElongationRunIn, pairRunsOnText } from '../letters/reduce-elongation.js';
import type { ResolvedOptions } from '../options/types.js';
import { ARABIC, BREAK, charClasses, DIGIT, MARK, SPACE } from './char-class.js';
import { DIGITS } from './character-classes.js';
import { keycapEnd } from './keycap.js';
import {
  changedDigitRunEnd,
  convertedDigitsEnd,
  keptDigitsEnd,
  type NumberEdits,
  rewriteNumber,
  scanNumber,
} from './numbers.js';
import { markdownTargetEnd, type ScanState } from './protected-spans.js';
import {
  CLAUSE_MARKS,
  CLOSING_BRACKETS,
  DASHES,
  HYPHENS,
  OPENING_BRACKETS,
} from './punctuation-marks.js';
import {
  QUOTE_DOUBLE,
  QUOTE_NONE,
  QUOTE_UNITS,
  quoteKind,
  quoteOutput,
  quoteRole,
  ROLE_CLOSE,
  ROLE_OPEN,
} from './quotes.js';
import {
  CLAUSE,
  CLOSER,
  COMMA,
  DASH,
  EXCLAMATION_MARK,
  HYPHEN,
  LEFT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  OPENER,
  RIGHT_SQUARE_BRACKET,
  ROLES,
  SENTENCE,
  SPACE_CODE,
  TO_ARABIC,
  TO_LATIN,
} from './scan/roles.js';

/**
 * A read-only test that stage 3 (`normalizePunctuationResolved`) leaves a text as it is, for a
 * gate that returns already-normal text without running the stage: one table lookup per code
 * unit, and a short look at the few units a rule of the stage reads.
 *
 * What it guarantees. Call a code unit *untouched* when {@link untouchedUnits} marks it: every
 * unit but the digits, the quotes and the punctuation that has a role in the scan (clause and
 * sentence marks, commas, brackets, hyphens, dashes). Cover the text from its start by untouched
 * units and *stretches*: at each unit that is not untouched, `end = punctuationUnchangedAt(text,
 * i, options)` and, when `end > i`, the stretch `[i, end)`, after which the cover goes on at
 * `end`. If the cover reaches the end of the text (`punctuationUnchangedEnd` returns
 * `text.length`), stage 3 with `options` returns `text` itself. Where it stops, nothing is
 * claimed: the stage must run.
 *
 * Why it holds. Every edit of stage 3 is decided at a unit that is not untouched: a clause mark
 * (its style, the spaces before it, the stray commas after it, the space it leaves pending for
 * the next word), a quote or bracket (its shape, the spaces inside it, a space outside it), a
 * hyphen or dash, a number (its digits, separators, the sign after it, the visual-order repair).
 * An untouched unit is never edited but by one of those decisions, and starts none (a word start
 * gets a space only when a clause mark is pending). Each stretch is unchanged whatever was read
 * before it (it reads no scan state: a case that depends on it, such as a Latin `,` beside
 * words or a quote whose role the line decides, gives -1), and leaves no mark pending (a clause
 * mark, closing quote or bracket is followed by a space, a line break or the end of the text).
 * A protected span (URL, e-mail address, path...) only ever keeps text as it is; a number
 * stretch starts only where no span can be open (after a space, line break, Arabic letter or
 * mark, opening bracket or double quote), so that the stage reads the same number there.
 */

const CLASSES = charClasses();

/**
 * A memo of failed span scans for {@link markdownTargetEnd}, emptied before each use. The
 * stage's own memo may be fuller, but it only records where a scan from any later start fails
 * too, so an empty one finds the same target.
 */
const scratchSpans: ScanState = {
  failedUpTo: -1,
  noEmailBefore: -1,
  noAbbreviationBefore: -1,
  plainFrom: -1,
  plainTo: -1,
};

/** 1 for an untouched code unit (see above). Filled on first use. */
const UNTOUCHED = new Uint8Array(0x10000);
let untouchedFilled = false;

/** The untouched units: a `Uint8Array(65536)`, 1 for a unit that stage 3 decides nothing at. */
export function untouchedUnits(): Uint8Array {
  if (!untouchedFilled) fillUntouched();
  return UNTOUCHED;
}

function fillUntouched(): void {
  untouchedFilled = true;
  UNTOUCHED.fill(1);
  for (const [first, last] of DIGITS) UNTOUCHED.fill(0, first, last + 1);
  for (const list of [
    CLAUSE_MARKS,
    OPENING_BRACKETS,
    CLOSING_BRACKETS,
    HYPHENS,
    DASHES,
    QUOTE_UNITS,
  ])
    for (const c of list) UNTOUCHED[c] = 0;
}

/**
 * The end of the stretch from `i` (a unit that is not untouched) that stage 3 leaves as it is
 * whatever comes before it, or -1 when that cannot be told from the stretch alone: a number, a
 * run of closing punctuation (clause marks, closing brackets and quotes) before a space, an
 * opening bracket or quote, a dash kept as it is.
 */
export function punctuationUnchangedAt(
  text: string,
  i: number,
  options: Readonly<ResolvedOptions>,
): number {
  const c = text.charCodeAt(i);
  if (CLASSES[c] === DIGIT) return numberStretchEnd(text, i, options);
  const role = ROLES[c]!;
  // `![`: a Markdown image, not an exclamation mark (the stage copies the `!`).
  if (c === EXCLAMATION_MARK && text.charCodeAt(i + 1) === LEFT_SQUARE_BRACKET) return i + 1;
  if ((role & (CLAUSE | CLOSER)) !== 0) return closingRunEnd(text, i, options);
  if ((role & OPENER) !== 0) return openingEnd(text, i, options);
  if (quoteKind(c) !== QUOTE_NONE) {
    const quote = quoteRole(text, i, false);
    if (quote === ROLE_CLOSE) return closingRunEnd(text, i, options);
    if (quote === ROLE_OPEN) return openingEnd(text, i, options);
    return -1;
  }
  if (isKeptDashUnit(c) && options.dashes !== 'hyphen') return i + 1;
  return -1;
}

/**
 * Whether {@link punctuationUnchangedAt} passes the unit `c` wherever it stands unless dashes
 * become hyphens: a dash (a hyphen always becomes `-`; a dash only with `dashes: 'hyphen'`) that
 * is no clause mark, bracket, quote or digit.
 */
export function isKeptDashUnit(c: number): boolean {
  const role = ROLES[c]!;
  if ((role & (CLAUSE | CLOSER | OPENER | HYPHEN)) !== 0 || (role & DASH) === 0) return false;
  return CLASSES[c] !== DIGIT && quoteKind(c) === QUOTE_NONE;
}

/**
 * {@link punctuationUnchangedAt} for its commonest stretch, read in a few loads: one clause mark
 * (not `!`, which may open a Markdown image) that the style keeps, after a unit that is not a
 * space, and before a line break, or before one space and a unit that is neither a space nor a
 * comma (so that no stray comma follows a sentence mark). Its end, `i + 1`, as the general test
 * gives there; -1 when the stretch is not of that form (the general test then decides).
 */
export function loneMarkEnd(text: string, i: number, options: Readonly<ResolvedOptions>): number {
  if (!isLoneMarkUnit(text.charCodeAt(i), options.punctuation)) return -1;
  if (i === 0 || text.charCodeAt(i - 1) === SPACE_CODE) return -1;
  // A mark that ends the text is no lone mark; tested, not read past the end (NaN): that read,
  // once per text that ends with a full stop, threw the compiled code away (cold start).
  if (i + 1 >= text.length) return -1;
  const next = text.charCodeAt(i + 1);
  if (next === LINE_FEED) return i + 1;
  if (next !== SPACE_CODE) return -1;
  if (i + 2 >= text.length) return i + 1;
  const after = text.charCodeAt(i + 2);
  return after !== SPACE_CODE && (ROLES[after]! & COMMA) === 0 ? i + 1 : -1;
}

/**
 * Whether {@link loneMarkEnd} may pass the unit `c` with the punctuation style `style`: a clause
 * mark (not `!`) that the style keeps.
 */
export function isLoneMarkUnit(c: number, style: ResolvedOptions['punctuation']): boolean {
  if ((ROLES[c]! & CLAUSE) === 0 || c === EXCLAMATION_MARK || CLASSES[c] === DIGIT) return false;
  return markKept(c, style);
}

/**
 * The bit of {@link coverUnitBits} that marks the units {@link isLoneMarkUnit} passes with each
 * punctuation style.
 */
export const LONE_MARK_BITS: Readonly<Record<ResolvedOptions['punctuation'], number>> = {
  arabic: 2,
  latin: 4,
  keep: 8,
};

/** The bit of {@link coverUnitBits} that marks a comma (a unit with the role `COMMA`). */
export const COMMA_BIT = 16;

/** The bits of {@link LONE_MARK_BITS} together. */
export const LONE_MARK_MASK = 2 | 4 | 8;

/**
 * The bit of {@link coverUnitBits} that marks the double quotes each quote style keeps in both
 * roles (and that have no other role in the scan, so that {@link punctuationUnchangedAt} reads
 * them as quotes): the kernel's cover passes such a quote where its neighbours tell its role
 * (`$quote` in src/fast/wasm/fused-kernel.wat).
 */
export const QUOTE_PASS_BITS: Readonly<Record<ResolvedOptions['quotes'], number>> = {
  ascii: 32,
  guillemets: 64,
  keep: 128,
};

/** The bits of {@link QUOTE_PASS_BITS} together. */
export const QUOTE_PASS_MASK = 32 | 64 | 128;

/**
 * The letters beside which the kernel's cover tells a quote's role (`$quote`): U+0621-U+064A,
 * units of the class ARABIC that open or close no quote and are no space or line break.
 */
export const QUOTE_NEIGHBOUR_LETTERS: readonly [number, number] = [0x0621, 0x064a];

/**
 * The brackets the kernel's cover passes where an Arabic letter stands inside them and a space, a
 * line feed or the text's start (opening) or a space, a line feed or a lone mark (closing)
 * outside: the commonest of the brackets, which `openingEnd` and `closingRunEnd` pass there.
 */
export const KERNEL_OPENING_BRACKETS: readonly number[] = [0x28, 0x5b];
export const KERNEL_CLOSING_BRACKETS: readonly number[] = [0x29, 0x5d];

/** The dashes the kernel's cover passes wherever they stand when the dash style keeps them. */
export const KERNEL_DASHES: readonly number[] = [0x2013, 0x2014];

/** The bit of the kernel cover's styles that says the dash style keeps dashes (no table bit). */
export const DASHES_KEPT_BIT = 256;

/**
 * {@link untouchedUnits} (bit 1) with, for each unit, the {@link LONE_MARK_BITS} of the styles in
 * which {@link isLoneMarkUnit} passes it and {@link COMMA_BIT} where it is a comma: the table the
 * fused pass's kernel reads its cover's words with (`coverWords` in src/fast/wasm/fused-kernel.wat
 * passes a lone mark there, as {@link loneMarkEnd} would, instead of returning to the host at
 * each full stop and comma). Made for the kernel's memory, once.
 */
export function coverUnitBits(): Uint8Array {
  const bits = untouchedUnits().slice();
  const styles = Object.keys(LONE_MARK_BITS) as ResolvedOptions['punctuation'][];
  for (let c = 0; c < bits.length; c++) {
    const role = ROLES[c]!;
    if ((role & (CLAUSE | COMMA)) === 0) continue;
    if ((role & COMMA) !== 0) bits[c]! |= COMMA_BIT;
    for (const style of styles) if (isLoneMarkUnit(c, style)) bits[c]! |= LONE_MARK_BITS[style];
  }
  const quoteStyles = Object.keys(QUOTE_PASS_BITS) as ResolvedOptions['quotes'][];
  for (const c of QUOTE_UNITS) {
    if (!isPlainDoubleQuote(c)) continue;
    for (const style of quoteStyles) {
      if (quoteKeptIn(c, ROLE_OPEN, style) && quoteKeptIn(c, ROLE_CLOSE, style)) {
        bits[c]! |= QUOTE_PASS_BITS[style];
      }
    }
  }
  return bits;
}

/**
 * Whether `c` is a double quote that {@link punctuationUnchangedAt} reads as a quote alone: no
 * digit, no `!`, and no role of a clause mark, bracket, hyphen or dash.
 */
function isPlainDoubleQuote(c: number): boolean {
  if (quoteKind(c) !== QUOTE_DOUBLE || CLASSES[c] === DIGIT || c === EXCLAMATION_MARK) return false;
  return (ROLES[c]! & (CLAUSE | CLOSER | OPENER | HYPHEN | DASH)) === 0;
}

const LINE_FEED = 0x0a;

/**
 * Where the cover of untouched units and stretches described above stops: `text.length` when
 * stage 3 leaves the whole text as it is, else the first unit it cannot vouch for. From `from`,
 * a line start (0, or just after a line break): the stage starts each line afresh, so the claim
 * holds alike for the lines from there on. The runs of elongation of what it passes are noted
 * ({@link notedRun}), as the buffer gate of unchanged-in-units.ts notes them.
 */
export function punctuationUnchangedEnd(
  text: string,
  options: Readonly<ResolvedOptions>,
  from = 0,
): number {
  const untouched = untouchedUnits();
  const n = text.length;
  let i = from;
  while (i < n) {
    i = untouchedRunEnd(text, i, untouched);
    if (i >= n) break;
    // The commonest stretch first, read in a few loads (held equal to the general test).
    let end = loneMarkEnd(text, i, options);
    if (end < 0) end = punctuationUnchangedAt(text, i, options);
    if (end < 0) return i;
    // A run that starts in the stretch, after its first unit, which is no letter (see
    // unchanged-in-units.ts, "Why the runs noted are all of them").
    if (end > i + 1 && hasElongationRunIn(text, i + 1, end)) runNoted = true;
    i = end;
  }
  return n;
}

/**
 * The end of the run of untouched units from `i`, read two units at a time (a function of its
 * own: a tight loop, whose test of the end runs once per pair), noting the runs of elongation
 * inside it: a run of three starting at `p` in it holds a pair of the loop (`p, p + 1` or
 * `p + 1, p + 2`, as `p - i` is even or odd) whose units are equal, and only there are the units
 * around it read.
 */
function untouchedRunEnd(text: string, i: number, untouched: Uint8Array): number {
  const n = text.length;
  const lastPair = n - 1;
  while (i < lastPair) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    // Both untouched, in one branch (the table holds 0 or 1).
    if ((untouched[a]! & untouched[b]!) !== 1) break;
    if (a === b && pairRunsOnText(text, i)) runNoted = true;
    i += 2;
  }
  // The pair where it stopped, or the last unit of the text: one unit, which makes no pair.
  if (i < n && untouched[text.charCodeAt(i)] === 1) i++;
  return i;
}

/** Whether a run of elongation was noted since {@link forgetNotedRuns}. */
let runNoted = false;

/** Forgets the runs noted (before a cover that notes them). */
export function forgetNotedRuns(): void {
  runNoted = false;
}

/** Notes a run of elongation (for the buffer gate, `unchanged-in-units.ts`). */
export function noteRun(): void {
  runNoted = true;
}

/**
 * Whether a run of elongation (three equal Arabic letters, what `hasElongationRun` looks for)
 * was noted since {@link forgetNotedRuns} by {@link punctuationUnchangedEnd} or the buffer gate.
 */
export function notedRun(): boolean {
  return runNoted;
}

/** Notes whether `rewriteNumber` would edit, instead of editing (module state: no allocation). */
class EditProbe implements NumberEdits {
  edited = false;
  replace(_start: number, _end: number, _replacement: string, _rule: RuleNumber): void {
    this.edited = true;
  }
}
const probe = new EditProbe();

/**
 * A number at `i` (or a keycap): the stage's own number rule, run with a probe for its edits.
 * Only where no protected span can be open at `i`: a span that ended inside the number would
 * leave the rest of it to other rules.
 */
function numberStretchEnd(text: string, i: number, options: Readonly<ResolvedOptions>): number {
  const known = numberRuleShortcut(text, i, options);
  if (known !== RUN_THE_RULE) return known;
  // The commonest edited number, told without running the rule: a digit of its first run of
  // digits is of a system that the style changes, which the rule rewrites (in place or in a
  // visual-order repair).
  if (changedDigitRunEnd(text, i, options.digits) >= 0) return -1;
  probe.edited = false;
  const end = rewriteNumber(text, i, scanNumber(text, i, options.dashes), probe, options);
  return probe.edited ? -1 : end;
}

/**
 * Where the stage's number rule goes on after the number (or keycap) at `i`, a digit where no
 * protected span can be open (else -1), its edits, if any, given to `edits`.
 */
export function numberRuleEnd(
  text: string,
  i: number,
  options: Readonly<ResolvedOptions>,
  edits: NumberEdits,
): number {
  const known = numberRuleShortcut(text, i, options);
  if (known !== RUN_THE_RULE) return known;
  const converted = convertedDigitsEnd(text, i, options.digits, edits);
  if (converted > 0) return converted;
  return rewriteNumber(text, i, scanNumber(text, i, options.dashes), edits, options);
}

/** From {@link numberRuleShortcut}: the number rule itself must be run. */
const RUN_THE_RULE = 0;

/**
 * What {@link numberRuleEnd} tells at `i` before it runs the rule: -1 where no number starts
 * outside the protected spans, the end of a keycap or of digits that the rule passes unedited
 * (`keptDigitsEnd`), or {@link RUN_THE_RULE}.
 */
function numberRuleShortcut(text: string, i: number, options: Readonly<ResolvedOptions>): number {
  if (i > 0 && !opensNumber(text.charCodeAt(i - 1))) return -1;
  const keycap = keycapEnd(text, i);
  if (keycap > 0) return keycap;
  const digits = keptDigitsEnd(text, i, options.digits);
  return digits > 0 ? digits : RUN_THE_RULE;
}

/**
 * Units after which a number starts outside every protected span: a span holds no space or line
 * break, and one that holds an Arabic letter, an opening bracket or a double quote before a digit
 * (a URL, path, e-mail domain or Markdown target) runs to the end of the number or beyond.
 */
function opensNumber(before: number): boolean {
  const k = CLASSES[before];
  if (k === SPACE || k === BREAK || k === ARABIC || k === MARK) return true;
  return (ROLES[before]! & OPENER) !== 0 || quoteKind(before) === QUOTE_DOUBLE;
}

/**
 * A run of clause marks, closing brackets and closing quotes from `i`, none of which the stage
 * rewrites, with no space before it to remove, no comma after a sentence mark (the stray-comma
 * rule) and, when it holds a clause mark, a space, line break or the end of the text after it (so
 * that no mark stays pending for a word): its end, or -1.
 */
function closingRunEnd(text: string, i: number, options: Readonly<ResolvedOptions>): number {
  if (options.punctuationSpacing && i > 0 && text.charCodeAt(i - 1) === SPACE_CODE) return -1;
  const n = text.length;
  let marks = false;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    const role = ROLES[c]!;
    if ((role & CLAUSE) !== 0) {
      if (
        !markKept(c, options.punctuation) ||
        ((role & SENTENCE) !== 0 && commaFollows(text, j + 1))
      ) {
        return -1;
      }
      marks = true;
    } else if ((role & CLOSER) === 0) {
      if (quoteKind(c) === QUOTE_NONE) break;
      if (quoteRole(text, j, false) !== ROLE_CLOSE || !quoteKept(c, ROLE_CLOSE, options)) {
        return -1;
      }
    }
    j++;
  }
  if (marks && j < n) {
    const k = CLASSES[text.charCodeAt(j)];
    if (k !== SPACE && k !== BREAK) return -1;
  }
  return j;
}

/** True when the clause mark `c` keeps its form in the punctuation style (whatever the words). */
function markKept(c: number, style: ResolvedOptions['punctuation']): boolean {
  if (style === 'arabic') return TO_ARABIC[c] === 0;
  if (style === 'latin') return TO_LATIN[c] === 0;
  return true;
}

/** True when a comma follows `j` over spaces (a sentence mark before `j` might drop it). */
function commaFollows(text: string, j: number): boolean {
  const n = text.length;
  while (j < n && text.charCodeAt(j) === SPACE_CODE) j++;
  return j < n && (ROLES[text.charCodeAt(j)]! & COMMA) !== 0;
}

/** True when the quote `c` in `role` keeps its shape in the quote style. */
function quoteKept(c: number, role: number, options: Readonly<ResolvedOptions>): boolean {
  return quoteKeptIn(c, role, options.quotes);
}

/** True when the quote `c` in `role` keeps its shape in the quote style `style`. */
export function quoteKeptIn(c: number, role: number, style: ResolvedOptions['quotes']): boolean {
  const out = quoteOutput(c, role, style);
  return out === undefined || (out.length === 1 && out.charCodeAt(0) === c);
}

/**
 * An opening bracket, or a quote that opens whatever the line holds, at `i`, with no space after
 * it to remove and its shape kept: `i + 1`, or -1. (A space is put before one only when it is
 * glued to an Arabic word, which an opening quote is not, and a bracket only with spaces after it.)
 */
function openingEnd(text: string, i: number, options: Readonly<ResolvedOptions>): number {
  const c = text.charCodeAt(i);
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (quoteKind(c) !== QUOTE_NONE) {
    if (!quoteKept(c, ROLE_OPEN, options)) return -1;
    // Not ambiguous (the caller checked), so the spaces after it are not removed.
    return i + 1;
  }
  if (c === LEFT_PARENTHESIS && i > 0 && text.charCodeAt(i - 1) === RIGHT_SQUARE_BRACKET) {
    // `](`: a Markdown target, copied as it is; or, with none, a bracket left as it is.
    scratchSpans.failedUpTo = -1;
    const target = markdownTargetEnd(text, i, scratchSpans);
    return target > i ? target : i + 1;
  }
  if (options.punctuationSpacing && next === SPACE_CODE) return -1;
  return i + 1;
}
