import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split-sentences.js';

/** Everything a caller can see of an object's own make-up, to compare with a literal's. */
function makeUp(value: object) {
  return {
    prototype: Object.getPrototypeOf(value),
    keys: Reflect.ownKeys(value),
    descriptors: Object.getOwnPropertyDescriptors(value),
    extensible: Object.isExtensible(value),
    tag: Object.prototype.toString.call(value),
    json: JSON.stringify(value),
  };
}

describe('the sentence objects splitSentences returns', () => {
  it('are plain objects made up exactly as the literal { text, start, end }', () => {
    const text = ' أول جملة. ثانية!\nثالثة';
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(3);
    for (const sentence of sentences) {
      const literal = { text: sentence.text, start: sentence.start, end: sentence.end };
      expect(makeUp(sentence)).toEqual(makeUp(literal));
      expect(Object.keys(sentence)).toEqual(['text', 'start', 'end']);
      expect(sentence.constructor).toBe(Object);
      expect(sentence).toStrictEqual(literal);
    }
  });

  it('keep that make-up over repeated calls on a long text (20,000 sentences each)', () => {
    // How the engine allocates tens of thousands of kept objects changes over the calls: it must
    // not show in them.
    const text = 'جملة قصيرة هنا. '.repeat(20_000);
    for (let call = 0; call < 4; call++) {
      const sentences = splitSentences(text);
      expect(sentences).toHaveLength(20_000);
      for (const k of [0, 9_999, 19_999]) {
        const sentence = sentences[k]!;
        expect(Object.getPrototypeOf(sentence)).toBe(Object.prototype);
        expect(Object.keys(sentence)).toEqual(['text', 'start', 'end']);
        expect(sentence).toStrictEqual({
          text: 'جملة قصيرة هنا.',
          start: k * 16,
          end: k * 16 + 15,
        });
      }
    }
  });
});
