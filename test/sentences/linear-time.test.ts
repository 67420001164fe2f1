import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split-sentences.js';

/**
 * Shape, not speed: input of n and of 4n code units made of one repeated hostile unit. Linear
 * code takes about 4 times longer on the larger one, quadratic code about 16 times; the limit is
 * generous because test machines are shared and noisy.
 */
const GROWTH_LIMIT = 9;

function bestTime(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return Math.max(best, 2);
}

function growth(unit: string, size: number): number {
  const small = unit.repeat(Math.ceil(size / unit.length));
  const large = unit.repeat(Math.ceil((4 * size) / unit.length));
  splitSentences(small); // warm-up
  return bestTime(() => splitSentences(large)) / bestTime(() => splitSentences(small));
}

describe('splitSentences runs in linear time on hostile input', () => {
  it.each<[string, string]>([
    ['a million full stops', '.'],
    ['a million spaces', ' '],
    ['one very long line of words', 'كلمة '],
    ['one very long word', 'ب'],
  ])('%s', (_, unit) => {
    expect(growth(unit, 1_000_000)).toBeLessThan(GROWTH_LIMIT);
  });

  it.each<[string, string]>([
    ['sentences', 'جملة قصيرة. '],
    ['initials', 'ج. '],
    ['abbreviations before a sentence starter', 'إلخ. ثم '],
    ['chains of initials in one token', 'أ.'],
    ['opening brackets before initials in one token', '((((د.'],
    ['Markdown image openers', '!['],
    ['Markdown images without a closing parenthesis', '![a]('],
    ['closed Markdown images', '![أ. ب](x.png) '],
    ['numbers with full stops', '1. '],
    ['bidi-wrapped full stops', 'د\u202a.\u202c '],
    ['question and exclamation runs', '؟!'],
    ['URL-like tokens', 'https://a.b/'],
    ['stray commas after full stops', '. ,'],
    ['closing quotes', '.»'],
  ])('repeated %s', (_, unit) => {
    expect(growth(unit, 250_000)).toBeLessThan(GROWTH_LIMIT);
  });
});
