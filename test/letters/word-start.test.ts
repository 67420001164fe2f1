import { describe, expect, it } from 'vitest';
import { mapFarsiLetters } from '../../src/letters/index.js';
import { codePoints } from '../support/code-points.js';

const fatha = '\u064e';

describe('mapFarsiLetters: where the word ending in FARSI YEH starts', () => {
  it.each([
    ['after a space', 'قال علی', 'قال على'],
    ['after an opening parenthesis', '(علی)', '(على)'],
    ['after a Latin letter', 'xعلی', 'xعلى'],
    ['at the start of the text', 'علی', 'على'],
    ['after a digit', '2علی', '2على'],
    ['with marks inside the word (they count as part of it)', `عَلَی`, `عَلَى`],
    [
      'with a kept tatweel inside the word (it stretches the word, not ends it)',
      'عل\u0640ی',
      'عل\u0640ى',
    ],
    // The word is looked up only when at most 32 code units (marks included) come before the YEH.
    ['32 code units before the YEH: looked up', `ع${fatha.repeat(30)}لی`, `ع${fatha.repeat(30)}لى`],
    [
      '33 code units before the YEH: too long, YEH',
      `ع${fatha.repeat(31)}لی`,
      `ع${fatha.repeat(31)}لي`,
    ],
    [
      'a long run of marks before a short word does not make it long',
      `${fatha.repeat(40)} علی`,
      `${fatha.repeat(40)} على`,
    ],
  ])('%s: %s', (_, input, expected) => {
    expect(codePoints(mapFarsiLetters(input))).toBe(codePoints(expected));
  });
});
