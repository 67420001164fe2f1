import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARABIC_WORDS,
  PERSIAN_AL_WORDS,
  PERSIAN_WORDS,
  URDU_WORDS,
} from '../../src/letters/language-evidence-words.js';
import { isPersianLineReference } from '../../src/letters/persian-line-reference.js';
import {
  endOfLineRead,
  isPersianLine,
  isPersianLineInUnits,
  isPersianLineOf,
} from '../../src/letters/persian-passages.js';
import { hostileArabicText } from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';
import { propertyRuns } from '../support/property-runs.js';
import {
  ARABIC_LINES,
  PERSIAN_LINES,
  SHORT_ARABIC_LINES,
  SHORT_PERSIAN_URDU_LINES,
  URDU_LINES,
} from './language-samples.js';

/**
 * `isPersianLine` reads a line in one scan through an automaton of the word lists; the word-by-word
 * decision it replaced (`persian-line-reference.ts`) is its specification. They must agree on every
 * line and every part of a line.
 */
const RUNS = propertyRuns(5_000, 1_000);

function agree(text: string, start = 0, end = text.length): void {
  expect(isPersianLine(text, start, end)).toBe(isPersianLineReference(text, start, end));
}

const pick = (chars: string) => fc.constantFrom(...Array.from(chars));
const range = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));

/** The listed words, also as a Persian keyboard types them and with hamza or madda as a mark. */
const LISTED = [...PERSIAN_WORDS, ...URDU_WORDS, ...ARABIC_WORDS, ...PERSIAN_AL_WORDS];
const listedWord = fc
  .tuple(fc.constantFrom(...LISTED), fc.integer({ min: 0, max: 3 }))
  .map(([word, spelling]) => {
    if (spelling === 1) return word.replace(/ي/g, '\u06cc').replace(/ك/g, '\u06a9');
    if (spelling === 2) return word.normalize('NFD');
    if (spelling === 3) return word.replace(/ه/g, '\u06be').replace(/ي$/, '\u06cc\u064e');
    return word;
  });

/**
 * Units of all three languages densely: Arabic letters, the Persian and Urdu letters (strong ones
 * and look-alikes), marks (hamza and madda among them), TATWEEL, ZWNJ and other controls,
 * presentation forms, spaces, punctuation, digits, line breaks; listed words whole, the article
 * before them and before other letters.
 */
const lineUnit = fc.oneof(
  { weight: 20, arbitrary: range(0x0621, 0x064a) },
  { weight: 6, arbitrary: pick('\u06cc\u06a9\u06be\u06c1\u06c2\u06c3\u06d5\u06c0\u06d2\u06d3') },
  { weight: 4, arbitrary: pick('\u067e\u0686\u0698\u06af\u0679\u0688\u0691\u06ba') },
  { weight: 12, arbitrary: pick(' ') },
  { weight: 4, arbitrary: range(0x064b, 0x0655) },
  { weight: 2, arbitrary: pick('\u0653\u0654\u0655\u0670\u0640') },
  { weight: 4, arbitrary: pick('\u200c') },
  { weight: 2, arbitrary: pick('\u200b\u200d\u200e\u200f\u202b\u2067\ufeff\u00ad') },
  { weight: 3, arbitrary: range(0xfe70, 0xfefc) },
  { weight: 2, arbitrary: range(0xfb50, 0xfdff) },
  { weight: 2, arbitrary: pick('.،؛؟!«»-5٥۵a\u00a0\t') },
  { weight: 1, arbitrary: pick('\n\r\u2028\u0085') },
  { weight: 10, arbitrary: listedWord },
  { weight: 3, arbitrary: listedWord.map((word) => `ال${word}`) },
  { weight: 3, arbitrary: listedWord.map((word) => `${word}\u200cها`) },
  {
    weight: 3,
    arbitrary: fc.string({ unit: range(0x0621, 0x064a), maxLength: 3 }).map((rest) => `ال${rest}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('😀', '\ud800', 'ﷺ', 'ﰀ', '\u0610', 'ۀ', 'ٱ') },
);
const mixedLine = (maxLength: number) =>
  fc.array(lineUnit, { maxLength }).map((units) => units.join(''));

/** Listed words and the article between spaces: lines near the decision's thresholds. */
const wordsLine = fc
  .array(
    fc.tuple(
      fc.oneof(
        listedWord,
        listedWord.map((word) => `ال${word}`),
        mixedLine(4),
      ),
      fc.constantFrom(' ', ' ', '\u200c', ' \u200c', '\u00a0', '، '),
    ),
    { maxLength: 10 },
  )
  .map((words) => words.map(([word, gap]) => word + gap).join(''));

/**
 * Words whose automaton settles (a start no listed word has, or the article before letters no
 * listed word continues with) and whose evidence comes after that: a Persian-only letter, TEH
 * MARBUTA or ALEF MAKSURA, a composing hamza or madda, a presentation form, marks and controls,
 * then the end of the line, a space or a ZWNJ (the scan stops stepping the automaton once it has
 * settled, and reads the rest of the word for its flags alone).
 */
const settlingWord = fc
  .tuple(
    fc.constantFrom('', 'ال', 'وال', 'بال'),
    fc.string({ unit: range(0x0621, 0x064a), minLength: 1, maxLength: 5 }),
    fc.array(
      fc.oneof(
        range(0x0621, 0x064a),
        pick('\u067e\u0686\u0698\u06af\u0679\u0688\u0691\u06ba\u06d2\u06c0'),
        pick('\u0629\u0649\u06cc\u06a9\u06be'),
        pick('\u0653\u0654\u0655\u064e\u0651\u0670\u0640\u200b\u200d'),
        range(0xfe70, 0xfefc),
      ),
      { maxLength: 4 },
    ),
    fc.constantFrom('', ' ', '\u200c', '\u200cها ', '\u200cمی ', '\n'),
  )
  .map(([article, letters, rest, after]) => article + letters + rest.join('') + after);
const settlingLine = fc
  .array(fc.oneof(settlingWord, listedWord), { maxLength: 8 })
  .map((words) => words.join(' '));

/** A text and a part of it (the detector is asked about a line inside a longer text). */
const withBounds = (text: fc.Arbitrary<string>) =>
  text.chain((t) =>
    fc
      .tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length }))
      .map(([a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const),
  );

describe('the one-scan Persian-line decision agrees with the word-by-word specification', () => {
  it('on lines mixing the letters, words, marks, forms and controls of Arabic, Persian and Urdu', () => {
    fc.assert(
      fc.property(mixedLine(60), (line) => {
        agree(line);
      }),
      { numRuns: RUNS },
    );
  });

  it('on lines of listed words, near the thresholds of the decision', () => {
    fc.assert(
      fc.property(wordsLine, (line) => {
        agree(line);
      }),
      { numRuns: RUNS },
    );
  });

  it('on words whose evidence comes after the automaton settles', () => {
    fc.assert(
      fc.property(settlingLine, (line) => {
        agree(line);
      }),
      { numRuns: RUNS },
    );
  });

  it('on any part of a text (the bounds it is given)', () => {
    fc.assert(
      fc.property(withBounds(mixedLine(40)), ([text, start, end]) => {
        agree(text, start, end);
      }),
      { numRuns: RUNS },
    );
  });

  it('on hostile text', () => {
    fc.assert(
      fc.property(hostileArabicText(80), (text) => {
        agree(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('on the sample lines of each language and on every line of the fixture documents', () => {
    const lines = sampleLines();
    let persian = 0;
    for (const line of lines) {
      agree(line);
      if (isPersianLine(line, 0, line.length)) persian++;
    }
    // Both answers occur: the samples are not all of one kind.
    expect(persian).toBeGreaterThan(0);
    expect(persian).toBeLessThan(lines.length);
  });
});

/** The sample lines of each language and every line of the fixture documents. */
function sampleLines(): string[] {
  return [
    ...PERSIAN_LINES,
    ...URDU_LINES,
    ...ARABIC_LINES,
    ...SHORT_PERSIAN_URDU_LINES,
    ...SHORT_ARABIC_LINES,
    ...DOCUMENT_NAMES.flatMap((name) => readDocument(name).split('\n')),
  ];
}

/** The code units of `text`, at `offset` in a larger buffer (the fused pass reads its own). */
function unitsOf(text: string, offset: number): Uint16Array {
  const units = new Uint16Array(offset + text.length + 3).fill(0x0628);
  for (let k = 0; k < text.length; k++) units[offset + k] = text.charCodeAt(k);
  return units;
}

function agreeInUnits(text: string, start: number, end: number, offset: number): void {
  const units = unitsOf(text, offset);
  expect(isPersianLineInUnits(units, offset + start, offset + end)).toBe(
    isPersianLine(text, start, end),
  );
}

describe('the Persian-line decision read in code units equals the one read in a string', () => {
  it('on any part of lines mixing the three languages, wherever the line sits in the buffer', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          withBounds(mixedLine(60)),
          withBounds(wordsLine),
          withBounds(hostileArabicText(60)),
          withBounds(settlingLine),
        ),
        fc.nat({ max: 4 }),
        ([text, start, end], offset) => {
          agreeInUnits(text, start, end, offset);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on the sample lines of each language and on every line of the fixture documents', () => {
    for (const line of sampleLines()) agreeInUnits(line, 0, line.length, 1);
  });

  it('on ZWNJs after a word with no letter, at the end of the line, or twice in a row', () => {
    const lines = [
      // A TATWEEL or a mark alone is no letter: the ZWNJ after it joins no two letters.
      '\u0640\u200cکتاب \u0640\u200cکتاب',
      '\u064e\u200cکتاب \u064e\u200cکتاب',
      'کتاب\u200cها کتاب\u200cها',
      'کتاب\u200c\u200cها کتاب\u200c',
      'می\u200cشود \u200c',
      'في علی\u200cها هذه\u200cی',
    ];
    for (const line of lines) {
      agreeInUnits(line, 0, line.length, 0);
      agreeInUnits(line, 0, line.length, 2);
      agree(line);
    }
  });
});

/** Line terminators (LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR). */
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;

/** The starts of the lines of `text`, and their ends (the index of each line break, or the length). */
function lineBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    if (end === text.length || LINE_BREAK.test(text[end]!)) {
      bounds.push([start, end]);
      start = end + 1;
    }
  }
  return bounds;
}

/**
 * At each unit of `text`, read from each line start before it (up to 3): the decision is the one on
 * the line holding the unit, read in its bounds, and the read ends at the line's break.
 */
function agreeOnEveryLine(text: string): void {
  const bounds = lineBounds(text);
  for (let line = 0; line < bounds.length; line++) {
    const [start, end] = bounds[line]!;
    const persian = isPersianLine(text, start, end);
    for (let at = start; at < end; at += 1 + (at % 7)) {
      for (let from = Math.max(0, line - 3); from <= line; from++) {
        expect(isPersianLineOf(text, bounds[from]![0], at)).toBe(persian);
        expect(endOfLineRead()).toBe(end);
      }
    }
  }
}

describe('the Persian-line decision on the line holding a unit, read from a line start before it', () => {
  it('is the decision on that line, and the read ends at its line break, on any lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(mixedLine(40), wordsLine, hostileArabicText(40), settlingLine), {
          maxLength: 5,
        }),
        fc.array(fc.constantFrom('\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029')),
        (lines, breaks) => {
          agreeOnEveryLine(
            lines
              .map((line, k) => line + (breaks[k % Math.max(breaks.length, 1)] ?? '\n'))
              .join(''),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on the fixture documents and on the sample lines joined by CR LF', () => {
    for (const name of DOCUMENT_NAMES) agreeOnEveryLine(readDocument(name));
    agreeOnEveryLine([...PERSIAN_LINES, ...ARABIC_LINES, ...URDU_LINES].join('\r\n'));
  });
});
