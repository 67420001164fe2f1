import { describe, expect, it } from 'vitest';
import { mapFarsiLetters } from '../../src/index.js';

/**
 * Shape, not speed: hostile input of n and 4n code units (n = 256 Ki, so 1 Mi at the large size);
 * the larger must take at most GROWTH_LIMIT times longer. Linear code gives about 4, quadratic 16.
 */
const GROWTH_LIMIT = 9;
const SMALL = 256 * 1024;

function bestTime(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return Math.max(best, 0.5);
}

function growth(unit: string, run: (text: string) => unknown): number {
  const small = unit.repeat(Math.ceil(SMALL / unit.length));
  const large = unit.repeat(Math.ceil((4 * SMALL) / unit.length));
  run(small);
  return bestTime(() => run(large)) / bestTime(() => run(small));
}

describe('mapFarsiLetters takes linear time', () => {
  it.each([
    ['FARSI YEH repeated (one long word)', '\u06cc'],
    ['word-final FARSI YEH after every letter', 'ب\u06cc '],
    ['FARSI YEH with marks', '\u06cc\u064e\u0654'],
    ['presentation forms of FARSI YEH', '\ufbfd'],
  ])('on %s', (_, unit) => {
    expect(growth(unit, (text) => mapFarsiLetters(text))).toBeLessThan(GROWTH_LIMIT);
  });
});
