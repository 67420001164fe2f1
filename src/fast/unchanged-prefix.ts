import { isDigit } from '../unicode/marks/mark-flags.js';
import { COPY, FARSI, HARAKA_MARK, LINE_BREAK, SPACE } from './unit-actions.js';

/*
 * The "already normal" gate of the fused pass: how far the text reads as stages 1 and 2 would
 * leave it, found by reading alone (no output is written), so that clean text costs one scan and
 * comes back as it is. It passes only what the fused pass itself would copy unchanged: untouched
 * units, one ASCII space or one or two LINE FEEDs between untouched units, one LINE FEED at the
 * end, and harakat inside a word. Where it stops, the fused pass starts, from a state this scan leaves (the last clean seam
 * and the start of the last line).
 */

const LF = 0x0a;
const SPACE_UNIT = 0x20;

/** Set by {@link unchangedPrefix}: the last clean seam passed (0 if none). */
export let prefixSeam = 0;
/** Set by {@link unchangedPrefix}: where the last line passed starts (0 if no line break). */
export let prefixLine = 0;

/**
 * Where the prefix of `text` that stages 1 and 2 leave unchanged ends (`text.length` when they
 * change nothing), read with the fused pass's `actions`; `stripDiacritics`: the marks go, so a
 * haraka is a change.
 */
export function unchangedPrefix(text: string, actions: Uint8Array, stripDiacritics: boolean) {
  const length = text.length;
  let seam = 0;
  let line = 0;
  let i = 0;
  while (i < length) {
    i = copiedRunEnd(text, i, actions);
    if (i >= length) break;
    const unit = text.charCodeAt(i);
    const action = actions[unit];
    if (unit === SPACE_UNIT && i > 0 && i + 1 < length) {
      // One space between words, the commonest gap, read inline.
      const before = actions[text.charCodeAt(i - 1)];
      if (actions[text.charCodeAt(i + 1)] === COPY && (before === COPY || before === HARAKA_MARK)) {
        // (A gap after a haraka is passed, but is no seam for the fused pass.)
        if (before === COPY && !isDigit(text.charCodeAt(i - 1))) seam = i + 1;
        i += 2;
        continue;
      }
    }
    const next = unit === LF && i > 0 ? lineFeedsEnd(text, i, actions) : -1;
    if (next > 0) {
      seam = next;
      line = next;
      i = next;
      continue;
    }
    if (action === HARAKA_MARK && !stripDiacritics && harakaStaysInWord(text, i, actions)) {
      i++;
      continue;
    }
    prefixSeam = seam;
    prefixLine = line;
    return i;
  }
  prefixSeam = seam;
  prefixLine = line;
  return length;
}

/** Where the run of untouched units from `i` ends: the hot loop, alone in its function. */
function copiedRunEnd(text: string, i: number, actions: Uint8Array): number {
  const length = text.length;
  while (i < length && actions[text.charCodeAt(i)] === COPY) i++;
  return i;
}

/**
 * Where one or two LINE FEEDs at `i` end, between two untouched units (the fused pass writes
 * them as they are, and they make a clean seam), or one LINE FEED that ends the text after an
 * untouched unit (written as it is too); -1 otherwise.
 */
function lineFeedsEnd(text: string, i: number, actions: Uint8Array): number {
  if (actions[text.charCodeAt(i - 1)] !== COPY) return -1;
  const end = text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  if (end === text.length) return end === i + 1 ? end : -1;
  return actions[text.charCodeAt(end)] === COPY ? end : -1;
}

/**
 * Whether the marks pass leaves the haraka at `i` where it is, reading the input: after a
 * {@link COPY} unit, and before a plain character, or before spaces that a plain character or
 * the end follows (the reference's own test, `harakaInWord` in the pre-scan, on neighbours that
 * the first pass does not change).
 */
export function harakaStaysInWord(text: string, i: number, actions: Uint8Array): boolean {
  const length = text.length;
  if (i === 0 || actions[text.charCodeAt(i - 1)] !== COPY) return false;
  let g = i + 1;
  while (g < length && actions[text.charCodeAt(g)] === SPACE) g++;
  if (g >= length) return true;
  const next = actions[text.charCodeAt(g)];
  return next === COPY || next === LINE_BREAK || next === FARSI;
}
