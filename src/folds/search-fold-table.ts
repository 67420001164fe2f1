import type { FoldOptions } from '../options/types.js';

/**
 * The lossy letter folds of the `search` preset: `[from, to]` per line, grouped by the option that
 * enables them (the marks that go with them, and foldQuranicMarks, are in fold-for-search.ts).
 */
export const SEARCH_FOLDS: {
  readonly [K in keyof Required<
    Omit<FoldOptions, 'preset' | 'foldQuranicMarks'>
  >]: readonly (readonly [number, number])[];
} = {
  foldAlef: [
    [0x0622, 0x0627], // ARABIC LETTER ALEF WITH MADDA ABOVE -> ARABIC LETTER ALEF
    [0x0623, 0x0627], // ARABIC LETTER ALEF WITH HAMZA ABOVE -> ARABIC LETTER ALEF
    [0x0625, 0x0627], // ARABIC LETTER ALEF WITH HAMZA BELOW -> ARABIC LETTER ALEF
    [0x0671, 0x0627], // ARABIC LETTER ALEF WASLA -> ARABIC LETTER ALEF
    [0x0672, 0x0627], // ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE -> ARABIC LETTER ALEF
    [0x0673, 0x0627], // ARABIC LETTER ALEF WITH WAVY HAMZA BELOW -> ARABIC LETTER ALEF
  ],
  foldAlefMaksura: [
    [0x0649, 0x064a], // ARABIC LETTER ALEF MAKSURA -> ARABIC LETTER YEH
  ],
  foldTehMarbuta: [
    [0x0629, 0x0647], // ARABIC LETTER TEH MARBUTA -> ARABIC LETTER HEH
  ],
  foldHamza: [
    [0x0624, 0x0648], // ARABIC LETTER WAW WITH HAMZA ABOVE -> ARABIC LETTER WAW
    [0x0626, 0x064a], // ARABIC LETTER YEH WITH HAMZA ABOVE -> ARABIC LETTER YEH
  ],
};
