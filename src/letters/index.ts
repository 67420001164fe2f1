export type { LettersOptions } from '../options/types.js';
export { mapFarsiLetters } from './map-farsi-letters.js';
