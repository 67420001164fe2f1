import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditRecorder } from '../../src/core/text-editor.js';
import { resolveOptions } from '../../src/options/resolve.js';
import type { PunctuationOptions } from '../../src/options/types.js';
import {
  normalizePunctuationResolved,
  normalizePunctuationUnskipped,
} from '../../src/punctuation/normalize-punctuation.js';
import {
  anyPunctuationOptions,
  arabicText,
  hostileArabicText,
} from '../support/arabic-arbitraries.js';

/** Output and recorded edits of one pass. */
const run = (
  pass: typeof normalizePunctuationResolved,
  text: string,
  options: PunctuationOptions,
) => {
  const edits: number[][] = [];
  const recorder: EditRecorder = { record: (s, e, l) => edits.push([s, e, l]) };
  const resolved = resolveOptions(options, 'normalizePunctuation', 'punctuation');
  return { output: pass(text, resolved, recorder), edits };
};

const anyOptions = anyPunctuationOptions;

/**
 * Short pieces around the places where skipping through words stops or starts: letters of both
 * scripts (ASCII, accented, presentation forms, tatweel), marks, every kind of space, line
 * breaks, token and path characters, Markdown brackets, quotes, clause marks, hyphens and digits.
 */
const piece = fc.oneof(
  fc.constantFrom(
    ...Array.from(
      'بتثجحخدذرزسشصضطظعغفقكلمنهوي' +
        '\u0640\ufe8d\ufefb\u06cc\u06a9' +
        '\u064b\u064e\u0650\u0651\u0652\u0670' +
        'abzAZéÖ' +
        ' \u00a0\t\u2009\u3000\n\r\u2028' +
        '.@/~()[]!_%+#=' +
        '"\'«»“”‘’' +
        ',،;؛?؟:…' +
        '-\u2010\u2013\u2014\u2212' +
        '05٣۷٫٬',
    ),
  ),
  fc.constantFrom(
    'أ.د.',
    'ص.ب',
    'ش.م.ع.',
    'ا.',
    'e.g',
    'www.',
    'http://',
    'a@b.co',
    '](',
    '![',
    '../',
  ),
);
const edgyText = fc.array(piece, { maxLength: 50 }).map((parts) => parts.join(''));

describe('normalizePunctuation skipping through words', () => {
  it.each([
    ['plain Arabic prose', 'قال الوزير إن العمليات مستمرة'],
    ['an abbreviation after a word', 'قال أ.د. محمد'],
    ['a mark before a space and a clause mark after a word', 'كتابٌ , قال'],
    ['a Latin token after an accented letter', 'éa.b.com'],
    ['a two-letter Arabic word before a full stop', 'في هو.'],
    ['an abbreviation with marks after words', 'قال بَ.تَ. اليوم'],
    ['an abbreviation after a zero-width space', 'قال\u200bأ.د.'],
    ['an abbreviation after a Latin word', 'abc أ.د. هنا'],
    ['Arabic words up to the end of the text', 'قال هو'],
  ])('gives the same output and edits as the general path on %s', (_name, text) => {
    expect(run(normalizePunctuationResolved, text, {})).toEqual(
      run(normalizePunctuationUnskipped, text, {}),
    );
  });

  it('gives the same output and edits as the general path on any text and options', () => {
    fc.assert(
      fc.property(
        fc.oneof(edgyText, arabicText(), hostileArabicText()),
        anyOptions,
        (text, options) => {
          expect(run(normalizePunctuationResolved, text, options)).toEqual(
            run(normalizePunctuationUnskipped, text, options),
          );
        },
      ),
    );
  });

  it('records no edit in prose that needs no change', () => {
    const text = 'قال الوزير إن العمليات مستمرة، وأضاف أن الحكومة تعمل.';
    expect(run(normalizePunctuationResolved, text, {})).toEqual({ output: text, edits: [] });
  });
});
