import type { ResolvedOptions } from '../options/types.js';
import { charClasses, DIGIT } from './char-class.js';
import { spanMayStartAtDigit } from './protected-spans.js';
import { SPACE_CODE } from './scan/roles.js';
import {
  numberRuleEdits,
  numberRuleEnd,
  punctuationUnchangedAt,
  untouchedRunEnd,
  untouchedUnits,
} from './unchanged.js';

/**
 * Stage 3's own gate, which also passes the numbers that the stage rewrites on their own: the
 * cover of `unchanged.ts` (untouched units and the stretches `punctuationUnchangedAt` vouches
 * for), where a number may also be a stretch that the number rule edits. The scan then makes
 * those edits itself, through the rule, on every line the cover passed whole, and reads only
 * the lines where it stopped: in noisy text most changed lines hold nothing but a number in
 * another digit system (`في عام ٢0۱8`).
 *
 * Why it holds. Such a number starts after a space or a line break (or at the text's start),
 * where `punctuationUnchangedAt` passes a number left as it is: the scan reaches it with no
 * mark pending and hands it to the number rule, unless a protected span holds it. None that
 * started before it does (no span holds a space or a line break), and {@link spanMayStartAtDigit}
 * tells that none starts at it. The number rule reads the text alone, so the scan makes the same
 * edits and goes on where the cover does; every other stretch is unchanged whatever was read
 * before it, the edits made before it included.
 */

const CLASSES = charClasses();
const LINE_FEED = 0x0a;

/**
 * The starts of the numbers that {@link punctuationCoverEnd} passed as stretches that the number
 * rule edits, in order, from its last call (module state: no allocation per call).
 */
export const editedNumberStarts: number[] = [];

/**
 * Where the cover from `from` (a line start) stops: `text.length` when it covers the whole text,
 * else the first unit it cannot vouch for. The numbers it passed that the stage edits are left
 * in {@link editedNumberStarts}; those before the line where it stopped are the stage's only
 * edits on the lines from `from` up to that line.
 */
export function punctuationCoverEnd(
  text: string,
  options: Readonly<ResolvedOptions>,
  from: number,
): number {
  editedNumberStarts.length = 0;
  const untouched = untouchedUnits();
  const n = text.length;
  let i = from;
  while (i < n) {
    i = untouchedRunEnd(text, i, untouched);
    if (i >= n) break;
    const end =
      CLASSES[text.charCodeAt(i)] === DIGIT
        ? numberCoverEnd(text, i, options)
        : punctuationUnchangedAt(text, i, options);
    if (end < 0) return i;
    i = end;
  }
  return n;
}

/**
 * The end of the number stretch at `i` (a digit): `punctuationUnchangedAt`'s, or, for a number
 * that the rule edits after a space or a line break and where no span starts, where the rule
 * goes on (its start noted in {@link editedNumberStarts}); -1 otherwise.
 */
function numberCoverEnd(text: string, i: number, options: Readonly<ResolvedOptions>): number {
  const end = numberRuleEnd(text, i, options);
  if (end < 0 || !numberRuleEdits()) return end;
  const before = i > 0 ? text.charCodeAt(i - 1) : LINE_FEED;
  if ((before !== SPACE_CODE && before !== LINE_FEED) || spanMayStartAtDigit(text, i)) return -1;
  editedNumberStarts.push(i);
  return end;
}
