import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPIED_FROM, copiedUnitsOf } from '../../src/fast/input-units.js';
import {
  BREAK,
  DOT,
  ELLIPSIS,
  STRONG,
  unitsOfClass,
} from '../../src/sentences/character-classes.js';
import { STOP_SEARCH, STOP_UNITS, splitSentences } from '../../src/sentences/split-sentences.js';
import { loneSurrogate } from '../support/arabic-arbitraries.js';
import { referenceSplitSentences } from './reference-split-sentences.js';

// Where the scan has a copy of the text's units (`copiedUnitsOf`, src/fast/input-units.ts), it finds the next stop by a loop
// over the copy and the table STOP_UNITS; elsewhere by the regular expression STOP_SEARCH. Both
// must stop at the same code units, so that every text splits as the reference splits it, with a
// stop at any place: first, last, on either side of the length from which texts are copied.

/** Every code unit that stops the scan: `[`, line breaks and terminators. */
const STOP_CHARACTERS = [0x5b, ...unitsOfClass(BREAK, DOT, STRONG, ELLIPSIS)].map((code) =>
  String.fromCharCode(code),
);

/** Lengths on both sides of the shortest copied text and of the copy's first sizes. */
const LENGTHS = [COPIED_FROM - 2, COPIED_FROM - 1, COPIED_FROM, COPIED_FROM + 1, 4095, 4096, 4097];

/** Arabic words and spaces, `length` code units long, with no stop. */
const filler = (length: number) =>
  'كتب الولد درسه '.repeat(Math.ceil(length / 15)).slice(0, length);

/** Places where a stop is put in a text of `length` units: both ends and around 256. */
function stopPlaces(length: number): number[] {
  const places = [0, 1, 2, length - 3, length - 2, length - 1];
  for (let p = COPIED_FROM - 4; p <= COPIED_FROM + 3; p++) places.push(p);
  return places.filter((p) => p >= 0 && p < length);
}

/** An image with a full stop in its text. */
const IMAGE = '![صورة. هنا](a.png)';

/** `filler(length)` with `stop` written over the unit at `place`. */
const withStop = (length: number, stop: string, place: number) => {
  const text = filler(length);
  return text.slice(0, place) + stop + text.slice(place + 1);
};

/** The texts that differ from the reference's split, plain or hard-wrapped (none expected). */
function handMadeMismatches(): string[] {
  const wrong: string[] = [];
  const wrapped = { hardWrapped: true };
  for (const length of LENGTHS) {
    const plain = filler(length);
    const texts = [plain];
    for (const place of stopPlaces(length)) {
      for (const stop of STOP_CHARACTERS) texts.push(withStop(length, stop, place));
      // A Markdown image, whose `[` stops the scan: its full stop ends no sentence.
      texts.push(withStop(length, IMAGE, place).slice(0, length));
    }
    for (const text of texts) {
      const same =
        JSON.stringify(splitSentences(text)) === JSON.stringify(referenceSplitSentences(text)) &&
        JSON.stringify(splitSentences(text, wrapped)) ===
          JSON.stringify(referenceSplitSentences(text, wrapped));
      if (!same) wrong.push(text);
    }
  }
  return wrong;
}

/** Pieces that hold every stop character, glued to words or standing alone. */
const piece = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('كلمة', 'د', 'وصل', 'Corp', '7', ' ', '  ', '»', '\u200f'),
  },
  { weight: 4, arbitrary: fc.constantFrom(...STOP_CHARACTERS) },
  { weight: 1, arbitrary: fc.constantFrom(IMAGE, '.[3]', '\r\n', '. . .', 'http://a.b/c.') },
  { weight: 1, arbitrary: loneSurrogate },
);

/** Texts from a little under to a few times the shortest copied length. */
const stopText = fc
  .array(piece, { minLength: 60, maxLength: 400 })
  .map((pieces) => pieces.join(''))
  .filter((text) => text.length >= COPIED_FROM - 40);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the search for the next stop over the copy of the text’s units', () => {
  it('STOP_UNITS marks exactly the code units that STOP_SEARCH matches', () => {
    const single = new RegExp(STOP_SEARCH.source);
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if ((STOP_UNITS[code] === 1) !== single.test(String.fromCharCode(code))) differing.push(code);
      if (STOP_UNITS[code]! > 1) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('splits as the reference does with each stop first, last and around the copied length', () => {
    expect(copiedUnitsOf(filler(COPIED_FROM))).not.toBeNull();
    expect(handMadeMismatches()).toEqual([]);
  });

  it('splits generated texts full of stops as the reference does', () => {
    const wrapped = { hardWrapped: true };
    fc.assert(
      fc.property(stopText, (text) => {
        expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
        expect(splitSentences(text, wrapped)).toEqual(referenceSplitSentences(text, wrapped));
      }),
      { numRuns: 300 },
    );
  });

  it('splits the same texts as the reference does where there is no Buffer (the regex search)', () => {
    vi.stubGlobal('Buffer', undefined);
    // Longer than any copy so far: a new buffer, for which no Buffer is found.
    const long = filler(10_000);
    expect(copiedUnitsOf(long)).toBeNull();
    expect(splitSentences(`${long}.`)).toEqual(referenceSplitSentences(`${long}.`));
    expect(handMadeMismatches()).toEqual([]);
    fc.assert(
      fc.property(stopText, (text) => {
        expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
      }),
      { numRuns: 100 },
    );
  });
});
