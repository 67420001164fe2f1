import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../../src/core/lazy-regexp.js';

describe('a regular expression built at its first use', () => {
  it('is built once: every call returns the same object', () => {
    const letter = lazyRegExp('\\p{L}', 'u');
    expect(letter()).toBe(letter());
  });

  it('matches exactly what the literal it replaces matches, for every BMP code unit', () => {
    const pairs: [() => RegExp, RegExp][] = [
      [lazyRegExp('\\p{L}', 'u'), /\p{L}/u],
      [lazyRegExp('[\\p{M}\\u0640]', 'u'), /[\p{M}\u0640]/u],
      [lazyRegExp('\\p{L}|\\p{M}', 'u'), /\p{L}|\p{M}/u],
      [lazyRegExp('^\\p{Extended_Pictographic}$', 'u'), /^\p{Extended_Pictographic}$/u],
    ];
    for (const [lazy, literal] of pairs) {
      expect(lazy().source).toBe(literal.source);
      expect(lazy().flags).toBe(literal.flags);
      let differing = 0;
      for (let unit = 0; unit < 0x10000; unit++) {
        const text = String.fromCharCode(unit);
        if (lazy().test(text) !== literal.test(text)) differing++;
      }
      expect(differing).toBe(0);
    }
  });
});
