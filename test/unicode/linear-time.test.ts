import { describe, expect, it } from 'vitest';
import { cleanUnicode } from '../../src/index.js';

/**
 * Shape, not speed: hostile input of n and 4n code units (n = 256 Ki, so 1 Mi at the large size);
 * the larger must take at most GROWTH_LIMIT times longer. Linear code gives about 4, quadratic 16.
 */
const GROWTH_LIMIT = 9;
const SMALL = 256 * 1024;

/** Best times of `small` and `large`, measured in alternation so both see the same machine load. */
function bestTimes(run: (text: string) => unknown, small: string, large: string): [number, number] {
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    let start = performance.now();
    run(small);
    bestSmall = Math.min(bestSmall, performance.now() - start);
    start = performance.now();
    run(large);
    bestLarge = Math.min(bestLarge, performance.now() - start);
  }
  return [Math.max(bestSmall, 2), Math.max(bestLarge, 2)];
}

/**
 * Time at 4n over time at n, the lowest of three attempts: a busy machine can slow one attempt
 * down, but quadratic code is slow in every attempt.
 */
function growth(unit: string, run: (text: string) => unknown): number {
  const small = unit.repeat(Math.ceil(SMALL / unit.length));
  const large = unit.repeat(Math.ceil((4 * SMALL) / unit.length));
  run(small); // warm-up
  let lowest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && lowest >= GROWTH_LIMIT; attempt++) {
    const [timeSmall, timeLarge] = bestTimes(run, small, large);
    lowest = Math.min(lowest, timeLarge / timeSmall);
  }
  return lowest;
}

const STAGE_1_UNITS: [string, string][] = [
  ['one haraka repeated', '\u064e'],
  ['a letter with marks out of canonical order', 'ب\u0651\u064e'],
  ['marks out of order with no letter', '\u0651\u064e'],
  ['a tanween cut off after each word', 'ب \u064b'],
  ['a haraka before each letter', ' \u064fت'],
  ['detached marks with no letter after them', ' \u0670'],
  ['one-letter fragments', 'أ \u0651ن '],
  ['spaces', ' '],
  ['no-break spaces and tabs', '\u00a0\t'],
  ['CRLF', '\r\n'],
  ['presentation forms', '\ufefb\ufe8e'],
  ['isolated mark forms', '\ufe70'],
  ['zero-width controls', '\u200f\u200b'],
  ['a supplementary letter with marks', '\u{1d400}\u0301'],
];

describe('cleanUnicode takes linear time', () => {
  it.each(STAGE_1_UNITS)('on %s', (_, unit) => {
    expect(growth(unit, (text) => cleanUnicode(text))).toBeLessThan(GROWTH_LIMIT);
  });

  it('on a detached mark after a Latin letter, with more detached marks after it', () => {
    const unit = `a${' \u0670'.repeat(8)}`;
    expect(growth(unit, (text) => cleanUnicode(text))).toBeLessThan(GROWTH_LIMIT);
  });
});
