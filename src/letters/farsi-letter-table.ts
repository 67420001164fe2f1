import { Rule, type RuleNumber } from '../core/rules.js';

/**
 * Persian and Urdu letters that look like Arabic letters, and the Arabic letters each stands for.
 * One entry per line: `[from, to, rule]` with the Unicode names in the comment.
 * Letters with no Arabic equivalent (PEH, TCHEH, JEH, GAF) are deliberately absent: they spell
 * foreign names and must be kept. The presentation forms of these letters are added from the
 * generated presentation-form table (see `map-farsi-letters.ts`).
 */
export const FARSI_TO_ARABIC: readonly (readonly [from: number, to: string, rule: RuleNumber])[] = [
  [0x06cc, '\u064a', Rule.FarsiYeh], // ARABIC LETTER FARSI YEH -> ARABIC LETTER YEH (word-final: see final-yeh.ts)
  [0x06d2, '\u064a', Rule.FarsiYeh], // ARABIC LETTER YEH BARREE -> ARABIC LETTER YEH
  [0x06d3, '\u0626', Rule.YehHamza], // ARABIC LETTER YEH BARREE WITH HAMZA ABOVE -> ARABIC LETTER YEH WITH HAMZA ABOVE
  [0x06a9, '\u0643', Rule.Keheh], // ARABIC LETTER KEHEH -> ARABIC LETTER KAF
  [0x06be, '\u0647', Rule.Heh], // ARABIC LETTER HEH DOACHASHMEE -> ARABIC LETTER HEH
  [0x06c1, '\u0647', Rule.Heh], // ARABIC LETTER HEH GOAL -> ARABIC LETTER HEH
  [0x06d5, '\u0647', Rule.Heh], // ARABIC LETTER AE -> ARABIC LETTER HEH
  [0x06c0, '\u0647\u0654', Rule.HehHamza], // ARABIC LETTER HEH WITH YEH ABOVE -> ARABIC LETTER HEH + ARABIC HAMZA ABOVE
  [0x06c2, '\u0647\u0654', Rule.HehHamza], // ARABIC LETTER HEH GOAL WITH HAMZA ABOVE -> ARABIC LETTER HEH + ARABIC HAMZA ABOVE
  [0x06c3, '\u0629', Rule.TehMarbuta], // ARABIC LETTER TEH MARBUTA GOAL -> ARABIC LETTER TEH MARBUTA
];

/** ARABIC LETTER FARSI YEH: YEH, or ALEF MAKSURA at the end of a word of the built-in list. */
export const FARSI_YEH = 0x06cc;

/** ARABIC LETTER ALEF MAKSURA. */
export const ALEF_MAKSURA = 0x0649;

/** ARABIC HAMZA ABOVE: a FARSI YEH carrying it is always YEH WITH HAMZA ABOVE. */
export const HAMZA_ABOVE = 0x0654;
