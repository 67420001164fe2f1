import { describe, expect, it } from 'vitest';
import { cleanUnicode } from '../../src/index.js';

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
