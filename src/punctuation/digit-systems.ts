/** The first code point (digit zero) of each decimal digit system this library converts between. */
export const DIGIT_ZERO = {
  ascii: 0x0030, // DIGIT ZERO
  'arabic-indic': 0x0660, // ARABIC-INDIC DIGIT ZERO
  persian: 0x06f0, // EXTENDED ARABIC-INDIC DIGIT ZERO
} as const;

export type DigitSystem = keyof typeof DIGIT_ZERO;

/** The value 0-9 of a digit in any of the systems above, or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  return -1;
}
