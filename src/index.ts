export type { RuleId } from './core/rules.js';
export { type Change, type ChangeStep, explain, RULES } from './explain/explain.js';
export { foldForSearch } from './folds/fold-for-search.js';
export { mapFarsiLetters } from './letters/map-farsi-letters.js';
export { createNormalizer, type Normalizer, normalize } from './normalize.js';
export {
  type NormalizedWithOffsets,
  normalizeWithOffsets,
  type OriginalSentence,
  splitSentencesInOriginal,
} from './offsets/normalize-with-offsets.js';
export { presets } from './options/presets.js';
export type {
  FoldOptions,
  LettersOptions,
  NormalizeOptions,
  PresetName,
  PunctuationOptions,
  ResolvedOptions,
  UnicodeOptions,
} from './options/types.js';
export { normalizePunctuation } from './punctuation/normalize-punctuation.js';
export { splitSentences } from './sentences/split-sentences.js';
export type { Sentence, SplitOptions } from './sentences/types.js';
export { createNormalizeStream } from './stream/normalize-stream.js';
export { createSentenceStream } from './stream/sentence-stream.js';
export { cleanUnicode } from './unicode/clean-unicode.js';
