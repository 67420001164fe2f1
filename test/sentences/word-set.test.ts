import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, keysMayHold, mayHold, wordKeys, wordSet } from '../../src/sentences/word-set.js';

// `mayHold` and `keysMayHold` write out the folding and the keys that `wordSet` and `wordKeys`
// store (a call costs more than the arithmetic before the engine optimises the scan): a word of
// the set must never be ruled out, however its yeh, kaf or heh is spelt.

/** Letters that fold to another (FARSI YEH, ALEF MAKSURA, KEHEH, HEH DOACHASHMEE...) among others. */
const LETTERS = ['ي', 'ی', 'ى', 'ك', 'ک', 'ه', 'ھ', 'ة', 'ا', 'ل', 'ب', 'م', 'و', 'x', 'Z', '.'];
const word = fc
  .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 6 })
  .map((letters) => letters.join(''));

/** `text` with every letter that folds written as each of the letters folding with it, in turn. */
function spellings(text: string): string[] {
  const variants = [text];
  for (let k = 0; k < text.length; k++) {
    for (const letter of LETTERS) {
      if (letter !== text[k] && foldWord(letter) === foldWord(text[k]!)) {
        variants.push(text.slice(0, k) + letter + text.slice(k + 1));
      }
    }
  }
  return variants;
}

describe('the look-ups that rule words out of a set', () => {
  it('never rule out a word of the set, in any spelling that folds to it', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const set = wordSet(words);
        const keys = wordKeys([set]);
        for (const entry of words) {
          for (const spelt of spellings(entry)) {
            const first = spelt.charCodeAt(0);
            const last = spelt.charCodeAt(spelt.length - 1);
            expect(mayHold(set, first, last)).toBe(true);
            expect(keysMayHold(keys, first, last, spelt.length)).toBe(true);
          }
        }
      }),
    );
  });

  it('rule out a word whose first and last letters, or length, no entry has', () => {
    const set = wordSet(['كتب']);
    const keys = wordKeys([set]);
    expect(mayHold(set, 'ل'.charCodeAt(0), 'م'.charCodeAt(0))).toBe(false);
    expect(keysMayHold(keys, 'ك'.charCodeAt(0), 'ب'.charCodeAt(0), 3)).toBe(true);
    expect(keysMayHold(keys, 'ك'.charCodeAt(0), 'ب'.charCodeAt(0), 5)).toBe(false);
    expect(keysMayHold(keys, 'ک'.charCodeAt(0), 'ب'.charCodeAt(0), 3)).toBe(true);
  });
});
