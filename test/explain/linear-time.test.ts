import { describe, expect, it } from 'vitest';
import { explain } from '../../src/index.js';
import { GROWTH_LIMIT, linearGrowth } from '../support/linear-growth.js';

// Inputs where nearly every character is a change, or where the changes of several passes
// overlap and must be joined into one (the composition of the passes' edits must stay linear).
const HOSTILE_UNITS: [string, string][] = [
  ['presentation forms of Farsi letters (two passes on each)', '\ufbfc\ufb8e'],
  ['a mark after each space (moved marks)', 'ب \u064e'],
  ['combining marks', '\u064b'],
  ['zero-width controls between digits (one number token over many deletions)', '1\u200f'],
  ['spaces before commas', ' ،'],
  ['nested guillemets with spaces', '« '],
  ['alef with hamza and madda, search preset folds', '\u0623\u0653'],
];

describe('explain in linear time on hostile input', () => {
  it.each(HOSTILE_UNITS)(
    'explain grows linearly on %s',
    (_, unit) => {
      // 128K code units against 512K: every unit is a change here, so this is plenty of work.
      const growth = linearGrowth(unit, (text) => explain(text, { preset: 'search' }), 128 * 1024);
      expect(growth).toBeLessThan(GROWTH_LIMIT);
    },
    120_000,
  );
});
