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
  /**
   * The text is hard-wrapped (e-mail, OCR, text extracted from PDF): a single line break inside a
   * paragraph is a space, and only a blank line (or U+2029 PARAGRAPH SEPARATOR) ends a sentence
   * on its own. A line that ends with a terminator ends the sentence where a space after that
   * terminator would (`انتهى.` does, `د.` before a name does not). Sentences keep their inner line
   * breaks, as slices of the input. Default `false`: every line break ends a sentence, so a
   * heading without final punctuation is a sentence.
   *
   * `splitSentences('أعلن الوزير أن المشروع\nسيكتمل قريبا.', { hardWrapped: true })` gives one
   * sentence, `'أعلن الوزير أن المشروع\nسيكتمل قريبا.'`; without the option, two.
   */
  hardWrapped?: boolean;
}
