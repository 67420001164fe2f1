import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as letters from '../src/letters/index.js';
import * as punctuation from '../src/punctuation/index.js';
import * as sentences from '../src/sentences/index.js';
import * as stream from '../src/stream/index.js';
import * as unicode from '../src/unicode/index.js';

describe('public exports', () => {
  it('the main entry exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'RULES',
      'cleanUnicode',
      'createNormalizeStream',
      'createNormalizer',
      'createSentenceStream',
      'explain',
      'foldForSearch',
      'mapFarsiLetters',
      'normalize',
      'normalizePunctuation',
      'normalizeWithOffsets',
      'presets',
      'splitSentences',
      'splitSentencesInOriginal',
    ]);
  });

  it('each stage subpath exports its stage function, the same one as the main entry', () => {
    expect(Object.keys(unicode)).toEqual(['cleanUnicode']);
    expect(unicode.cleanUnicode).toBe(api.cleanUnicode);
    expect(Object.keys(letters)).toEqual(['mapFarsiLetters']);
    expect(letters.mapFarsiLetters).toBe(api.mapFarsiLetters);
    expect(Object.keys(punctuation)).toEqual(['normalizePunctuation']);
    expect(punctuation.normalizePunctuation).toBe(api.normalizePunctuation);
    expect(Object.keys(sentences)).toEqual(['splitSentences']);
    expect(sentences.splitSentences).toBe(api.splitSentences);
  });

  it('the stream subpath exports the two stream factories, the same ones as the main entry', () => {
    expect(Object.keys(stream)).toEqual(['createNormalizeStream', 'createSentenceStream']);
    expect(stream.createNormalizeStream).toBe(api.createNormalizeStream);
    expect(stream.createSentenceStream).toBe(api.createSentenceStream);
  });

  it('presets are standard, search and minimal, frozen', () => {
    expect(Object.keys(api.presets)).toEqual(['standard', 'search', 'minimal']);
    expect(Object.isFrozen(api.presets)).toBe(true);
    expect(Object.isFrozen(api.presets.standard)).toBe(true);
  });
});
