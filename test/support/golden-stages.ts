import {
  cleanUnicode,
  mapFarsiLetters,
  normalize,
  normalizePunctuation,
  splitSentences,
} from '../../src/index.js';

/**
 * What each golden file holds: `fixtures/expected/<document>.<stage>.txt` is the output of
 * `GOLDEN_STAGES[stage]` on the raw document. Each stage runs alone on the raw text, except
 * `sentences`, which lists the sentences of the default `normalize` output, one per line.
 */
export const GOLDEN_STAGES: Record<string, (text: string) => string> = {
  unicode: (text) => cleanUnicode(text),
  letters: (text) => mapFarsiLetters(text),
  punctuation: (text) => normalizePunctuation(text),
  normalize: (text) => normalize(text),
  sentences: (text) =>
    splitSentences(normalize(text))
      .map((sentence) => `${sentence.text}\n`)
      .join(''),
};
