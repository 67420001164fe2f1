import { COPY, FARSI, HARAKA_MARK, LINE_BREAK, SPACE } from './unit-actions.js';

/*
 * The "already normal" gate of the fused pass: how far the text reads as stages 1 and 2 would
 * leave it, found by reading alone (no output is written), so that clean text costs one scan and
 * comes back as it is. It passes only what the fused pass itself would copy unchanged: untouched
 * units, one ASCII space or one or two LINE FEEDs between untouched units, and harakat inside a
 * word. Where it stops, the fused pass starts, from a state this scan leaves (the last clean seam
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
  prefixSeam = 0;
  prefixLine = 0;
  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    const action = actions[unit];
    if (action === COPY) {
      i++;
      continue;
    }
    const next = i > 0 ? gapEnd(text, i, unit, actions) : -1;
    if (next > 0) {
      // (A gap after a haraka is passed, but is no seam and ends no line for the fused pass.)
      if (actions[text.charCodeAt(i - 1)] === COPY) {
        if (!isDigit(text.charCodeAt(i - 1)) || unit === LF) prefixSeam = next;
        if (unit === LF) prefixLine = next;
      }
      i = next;
      continue;
    }
    if (action === HARAKA_MARK && !stripDiacritics && harakaStaysInWord(text, i, actions)) {
      i++;
      continue;
    }
    return i;
  }
  return length;
}

/**
 * After an untouched unit, where a gap at `i` that the fused pass writes as it is ends: one ASCII
 * space, or one or two LINE FEEDs, with an untouched unit after it (after a haraka the gate reached,
 * one space only); -1 for any other gap.
 */
function gapEnd(text: string, i: number, unit: number, actions: Uint8Array): number {
  const before = actions[text.charCodeAt(i - 1)];
  if (before !== COPY && !(before === HARAKA_MARK && unit === SPACE_UNIT)) return -1;
  let end = i + 1;
  if (unit === LF) {
    if (text.charCodeAt(end) === LF) end++;
  } else if (unit !== SPACE_UNIT) {
    return -1;
  }
  return end < text.length && actions[text.charCodeAt(end)] === COPY ? end : -1;
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

/**
 * A digit of any system. Spaces alone after one are no seam: the marks pass reads a one-letter
 * word after a number as an abbreviation (`2018 م`), looking back over the spaces.
 */
export const isDigit = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) ||
  (unit >= 0x0660 && unit <= 0x0669) ||
  (unit >= 0x06f0 && unit <= 0x06f9);
