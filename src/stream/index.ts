export { createNormalizeStream } from './normalize-stream.js';
export { createSentenceStream } from './sentence-stream.js';
