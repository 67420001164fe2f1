import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnicodeOptions } from '../../src/index.js';
import { cleanUnicode } from '../../src/unicode/index.js';
import { presentationForms } from '../../src/unicode/presentation-forms.generated.js';
import { arabicLetter, arabicMark, hostileArabicText } from '../support/arabic-arbitraries.js';

/** Text built around detached marks: letters, spaces, harakat and line breaks, densely mixed. */
const detachedMarks = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: arabicLetter },
      { weight: 5, arbitrary: fc.constantFrom(' ', ' ', '  ', '\u00a0') },
      { weight: 5, arbitrary: arabicMark },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '\n',
          '\n\n',
          '.',
          '2',
          'a',
          '"',
          '\u0640',
          '\u0640\u0640',
          '\u06da',
          '\u200d',
          '\u200b',
          '\u{1F469}',
          '\ufe0f',
        ),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...presentationForms().map(([f]) => String.fromCharCode(f))),
      },
    ),
    { maxLength: 40 },
  )
  .map((units) => units.join(''));

const anyText = fc.oneof(hostileArabicText(), detachedMarks);

/** A lone surrogate (NFC of ill-formed text is not defined by the engine). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const OPTION_SETS: [string, UnicodeOptions][] = [
  ['defaults', {}],
  ['whitespace: keep', { whitespace: 'keep' }],
  ['zwnj: space', { zwnj: 'space' }],
  ['zwnj: keep', { zwnj: 'keep' }],
  ['tatweel: keep', { tatweel: 'keep' }],
  ['diacritics: strip', { diacritics: 'strip' }],
  ['diacritics: strip-except-shadda', { diacritics: 'strip-except-shadda' }],
  ['repairDiacritics: false', { repairDiacritics: false }],
  [
    'the options of the minimal preset',
    { whitespace: 'keep', zwnj: 'keep', tatweel: 'keep', repairDiacritics: false },
  ],
  ['whitespace kept, repair on', { whitespace: 'keep', repairDiacritics: true }],
];

describe.each(OPTION_SETS)('cleanUnicode with %s', (_, options) => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cleanUnicode(text, options);
        expect(cleanUnicode(once, options)).toBe(once);
      }),
    );
  });

  it('gives the same output for a text and its NFD (canonical equivalence)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(cleanUnicode(text.normalize('NFD'), options)).toBe(cleanUnicode(text, options));
      }),
    );
  });

  it('outputs NFC text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = cleanUnicode(text, options);
        if (!LONE_SURROGATE.test(out)) expect(out.normalize('NFC')).toBe(out);
      }),
    );
  });
});

const REMOVED =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const SPACES_AND_BREAKS = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\u0085\u2028\u2029]/;

/** A ZWJ inside an emoji sequence, which stays. */
const EMOJI_ZWJ =
  /(?<=\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)\u200D(?=\p{Extended_Pictographic})/gu;

/** Whether stage 1 must leave none of `ch` in its default output (a ZWJ of an emoji aside). */
function removedOrMapped(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  const presentationForm =
    ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe)) &&
    ch.normalize('NFKC') !== ch;
  return presentationForm || REMOVED.test(ch) || SPACES_AND_BREAKS.test(ch);
}

/**
 * A vowel standing alone between spaces after a word of two letters or more that ends in a bare
 * letter other than ALEF (a case ending with a word to take it), or a haraka at a line start.
 * The letter classes here leave out TATWEEL (U+0640 lies inside U+0621–064A): it is no letter, and
 * a tatweel used as a dash or binding a prefix (`ــ`, `بــ`) stays.
 */
const ORPHAN =
  /[\u0621-\u063f\u0641-\u064a][\u0621-\u0626\u0628-\u063f\u0641-\u064a] [\u064b-\u0650\u0652](?= |\n|$)|^[\u064b-\u0652]|\n[\u064b-\u0652]/m;

/** A tatweel between two Arabic letters (decoration), after any marks of the first. */
const DECORATIVE_TATWEEL =
  /[\u0621-\u063f\u0641-\u064a][\u064b-\u0652\u0670]*\u0640+[\u0621-\u063f\u0641-\u064a]/;

describe('cleanUnicode with the defaults', () => {
  it('leaves none of the characters it removes or maps', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const left = Array.from(cleanUnicode(text).replace(EMOJI_ZWJ, '')).filter(removedOrMapped);
        expect(left.map((ch) => ch.codePointAt(0)!.toString(16))).toEqual([]);
      }),
    );
  });

  it('leaves no double space, no space at a line end or start, and at most one blank line', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(cleanUnicode(text)).not.toMatch(/ {2}| \n|\n |^ | $|\n{3}/);
      }),
    );
  });

  it('leaves no tatweel between two letters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(cleanUnicode(text)).not.toMatch(DECORATIVE_TATWEEL);
      }),
    );
  });

  it('leaves no case ending standing alone after a word that can take it, nor a haraka at a line start', () => {
    fc.assert(
      fc.property(detachedMarks, (text) => {
        const out = cleanUnicode(text);
        expect(ORPHAN.exec(out), JSON.stringify(out)).toBeNull();
      }),
    );
  });
});
