import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';

/**
 * (splitSentences has the same check in test/sentences.)
 * Shape, not speed: each hostile unit repeated to n and to 4n code units must take at most
 * GROWTH_LIMIT times longer at 4n. Linear code gives about 4; quadratic code gives about 16.
 * The limit is generous because the machines are shared and noisy.
 */
const GROWTH_LIMIT = 9;
const SMALL = 256 * 1024;

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

/**
 * Times `run` on the small and the large text in alternation, so that a burst of load on the
 * shared machine hits both sizes alike, and returns the ratio of the best times.
 */
function growth(unit: string, run: (text: string) => unknown): number {
  const small = unit.repeat(Math.ceil(SMALL / unit.length));
  const large = unit.repeat(Math.ceil((4 * SMALL) / unit.length));
  run(small); // warm-up
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    let start = performance.now();
    run(small);
    bestSmall = Math.min(bestSmall, performance.now() - start);
    start = performance.now();
    run(large);
    bestLarge = Math.min(bestLarge, performance.now() - start);
  }
  return bestLarge / Math.max(bestSmall, 1);
}

describe('linear time on hostile input', () => {
  it.each(HOSTILE_UNITS)(
    'normalize grows linearly on %s',
    (_, unit) => {
      expect(growth(unit, (text) => normalize(text))).toBeLessThan(GROWTH_LIMIT);
    },
    60_000,
  );
});
