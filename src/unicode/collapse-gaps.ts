import { Rule } from '../core/rules.js';
import { fillOnFirstUse } from '../core/table-fills.js';
import type { EditRecorder } from '../core/text-editor.js';
import { TextEditor } from '../core/text-editor.js';
import { unitBytes } from '../core/unit-tables.js';
import { type CodeRange, LINE_BREAKS, SPACES } from './character-sets.js';
import { passUnitsOf } from './pass-units.js';

/** What the gap pass does with one code unit. */
export enum Kind {
  Keep = 0,
  LineBreak = 1,
  Space = 2,
}

/** The {@link Kind} of every code unit (read by the stage-1 pre-scan too). */
export const KINDS = unitBytes();
const fill = (ranges: readonly CodeRange[], kind: Kind) => {
  for (const [first, last] of ranges) KINDS.fill(kind, first, last + 1);
};
/** Fills {@link KINDS}, on first use (src/core/table-fills.ts). */
function fillKinds(): void {
  fill(SPACES, Kind.Space);
  fill(LINE_BREAKS, Kind.LineBreak);
}
fillOnFirstUse(fillKinds);

const CR = 0x0d;
const LF = 0x0a;

/**
 * What the collapsing loop's eight-unit steps ({@link quietRunEndIn}) read of a code unit: 0 for
 * a unit of no gap (`Keep`), 1 for an ASCII space, 3 for any other space or line break, so that
 * bit 1 tells a unit the loop stops at whatever follows, and the AND of two neighbours is not 0
 * exactly when both are in a gap. Filled at the first text read in a copy, not at import.
 */
const QUIET_STEP = unitBytes();
let quietStepFilled = false;

function fillQuietStep(): void {
  quietStepFilled = true;
  for (const ranges of [SPACES, LINE_BREAKS]) {
    for (const [first, last] of ranges) QUIET_STEP.fill(3, first, last + 1);
  }
  QUIET_STEP[0x20] = 1;
}

/** Whether a code unit is one of the spaces of {@link SPACES}. */
export function isSpace(unit: number): boolean {
  return KINDS[unit] === Kind.Space;
}

/** Whether a code unit is one of the line terminators of {@link LINE_BREAKS}. */
export function isLineBreak(unit: number): boolean {
  return KINDS[unit] === Kind.LineBreak;
}

/**
 * Last pass of stage 1: line breaks (CRLF, CR, NEL, U+2028, U+2029, form feed, vertical tab) become
 * `\n`. With `collapse`, a maximal run of spaces and line breaks (a "gap") is rewritten as a whole:
 * nothing at the start or end of the text, `\n` or `\n\n` when it holds line breaks (at most one
 * blank line), one ASCII space otherwise.
 */
export function collapseGaps(text: string, collapse: boolean, recorder?: EditRecorder): string {
  const editor = new TextEditor(text, recorder);
  const length = text.length;
  // Read by the skip loops only (the rest reads the string): nothing below fills it again.
  const units = passUnitsOf(text);
  if (units !== null && !quietStepFilled) fillQuietStep();
  let i = 0;
  while (i < length) {
    // Most units need no edit: passed in a loop whose only branch is its exit (see below).
    if (i > 0) i = collapse ? quietEnd(text, units, i) : nextBreak(text, units, i);
    if (i === length) break;
    const code = text.charCodeAt(i);
    const kind = KINDS[code]!;
    if (kind === Kind.Keep || (kind === Kind.Space && !collapse)) {
      i++;
      continue;
    }
    if (!collapse) {
      // Only line breaks are rewritten; a CRLF pair is one line break.
      const end = code === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      if (code !== LF) editor.replace(i, end, '\n', Rule.LineBreak);
      i = end;
      continue;
    }
    // The common case, one ASCII space between two words, needs no edit.
    if (code === 0x20 && i > 0 && i + 1 < length && KINDS[text.charCodeAt(i + 1)] === Kind.Keep) {
      i++;
      continue;
    }
    const start = i;
    let lineBreaks = 0;
    while (i < length) {
      const unit = text.charCodeAt(i);
      const k = KINDS[unit]!;
      if (k === Kind.Keep) break;
      if (k === Kind.LineBreak) {
        lineBreaks++;
        if (unit === CR && text.charCodeAt(i + 1) === LF) i++;
      }
      i++;
    }
    let replacement: string;
    if (start === 0) replacement = '';
    else if (lineBreaks > 0) replacement = i === length || lineBreaks === 1 ? '\n' : '\n\n';
    else replacement = i === length ? '' : ' ';
    // A gap that is one line break, written `\n`, was only rewritten; anything else was collapsed.
    const oneBreak =
      lineBreaks === 1 &&
      (i - start === 1 || (i - start === 2 && code === CR && text.charCodeAt(start + 1) === LF));
    const rule = oneBreak && replacement === '\n' ? Rule.LineBreak : Rule.Whitespace;
    editor.replaceIfChanged(start, i, replacement, rule);
  }
  return editor.finish();
}

/** {@link quietRunEnd}, reading `units` (the text's units: pass-units.ts) where the pass has them. */
function quietEnd(text: string, units: Uint16Array | null, i: number): number {
  return units === null ? quietRunEnd(text, i) : quietRunEndIn(units, i, text.length);
}

/** {@link nextLineBreak}, reading `units` where the pass has them. */
function nextBreak(text: string, units: Uint16Array | null, i: number): number {
  return units === null ? nextLineBreak(text, i) : nextLineBreakIn(units, i, text.length);
}

/**
 * The first unit from `i` (> 0) that the collapsing loop of {@link collapseGaps} must look at, or
 * the last unit: it passes what that loop passes unchanged, a unit that is no space or line break
 * and an ASCII space between two such units. One bitwise expression is zero exactly for those (the
 * kind is `Keep`, or the unit is an ASCII space and the next unit's kind is `Keep`), so the loop
 * does not branch at each word end (a mispredicted branch per word cost more than the reads).
 */
function quietRunEnd(text: string, i: number): number {
  const last = text.length - 1;
  let code = text.charCodeAt(i);
  let kind = KINDS[code]!;
  while (i < last) {
    const next = text.charCodeAt(i + 1);
    const nextKind = KINDS[next]!;
    // All ones when the unit is a space or line break, masking "not an ASCII space before a
    // copied unit": bitwise, so the engine checks no overflow (a product did).
    if (((-kind >> 8) & ((code ^ 0x20) | nextKind)) !== 0) break;
    code = next;
    kind = nextKind;
    i++;
  }
  return i;
}

/** The first line break from `i` (what the loop of {@link collapseGaps} rewrites without collapsing), or the end. */
function nextLineBreak(text: string, i: number): number {
  const length = text.length;
  while (i < length && KINDS[text.charCodeAt(i)] !== Kind.LineBreak) i++;
  return i;
}

/**
 * {@link quietRunEnd} reading `units`, a copy of the text's `length` units: eight units a step
 * while all eight pass (one branch for the eight), then unit by unit from the step where one does
 * not. The eight pass when none is a gap unit other than an ASCII space and no two neighbours,
 * the eighth and the unit after the step included, are both gap units: an ASCII space passes
 * only before a unit of no gap ({@link QUIET_STEP}).
 */
function quietRunEndIn(units: Uint16Array, i: number, length: number): number {
  const last = length - 1;
  const step = QUIET_STEP;
  while (i + 8 <= last) {
    const q0 = step[units[i]!]!;
    const q1 = step[units[i + 1]!]!;
    const q2 = step[units[i + 2]!]!;
    const q3 = step[units[i + 3]!]!;
    const q4 = step[units[i + 4]!]!;
    const q5 = step[units[i + 5]!]!;
    const q6 = step[units[i + 6]!]!;
    const q7 = step[units[i + 7]!]!;
    const q8 = step[units[i + 8]!]!;
    const stops =
      ((q0 | q1 | q2 | q3 | q4 | q5 | q6 | q7) & 2) |
      (q0 & q1) |
      (q1 & q2) |
      (q2 & q3) |
      (q3 & q4) |
      (q4 & q5) |
      (q5 & q6) |
      (q6 & q7) |
      (q7 & q8);
    if (stops !== 0) break;
    i += 8;
  }
  let code = units[i]!;
  let kind = KINDS[code]!;
  while (i < last) {
    const next = units[i + 1]!;
    const nextKind = KINDS[next]!;
    if (((-kind >> 8) & ((code ^ 0x20) | nextKind)) !== 0) break;
    code = next;
    kind = nextKind;
    i++;
  }
  return i;
}

/** {@link nextLineBreak} reading `units`, a copy of the text's `length` units. */
function nextLineBreakIn(units: Uint16Array, i: number, length: number): number {
  while (i < length && KINDS[units[i]!] !== Kind.LineBreak) i++;
  return i;
}
