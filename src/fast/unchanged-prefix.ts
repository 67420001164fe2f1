import { combiningClass } from '../unicode/canonical.js';
import { HARAKAT } from '../unicode/character-sets.js';
import { isDigit } from '../unicode/marks/mark-flags.js';
import { COPY, FARSI, HARAKA_MARK, isHamzaMark, LINE_BREAK, MARK, SPACE } from './unit-actions.js';

/*
 * The "already normal" gate of the fused pass: how far the text reads as stages 1 and 2 would
 * leave it, found by reading alone (no output is written), so that clean text costs one scan and
 * comes back as it is. It passes only what the fused pass itself would copy unchanged: untouched
 * units, one ASCII space or one or two LINE FEEDs between untouched units, one LINE FEED at the
 * end, and marks inside a word. Where it stops, the fused pass starts, from a state this scan leaves (the last clean seam
 * and the start of the last line).
 */

const LF = 0x0a;
const SPACE_UNIT = 0x20;
const FIRST_HARAKA = HARAKAT[0];

/** Set by {@link unchangedPrefix}: the last clean seam passed (0 if none). */
export let prefixSeam = 0;
/** Set by {@link unchangedPrefix}: where the last line passed starts (0 if no line break). */
export let prefixLine = 0;

/**
 * Where the prefix of `text` that stages 1 and 2 leave unchanged ends (`text.length` when they
 * change nothing), read with the fused pass's `actions`; `stripDiacritics`: the marks go, so a
 * mark is a change. The gate passes a mark only in a run {@link marksInWordEnd} accepts, so a
 * mark before a gap is untouched like a letter, and the gap is a clean seam.
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
      if (
        actions[text.charCodeAt(i + 1)] === COPY &&
        (before === COPY || before === HARAKA_MARK || before === MARK)
      ) {
        // After a digit, no seam: the marks pass looks back over the space (see clean-and-map).
        if (before !== COPY || !isDigit(text.charCodeAt(i - 1))) seam = i + 1;
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
    if ((action === HARAKA_MARK || action === MARK) && !stripDiacritics) {
      const end = marksInWordEnd(text, i, actions);
      if (end > 0) {
        i = end;
        continue;
      }
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
 * untouched unit (written as it is too); -1 otherwise. A run of marks the gate passed counts as
 * untouched: {@link marksInWordEnd} read what follows it.
 */
function lineFeedsEnd(text: string, i: number, actions: Uint8Array): number {
  const before = actions[text.charCodeAt(i - 1)];
  if (before !== COPY && before !== HARAKA_MARK && before !== MARK) return -1;
  const end = text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  if (end === text.length) return end === i + 1 ? end : -1;
  return actions[text.charCodeAt(end)] === COPY ? end : -1;
}

/**
 * Whether NFC leaves MADDA or HAMZA ABOVE/BELOW `mark` after `base` where it is: they do not
 * compose (`ا` + MADDA is `آ`), and `base` has no decomposition whose mark NFC would sort after
 * it (`آ` + HAMZA BELOW becomes `إ` + MADDA). The engine's NFC decides: the rare path, it
 * allocates.
 */
function takesHamzaMark(base: number, mark: number): boolean {
  const pair = String.fromCharCode(base, mark);
  return pair.normalize('NFD') === pair && pair.normalize('NFC') === pair;
}

/**
 * Where the run of marks ({@link HARAKA_MARK} and {@link MARK} units) from `i` ends when the
 * marks pass leaves the whole run where it is, reading the input; -1 otherwise. The reference's
 * own conditions, on neighbours the first pass does not change: the run follows a {@link COPY}
 * unit (its base: no gap, so no detached mark); its combining classes never decrease, no
 * haraka appears twice, and no MADDA or HAMZA stands on a letter it composes with (so that NFC,
 * which sorts marks and composes, and the repair of duplicate marks leave it); and after it come spaces that a plain
 * character, a line break or the end follows (so that no detached mark after the gap reaches
 * back to it: the reference's `harakaInWord` in the pre-scan).
 */
export function marksInWordEnd(text: string, i: number, actions: Uint8Array): number {
  const length = text.length;
  if (i === 0 || actions[text.charCodeAt(i - 1)] !== COPY) return -1;
  const base = text.charCodeAt(i - 1);
  let end = i;
  let lastClass = 0;
  let harakat = 0;
  for (; end < length; end++) {
    const unit = text.charCodeAt(end);
    const action = actions[unit];
    if (action !== HARAKA_MARK && action !== MARK) break;
    const ccc = combiningClass(unit);
    if (ccc < lastClass) return -1;
    lastClass = ccc;
    if (isHamzaMark(unit) && !takesHamzaMark(base, unit)) return -1;
    if (action === HARAKA_MARK) {
      const bit = 1 << (unit - FIRST_HARAKA);
      if (harakat & bit) return -1;
      harakat |= bit;
    }
  }
  let g = end;
  while (g < length && actions[text.charCodeAt(g)] === SPACE) g++;
  if (g >= length) return end;
  const next = actions[text.charCodeAt(g)];
  return next === COPY || next === LINE_BREAK || next === FARSI ? end : -1;
}
