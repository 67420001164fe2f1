import { FINAL_YEH_LOOKBACK, isFinalAlefMaksura } from '../letters/map-farsi-letters.js';
import { decode, units } from './output-buffer.js';

/*
 * The answers of `isFinalAlefMaksura` (whether a word-final FARSI YEH ends a word of the lexicon,
 * so that stage 2 writes ALEF MAKSURA) for the words the fused pass asked about last, keyed by
 * the code units it reads. Asking means decoding the units and building and hashing strings
 * (about a microsecond a word, most of stage 2's cost on Arabic typed on a Persian keyboard,
 * where the same few words, في علی الذی, come back on every line); the answer is a pure function
 * of those units, the YEH's place among them and `removeZwnj`, so a word seen before is answered
 * from here, read in the buffer.
 *
 * A slot is chosen by a hash of the units and holds one word (the last one hashed there); a word
 * is answered from its slot only when every unit and parameter is equal, so a collision only
 * costs a second look-up. Module state: the fused pass is not re-entrant.
 */

/** Slots (a power of two): more than the distinct final-yeh words of a few pages. */
const SLOTS = 512;
/** Code units a slot holds: what the fused pass reads for one YEH (its look-back, it, one after). */
export const MEMO_UNITS = FINAL_YEH_LOOKBACK + 2;
const slotUnits = new Uint16Array(SLOTS * MEMO_UNITS);
/** Per slot: its units' count (0: empty), the YEH's index among them, and the flags below. */
const slotLength = new Uint8Array(SLOTS);
const slotYeh = new Uint8Array(SLOTS);
const slotFlags = new Uint8Array(SLOTS);
const REMOVE_ZWNJ = 1;
const MAKSURA = 2;

/**
 * `isFinalAlefMaksura` asked on the string of the output buffer's units `[from, to)`, about the
 * YEH at `at` (its word ends at `at + 1`; `at + 1 >= to - 1`): answered from the memo when these units were asked
 * about before with the same `removeZwnj`, else asked (and remembered). `to - from` is at most
 * {@link MEMO_UNITS}.
 */
export function finalYehIsMaksura(
  from: number,
  at: number,
  to: number,
  removeZwnj: boolean,
): boolean {
  const buffer = units;
  const length = to - from;
  const zwnjFlag = removeZwnj ? REMOVE_ZWNJ : 0;
  let hash = 0x811c9dc5;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ buffer[k]!, 0x01000193);
  const slot = (hash >>> 23) & (SLOTS - 1);
  if (
    slotLength[slot] === length &&
    slotYeh[slot] === at - from &&
    (slotFlags[slot]! & REMOVE_ZWNJ) === zwnjFlag &&
    sameUnits(slot * MEMO_UNITS, from, length)
  ) {
    return (slotFlags[slot]! & MAKSURA) !== 0;
  }
  const maksura = isFinalAlefMaksura(decode(from, to), at - from, at - from + 1, removeZwnj);
  slotUnits.set(buffer.subarray(from, to), slot * MEMO_UNITS);
  slotLength[slot] = length;
  slotYeh[slot] = at - from;
  slotFlags[slot] = zwnjFlag | (maksura ? MAKSURA : 0);
  return maksura;
}

/** Whether the slot's units from `base` equal the buffer's `length` units from `from`. */
function sameUnits(base: number, from: number, length: number): boolean {
  const buffer = units;
  for (let k = 0; k < length; k++) if (slotUnits[base + k] !== buffer[from + k]) return false;
  return true;
}
