import { DIGIT } from '../char-class.js';
import { keycapEnd } from '../keycap.js';
import { rewriteNumber, scanNumber } from '../numbers.js';
import type { PunctuationScan } from './scan-state.js';
import { wordStarts } from './space-after-clause-mark.js';

/**
 * The rule that converts the digits and signs of the number starting at `i` to the digit system
 * and style of the options (see `numbers.ts`); a keycap emoji (`1️⃣`) is left as it is. Returns
 * where the scan goes on.
 */
export function numberEnd(s: PunctuationScan, i: number): number {
  wordStarts(s, i, DIGIT);
  const text = s.text;
  const keycap = keycapEnd(text, i);
  s.prev = DIGIT;
  if (keycap > 0) return keycap;
  return rewriteNumber(text, i, scanNumber(text, i, s.options.dashes), s.editor, s.options);
}
