/**
 * Keycap emoji: a digit (or `#`, `*`), optionally VARIATION SELECTOR-16, then COMBINING ENCLOSING
 * KEYCAP U+20E3 (`1️⃣`). The digit is part of a picture, not a number: no `digits` option
 * rewrites it (an Arabic-Indic digit in a keycap is no emoji at all).
 */
const EMOJI_PRESENTATION = 0xfe0f; // VARIATION SELECTOR-16
const ENCLOSING_KEYCAP = 0x20e3; // COMBINING ENCLOSING KEYCAP

/** Where the keycap sequence whose digit is at `i` ends, or -1 when the digit is not a keycap. */
export function keycapEnd(text: string, i: number): number {
  let next = i + 1;
  if (text.charCodeAt(next) === EMOJI_PRESENTATION) next++;
  return text.charCodeAt(next) === ENCLOSING_KEYCAP ? next + 1 : -1;
}
