import { lazyRegExp } from '../core/lazy-regexp.js';
import { unitBytes } from '../core/unit-tables.js';
import { EMOJI_MODIFIERS, EMOJI_PRESENTATION } from './character-sets.js';

/**
 * Emoji sequences, which a ZERO WIDTH JOINER holds together as one visible character. The
 * pictographs are the engine's own `Extended_Pictographic` property (Unicode's emoji data): a
 * regex test, run only at a ZWJ, which real text has few of, and remembered per code unit.
 */
const PICTOGRAPHIC = lazyRegExp('^\\p{Extended_Pictographic}$', 'u');

/** The answer of the test for each code unit outside the surrogates, remembered (0: not yet). */
const PICTOGRAPH = unitBytes();
const YES = 1;
const NO = 2;

function isPictographic(cp: number): boolean {
  if (cp > 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) {
    return PICTOGRAPHIC().test(String.fromCodePoint(cp));
  }
  let answer = PICTOGRAPH[cp]!;
  if (answer === 0) {
    answer = PICTOGRAPHIC().test(String.fromCharCode(cp)) ? YES : NO;
    PICTOGRAPH[cp] = answer;
  }
  return answer === YES;
}

/**
 * Whether the ZWJ at `i` joins two parts of an emoji: after a pictograph, a skin tone or VS16,
 * and before a pictograph (`👩‍🔬`, `🏳️‍🌈`, `🧑🏽‍💻`).
 */
export function joinsEmoji(text: string, i: number): boolean {
  const next = text.codePointAt(i + 1);
  if (next === undefined || (next >= 0xdc00 && next <= 0xdfff) || !isPictographic(next)) {
    return false;
  }
  let before = text.charCodeAt(i - 1);
  if (Number.isNaN(before)) return false;
  if (before >= 0xdc00 && before <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) before = text.codePointAt(i - 2)!;
  }
  if (before >= 0xd800 && before <= 0xdfff) return false;
  return (
    before === EMOJI_PRESENTATION ||
    (before >= EMOJI_MODIFIERS[0] && before <= EMOJI_MODIFIERS[1]) ||
    isPictographic(before)
  );
}
