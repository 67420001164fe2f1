/**
 * Persian and Urdu letters that look like Arabic letters, and the Arabic letter each stands for.
 * One entry per line: `[from, to]` with the Unicode names in the comment.
 * Letters with no Arabic equivalent (PEH, TCHEH, JEH, GAF) are deliberately absent: they spell
 * foreign names and must be kept.
 */
export const FARSI_TO_ARABIC: readonly (readonly [from: number, to: number])[] = [
  [0x06cc, 0x064a], // ARABIC LETTER FARSI YEH -> ARABIC LETTER YEH (word-final: see final-yeh rule)
  [0x06d2, 0x064a], // ARABIC LETTER YEH BARREE -> ARABIC LETTER YEH
  [0x06a9, 0x0643], // ARABIC LETTER KEHEH -> ARABIC LETTER KAF
  [0x06be, 0x0647], // ARABIC LETTER HEH DOACHASHMEE -> ARABIC LETTER HEH
  [0x06c1, 0x0647], // ARABIC LETTER HEH GOAL -> ARABIC LETTER HEH
  [0x06d5, 0x0647], // ARABIC LETTER AE -> ARABIC LETTER HEH
  [0x06c3, 0x0629], // ARABIC LETTER TEH MARBUTA GOAL -> ARABIC LETTER TEH MARBUTA
];
