import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPIED_FROM, COPIED_UP_TO, copiedUnitsOf } from '../../src/fast/input-units.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { loneSurrogate } from '../support/arabic-arbitraries.js';
import { referenceSplitSentences } from './reference-split-sentences.js';

// The scan reads the units around each stop from a copy of the text (`copiedUnitsOf`, src/fast/input-units.ts) where the
// runtime has Node's Buffer and the text is long enough, else from the string: both must split
// every text as the reference does, a slice of a longer string (as a document cut from a file is)
// and a text with lone surrogates too.

/** Pieces around full stops: words, marks, format controls, spaces, line breaks, a dotted word. */
const piece = fc.constantFrom(
  'كلمة',
  'وصل',
  'د',
  'ق.م',
  'Corp',
  'a.b',
  '7.7',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\u2029',
  '.',
  '. ',
  '.\n',
  '؟ ',
  '! ',
  '…',
  '»',
  '.[3] ',
  '![صورة](a.png) ',
  'http://a.b/c. ',
  '\u200f',
  '\u0640',
  '\u064e',
  '\ufeff',
);

/** A text of at least {@link COPIED_FROM} units, cut from the middle of a longer string. */
const slicedText = fc
  .tuple(
    fc.array(fc.oneof({ weight: 8, arbitrary: piece }, { weight: 1, arbitrary: loneSurrogate }), {
      minLength: 1,
      maxLength: 120,
    }),
    fc.nat(40),
  )
  .map(([pieces, cut]) => {
    let body = pieces.join('');
    while (body.length < COPIED_FROM + cut) body += ` ${pieces.join('')}`;
    const whole = `${'ابتداء. '.repeat(10)}${body}${' انتهاء.'.repeat(10)}`;
    return whole.slice(80 + cut, whole.length - 70);
  });

/** The units `units[0, length)` as a string. */
const read = (units: Uint16Array, length: number) =>
  String.fromCharCode(...Array.from(units.subarray(0, length)));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the copy of the text’s units that the scan reads', () => {
  it('holds the units of a sliced text, lone surrogates included, and of each later text', () => {
    const whole = `${'كتاب \ud800 جديد. '.repeat(80)}\udc00`;
    const slice = whole.slice(9, 900);
    expect(read(copiedUnitsOf(slice)!, slice.length)).toBe(slice);
    const other = whole.slice(3, 700);
    expect(read(copiedUnitsOf(other)!, other.length)).toBe(other);
  });

  it('is not made for a short text or a very long one: the scan reads the string', () => {
    expect(copiedUnitsOf('قال. ثم ذهب.')).toBeNull();
    expect(copiedUnitsOf('ب'.repeat(COPIED_UP_TO + 1))).toBeNull();
  });

  it('splits a sliced text read from the copy exactly as the reference does', () => {
    fc.assert(
      fc.property(slicedText, (text) => {
        expect(copiedUnitsOf(text)).not.toBeNull();
        expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
        const wrapped = { hardWrapped: true };
        expect(splitSentences(text, wrapped)).toEqual(referenceSplitSentences(text, wrapped));
      }),
      { numRuns: 300 },
    );
  });

  it('splits the same sliced texts exactly as the reference does where there is no Buffer', () => {
    vi.stubGlobal('Buffer', undefined);
    // Longer than any copy so far: a new buffer, for which no Buffer is found.
    const long = `${'كتاب جديد. '.repeat(7000)}`.slice(3);
    expect(copiedUnitsOf(long)).toBeNull();
    fc.assert(
      fc.property(slicedText, (text) => {
        expect(copiedUnitsOf(text)).toBeNull();
        expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
      }),
      { numRuns: 150 },
    );
    vi.unstubAllGlobals();
    // A longer text again makes a new buffer, with a Buffer over it.
    const longer = `${'كتاب جديد. '.repeat(14000)}`.slice(5);
    expect(copiedUnitsOf(longer)).not.toBeNull();
    expect(splitSentences(longer)).toEqual(referenceSplitSentences(longer));
  });
});
