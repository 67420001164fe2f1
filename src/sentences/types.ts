/** One sentence: its trimmed text and its UTF-16 offsets `[start, end)` in the input. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Options of {@link splitSentences}. */
export interface SplitOptions {
  /** Extra abbreviations (without their final dot, e.g. `'ت'` or `'Corp'`) after which a full stop does not end a sentence. */
  abbreviations?: readonly string[];
}
