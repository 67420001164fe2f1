export { splitSentences } from './split-sentences.js';
export type { Sentence, SplitOptions } from './types.js';
