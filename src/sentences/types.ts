/** One sentence: its trimmed text and its UTF-16 offsets `[start, end)` in the input. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Options of {@link splitSentences}. */
export interface SplitOptions {
  /**
   * Extra abbreviations after which a full stop does not end a sentence, added to the built-in
   * list: a word (`'وز'`, `'Corp'`) or a dotted token (`'Dipl.Ing'`), with or without its final
   * dot. Matched exactly and case-sensitively. Any single letter is an initial without being listed.
   */
  abbreviations?: readonly string[];
}
