import type { EditRecorder } from '../core/text-editor.js';
import { firstMarkedUnit } from '../fast/first-marked-unit.js';
import { sensitiveAt } from './canonical.js';
import { cluster, type Pending } from './marks/cluster.js';
import { detached, hasArabicMark, marksEnd, settle } from './marks/detached-run.js';
import { harakaInWord } from './marks/haraka-in-word.js';
import { breakAt, FLAGS, HARAKA, LETTER, SLOW, spaceAt } from './marks/mark-flags.js';
import {
  acquireMarksScan,
  type MarksPolicy,
  type MarksScan,
  releaseMarksScan,
} from './marks/marks-scan.js';
import { passPairs, passUnitsOf } from './pass-units.js';

export { DIACRITIC, FLAGS, HARAKA, SLOW } from './marks/mark-flags.js';
export type { MarksPolicy } from './marks/marks-scan.js';

/**
 * Second pass of stage 1: marks. Puts every span that NFC may touch in NFC (locally), strips
 * diacritics when asked, and, with `repair`, puts harakat cut off from their letter back on it
 * (rules in docs/reference/options.md, "Stage 1"; the rules are the modules in `marks/`).
 * Linear: every code unit is looked at a bounded number of times.
 */
export function repairMarks(text: string, policy: MarksPolicy, recorder?: EditRecorder): string {
  const s = acquireMarksScan(text, policy, recorder);
  try {
    const length = text.length;
    // Read by the skip loop only (the rules read the string): nothing below fills it again.
    const units = passUnitsOf(text);
    let i = 0;
    while (i < length) {
      i = nextSlowUnit(text, units, i, s.editor.position, policy.stripDiacritics);
      if (i < length) i = marksAt(s, i);
    }
    return s.editor.finish();
  } finally {
    releaseMarksScan(s);
  }
}

/**
 * The first code unit from `i` that the pass must look at (or `text.length`): it passes over
 * everything that NFC leaves alone, and, unless diacritics are stripped, a haraka the pass would
 * leave as it is (`harakaInWord`: the common case, inside or ending a word). `position` is where
 * the next edit may start; `units`, when not `null`, the text's units (pass-units.ts).
 */
function nextSlowUnit(
  text: string,
  units: Uint16Array | null,
  i: number,
  position: number,
  strip: boolean,
): number {
  const length = text.length;
  for (i = nextFlagged(text, units, i); i < length; i = nextFlagged(text, units, i + 1)) {
    const unit = text.charCodeAt(i);
    const flags = FLAGS[unit]!;
    if (unit >= 0xd800 && !sensitiveAt(text, i)) continue;
    if (!strip && flags & HARAKA && i - 1 >= position && harakaInWord(text, i)) continue;
    return i;
  }
  return length;
}

/**
 * The first code unit from `i` flagged `SLOW`, or the end. A loop of its own, so that the engine
 * keeps its values in registers (not on the stack for the rest of {@link nextSlowUnit}).
 */
function nextFlaggedUnit(text: string, i: number): number {
  const length = text.length;
  while (i < length && (FLAGS[text.charCodeAt(i)]! & SLOW) === 0) i++;
  return i;
}

/** {@link nextFlaggedUnit}, reading `units` where the pass has them. */
function nextFlagged(text: string, units: Uint16Array | null, i: number): number {
  return units === null
    ? nextFlaggedUnit(text, i)
    : firstMarkedUnit(units, passPairs(), FLAGS, SLOW, i, text.length);
}

/** The code unit at `i` needs a look: a detached run of marks, or a cluster to write in NFC. */
function marksAt(s: MarksScan, i: number): number {
  const text = s.text;
  const before = i - 1;
  const afterGap = i === 0 || spaceAt(text, before) || breakAt(text, before);
  const marks = s.policy.repair && afterGap ? marksEnd(text, i) : i;
  if (marks > i && hasArabicMark(text, i, marks)) return detachedRunAt(s, i, marks);
  // A base and its marks (the base is the code unit or pair before, when it is one).
  let start = i;
  const position = s.editor.position;
  if (before >= position && !afterGap) {
    start = before;
    const unit = text.charCodeAt(before);
    if (unit >= 0xdc00 && unit <= 0xdfff && before - 1 >= position) {
      const high = text.charCodeAt(before - 1);
      if (high >= 0xd800 && high <= 0xdbff) start = before - 1;
    }
  }
  const end = Math.max(i + 1, sensitiveEnd(text, i));
  return settle(s, cluster(text, start, end));
}

/** A run of marks `[i, marks)` after a gap: with the letter before the gap, if any. */
function detachedRunAt(s: MarksScan, i: number, marks: number): number {
  const text = s.text;
  const position = s.editor.position;
  let gapStart = i;
  while (gapStart > position && spaceAt(text, gapStart - 1)) gapStart--;
  let previous: Pending | undefined;
  if (gapStart < i && gapStart - 1 >= position && FLAGS[text.charCodeAt(gapStart - 1)]! & LETTER) {
    previous = cluster(text, gapStart - 1, gapStart);
  }
  const next = detached(s, previous, gapStart, i, marks);
  const open = s.open;
  return open ? settle(s, open) : next;
}

/** End of the run of characters NFC may touch that starts at `i`. */
function sensitiveEnd(text: string, i: number): number {
  const length = text.length;
  while (i < length && sensitiveAt(text, i)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return Math.min(i, length);
}
