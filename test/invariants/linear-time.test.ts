import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';

/**
 * (splitSentences has the same check in test/sentences.)
 * Shape, not speed: each hostile unit repeated to n and to 4n code units must take at most
 * GROWTH_LIMIT times longer at 4n. Linear code gives about 4; quadratic code gives about 16.
 * The limit is generous because the machines are shared and noisy.
 */
const GROWTH_LIMIT = 9;
const SMALL = 512 * 1024;

const HOSTILE_UNITS: [string, string][] = [
  ['combining marks', '\u064b'],
  ['a mark after each space', ' \u064e'],
  ['full stops', '.'],
  ['spaces', ' '],
  ['no-break spaces and tabs', '\u00a0\t'],
  ['newlines', '\n'],
  ['CRLF', '\r\n'],
  ['full stops between digits', '1.'],
  ['thousands separators between digits', '1,'],
  ['alternating Latin and Arabic', 'aب'],
  ['one long line of words', 'كلمة '],
  ['nested guillemets', '«'],
  ['nested brackets', '('],
  ['nested curly quotes', '“'],
  ['presentation forms', '\ufefb\ufe8e'],
  ['isolated mark forms', '\ufe70'],
  ['zero-width controls', '\u200f\u200b'],
  ['URL-like slashes and dots', 'a/b.'],
  ['question and exclamation runs', '؟!'],
  ['Arabic letter then full stop', 'ج.'],
];

function bestTime(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return Math.max(best, 2);
}

function growth(unit: string, run: (text: string) => unknown): number {
  const small = unit.repeat(Math.ceil(SMALL / unit.length));
  const large = unit.repeat(Math.ceil((4 * SMALL) / unit.length));
  run(small); // warm-up
  return bestTime(() => run(large)) / bestTime(() => run(small));
}

describe('linear time on hostile input', () => {
  it.each(HOSTILE_UNITS)('normalize grows linearly on %s', (_, unit) => {
    expect(growth(unit, (text) => normalize(text))).toBeLessThan(GROWTH_LIMIT);
  });
});
