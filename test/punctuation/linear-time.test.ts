import { describe, expect, it } from 'vitest';
import type { PunctuationOptions } from '../../src/options/types.js';
import { normalizePunctuation } from '../../src/punctuation/index.js';

/**
 * Shape, not speed: a hostile unit repeated to about 250 000 and to 1 000 000 code units must take
 * at most GROWTH_LIMIT times longer on the larger input (linear code gives about 4, quadratic 16).
 */
const GROWTH_LIMIT = 9;
const SMALL = 250_000;

const HOSTILE_UNITS: [string, string][] = [
  ['Markdown link starts without a close', ']('],
  ['e-mail local parts without an at sign', 'a!'],
  ['at signs without a domain', 'a@'],
  ['dotted Arabic initials', 'أ.'],
  ['digit groups and hyphens', '1-'],
  ['visual-order number shapes', '1-2-3+'],
  ['URL schemes', 'http://'],
  ['path starts', ' /a'],
  ['spaces before commas', ' ,'],
  ['commas after full stops', '. ,'],
  ['opening brackets and spaces', '( '],
  ['ASCII quotes', '"'],
  ['spaced guillemets', ' « '],
  ['Latin dotted tokens', 'a.'],
  ['percent signs', '1٪'],
  ['a single long Latin token', 'a'],
  ['a single long number', '1'],
];

function bestTime(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return Math.max(best, 0.5);
}

describe('stage 3 grows linearly on hostile input', () => {
  const options: PunctuationOptions = {
    visualOrderNumbers: true,
    digits: 'arabic-indic',
    quotes: 'guillemets',
  };
  it.each(HOSTILE_UNITS)('%s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(SMALL / unit.length));
    const large = unit.repeat(Math.ceil((4 * SMALL) / unit.length));
    normalizePunctuation(small, options);
    normalizePunctuation(large, options);
    const ratio =
      bestTime(() => normalizePunctuation(large, options)) /
      bestTime(() => normalizePunctuation(small, options));
    expect(ratio).toBeLessThan(GROWTH_LIMIT);
  });
});
