import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split-sentences.js';

/**
 * Shape, not speed: input of n and of 4n code units made of one repeated hostile unit. Linear
 * code takes about 4 times longer on the larger one, quadratic code about 16 times; the limit is
 * generous because test machines are shared and noisy.
 */
const GROWTH_LIMIT = 9;

/** Best times of `small` and `large`, measured in alternation so both see the same machine load. */
function bestTimes(small: string, large: string): [number, number] {
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    let start = performance.now();
    splitSentences(small);
    bestSmall = Math.min(bestSmall, performance.now() - start);
    start = performance.now();
    splitSentences(large);
    bestLarge = Math.min(bestLarge, performance.now() - start);
  }
  return [Math.max(bestSmall, 2), Math.max(bestLarge, 2)];
}

/**
 * Time at 4n over time at n, the lowest of three attempts: a busy machine can slow one attempt
 * down, but quadratic code is slow in every attempt.
 */
function growth(unit: string, size: number): number {
  const small = unit.repeat(Math.ceil(size / unit.length));
  const large = unit.repeat(Math.ceil((4 * size) / unit.length));
  splitSentences(small); // warm-up
  let lowest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && lowest >= GROWTH_LIMIT; attempt++) {
    const [timeSmall, timeLarge] = bestTimes(small, large);
    lowest = Math.min(lowest, timeLarge / timeSmall);
  }
  return lowest;
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
