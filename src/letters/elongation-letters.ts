/**
 * The data of elongation by repeated letters (see `reduce-elongation.ts`).
 *
 * Standard spelling writes a doubled consonant once, with a shadda, so the same letter is hardly
 * ever written three times in a row. The exceptions are real words in which affixes meet a letter
 * written twice, found in the Arabic Hunspell dictionary (Debian hunspell-ar) and in news text;
 * a run of exactly three of these letters, where listed, is left as written.
 */

/** Letters whose run of exactly three may be a real word, and where in the word. */
export const KEPT_TRIPLE: readonly (readonly [
  letter: number,
  where: 'anywhere' | 'word-start' | 'word-end',
])[] = [
  // ARABIC LETTER TEH: the prefix TEH before a form V or VI stem (تتتابع، تتتالى) or a TEH
  // suffix after a doubled TEH (تشتتت).
  [0x062a, 'anywhere'],
  // ARABIC LETTER NOON: the feminine plural NOON after a stem ending in a doubled NOON (يمكننّ).
  [0x0646, 'anywhere'],
  // ARABIC LETTER WAW: the conjunction before a word starting with two WAWs (وووري), and WAWs of
  // plural verbs (سوووا).
  [0x0648, 'anywhere'],
  // ARABIC LETTER LAM: the preposition LAM and the article before a word starting with LAM, the
  // ALEF of the article dropped (لللغة), at a word start or after the conjunction WAW or FEH.
  [0x0644, 'word-start'],
  // ARABIC LETTER KAF: a doubled KAF at the end of a stem and the pronoun KAF (شككك).
  [0x0643, 'word-end'],
];

/** ARABIC LETTER HEH: a word of this letter alone, three or more times, is laughter. */
export const LAUGHTER_LETTER = 0x0647;

/** How laughter is written: HEH twice, as people write a short laugh. */
export const LAUGHTER = '\u0647\u0647';
