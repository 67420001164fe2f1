import { Rule } from '../core/rules.js';
import type { EditRecorder } from '../core/text-editor.js';
import { TextEditor } from '../core/text-editor.js';
import { unitBytes } from '../core/unit-tables.js';
import { type CodeRange, LINE_BREAKS, SPACES } from './character-sets.js';
import { nextMatch, unitClass } from './unit-search.js';

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
fill(SPACES, Kind.Space);
fill(LINE_BREAKS, Kind.LineBreak);

const CR = 0x0d;
const LF = 0x0a;

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
  let i = 0;
  while (i < length) {
    // Most units need no edit: passed in a loop whose only branch is its exit (see below).
    if (i > 0) i = collapse ? quietRunEnd(text, i) : nextLineBreak(text, i);
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

/**
 * The searches of the two loops of {@link collapseGaps}, built at the first call: a gap is a few
 * units in 50 of noisy text, which a loop reading every unit passed at ~30 instructions a unit
 * (see `unit-search.ts`).
 */
let changingGaps: RegExp | undefined;
let lineBreaksToRewrite: RegExp | undefined;

/** Builds {@link changingGaps} and {@link lineBreaksToRewrite}. */
function buildSearches(): void {
  const gap = unitClass([...SPACES, ...LINE_BREAKS]);
  const notGap = `[^${gap.slice(1)}`;
  // A space or line break but an ASCII space or a LINE FEED; an ASCII space before a gap or the
  // end; a LINE FEED before a gap or the end but a second LINE FEED and then no gap.
  changingGaps = new RegExp(
    `${unitClass([...SPACES, ...LINE_BREAKS], [0x20, LF])}| (?!${notGap})|\n(?!${notGap}|\n${notGap})`,
    'g',
  );
  lineBreaksToRewrite = new RegExp(unitClass(LINE_BREAKS, [LF]), 'g');
}

/**
 * The first unit from `i` (> 0, a unit that is no space or line break or the end of a gap) that
 * the collapsing loop of {@link collapseGaps} must look at, or the end: it passes the units that
 * loop leaves unchanged, a unit that is no space or line break, an ASCII space between two such
 * units, and one or two LINE FEEDs between two such units (which the loop rewrites as they are).
 */
function quietRunEnd(text: string, i: number): number {
  if (changingGaps === undefined) buildSearches();
  return nextMatch(changingGaps!, text, i);
}

/**
 * The first line break from `i` but a LINE FEED (what the loop of {@link collapseGaps} rewrites
 * without collapsing), or the end.
 */
function nextLineBreak(text: string, i: number): number {
  if (lineBreaksToRewrite === undefined) buildSearches();
  return nextMatch(lineBreaksToRewrite!, text, i);
}
