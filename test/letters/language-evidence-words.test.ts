import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARABIC_WORDS,
  PERSIAN_AL_WORDS,
  PERSIAN_WORDS,
  URDU_WORDS,
} from '../../src/letters/language-evidence-words.js';

/**
 * The lists are written as text, one group a line, and cut into words at spaces and line breaks
 * (without a regular expression, which would be compiled at import).
 */
describe('the language evidence word lists', () => {
  const lists = { PERSIAN_WORDS, URDU_WORDS, ARABIC_WORDS, PERSIAN_AL_WORDS };

  it('hold words with no white space in them and no empty word', () => {
    for (const list of Object.values(lists)) {
      expect(list.length).toBeGreaterThan(0);
      for (const word of list) expect(word).toMatch(/^\S+$/u);
    }
  });

  it('are the words of their text split at every run of white space', () => {
    const source = readFileSync(
      new URL('../../src/letters/language-evidence-words.ts', import.meta.url),
      'utf8',
    );
    for (const [name, list] of Object.entries(lists)) {
      const text = new RegExp(
        `export const ${name}: readonly string\\[\\] = words\\(\`([^\`]*)\`\\)`,
      ).exec(source)?.[1];
      expect(text, name).toBeDefined();
      expect(list).toEqual(text!.split(/\s+/u).filter(Boolean));
    }
  });
});
