export type { PunctuationOptions } from '../options/types.js';
export { normalizePunctuation } from './normalize-punctuation.js';
