export type { UnicodeOptions } from '../options/types.js';
export { cleanUnicode } from './clean-unicode.js';
