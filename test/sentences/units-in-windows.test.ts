import { describe, expect, it } from 'vitest';
import { COPIED_UP_TO, inputUnitsOf } from '../../src/fast/input-units.js';
import {
  STOP_WINDOW,
  splitInWindows,
  splitSentences,
  WARM_UP_WINDOW,
} from '../../src/sentences/split-sentences.js';
import type { Sentence, SplitOptions } from '../../src/sentences/types.js';
import { WARM_UP_TEXT } from '../../src/sentences/warm-up.js';
import { referenceSplitSentences } from './reference-split-sentences.js';

// A text over STOP_WINDOW units (up to COPIED_UP_TO too) is not copied whole: the scan copies it
// a window at a time, and the readers of the units around a stop (the word before a full stop,
// the token, the spaces trimmed off a sentence) read the window where the unit is in it and the
// string where it is not. These texts put the words, tokens and spaces that a stop reads back
// over on both sides of a window's start, so that a unit read from the wrong place of the window
// (or from the window where it is not) splits differently from the reference.

/** Arabic words and spaces, `length` code units long, with no stop. */
const filler = (length: number) =>
  'كتب الولد درسه '.repeat(Math.ceil(length / 15)).slice(0, length);

/** `text` with `piece` written over it so that it ends at `end`. */
const endingAt = (text: string, piece: string, end: number) =>
  text.slice(0, end - piece.length) + piece + text.slice(end);

/** A text of `length` units with each piece of `pieces` written to end at `at + shift`. */
function textWith(length: number, at: number[], pieces: string[], shift: number): string {
  let text = filler(length);
  at.forEach((place, k) => {
    text = endingAt(text, pieces[k % pieces.length]!, place + shift);
  });
  return text;
}

/** The first sentence where `got` and `want` differ, or `null`. */
function firstDifference(got: Sentence[], want: Sentence[]) {
  for (let k = 0; k < Math.max(got.length, want.length); k++) {
    const a = got[k];
    const b = want[k];
    if (a?.text !== b?.text || a?.start !== b?.start || a?.end !== b?.end) {
      return { at: k, got: a, want: b };
    }
  }
  return null;
}

const expectSameAsReference = (text: string, options?: SplitOptions) =>
  expect(
    firstDifference(splitSentences(text, options), referenceSplitSentences(text, options)),
  ).toBeNull();

/** The windows' starts when no stop handler moves past a window's end: multiples of the window. */
const STARTS = [1, 2, 3, 4].map((k) => k * STOP_WINDOW);
const LENGTH = 5 * STOP_WINDOW + 321;

/**
 * Pieces whose stop falls just after a window's start while what it reads back over lies before
 * it: a plain word, a dotted abbreviation (`ق.م.`), an initial, a word with a mark and a format
 * control, spaces before a line break, a link, a number and a run.
 */
const PIECES = [
  ' كلمة.',
  ' ق.م. ',
  ' د. ',
  ' كَلِمَة\u200f. ',
  'آخر   \n',
  ' www.example.com. ',
  ' ١٢. ',
  ' قال؟! ',
];

describe('a text not copied whole: the units around a stop read in its windows', () => {
  it('is read in windows, not copied into the shared copy of a text’s units', () => {
    const before = inputUnitsOf('').length;
    expect(before).toBeLessThan(STOP_WINDOW);
    const text = textWith(LENGTH, STARTS, PIECES, 1);
    expect(text.length).toBeLessThan(COPIED_UP_TO);
    splitSentences(text);
    expect(inputUnitsOf('').length).toBe(before);
  });

  it('splits as the reference where what a stop reads back over starts in the previous window', () => {
    for (const shift of [0, 1, 2, 3, 5, 8]) {
      const text = textWith(LENGTH, STARTS, PIECES, shift);
      expectSameAsReference(text);
      expectSameAsReference(text, { hardWrapped: true });
    }
  });

  it('splits as the reference with every piece at every window start', () => {
    for (const piece of PIECES) {
      const text = textWith(LENGTH, STARTS, [piece], 1);
      expectSameAsReference(text);
    }
  });

  it('splits as the reference where a stop ends just before a window and the next starts it', () => {
    for (const shift of [-2, -1, 0]) {
      expectSameAsReference(textWith(LENGTH, STARTS, PIECES, shift));
    }
  });
});

describe('windows of any length', () => {
  it('split a text as the reference splits it, one unit to a few hundred at a time', () => {
    const text = textWith(3000, [700, 1400, 2100], PIECES, 0) + WARM_UP_TEXT;
    for (const length of [1, 2, 7, 64, 333]) {
      expect(
        firstDifference(splitInWindows(text, length), referenceSplitSentences(text)),
      ).toBeNull();
      expect(
        firstDifference(
          splitInWindows(WARM_UP_TEXT, length),
          referenceSplitSentences(WARM_UP_TEXT),
        ),
      ).toBeNull();
    }
  });

  it('the warm-up splits its text in enough windows for the window load to have type feedback', () => {
    // `loadWindow` needs about eight calls before the engine keeps its feedback (split-sentences.ts).
    expect(WARM_UP_TEXT.length / WARM_UP_WINDOW).toBeGreaterThanOrEqual(16);
  });
});
