import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextEditor } from '../../src/core/text-editor.js';
import { makeCoverEdits, punctuationCoverEnd } from '../../src/punctuation/cover.js';
import {
  normalizePunctuationResolved,
  normalizePunctuationUnskipped,
} from '../../src/punctuation/normalize-punctuation.js';
import { spanMayStartAtDigit } from '../../src/punctuation/protected-spans.js';
import { anyPunctuationOptions } from '../support/arabic-arbitraries.js';
import { propertyRuns } from '../support/property-runs.js';
import {
  resolvePunctuation as resolve,
  runRecorded as run,
} from '../support/punctuation-passes.js';

/**
 * Stage 3's own gate, which also passes numbers that the number rule rewrites
 * (src/punctuation/cover.ts): where it covers lines whole, the stage's only edits there are the
 * number rule's edits that it kept, and the stage, which makes those and scans the rest,
 * gives the general path's output and edits. A run costs well under a millisecond.
 */
const RUNS = propertyRuns(5_000, 2_000);

/**
 * Numbers and what stands around them: digits of the three systems, their separators and signs
 * (and look-alikes that are none), keycaps, the starts of URLs, e-mail addresses and tokens,
 * letters of both scripts, spaces and line breaks, brackets, quotes and clause marks.
 */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Array.from('0159٠٣٩۰۴۹')) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...Array.from(
        ' \n\u00a0\u202f\u2009\u3000\u1680\u205f\t\r\u2028.,٫٬،:/-\u2010\u2013\u2212+%٪‰؉@_#&;' +
          'بلمa\u064e\u20e3\ufe0f()[]«»"\'“”!?؟؛',
      ),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ',
      ' ',
      '\n',
      '@b.co',
      '@b٫co',
      'x.com',
      ' /ملف/م',
      'http://',
      'www.',
      '.com',
      'a@b.co',
      '@مثال.com',
      '1-2-3+',
      '۱۳۹۸/۰۲/۱۵',
      '2۰14',
      '۱۱0,000',
      ' في ',
      'قال، ',
      '](',
    ),
  },
);
const numberText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** The edits that the last cover kept up to `line`, as a recorder receives them. */
function keptEdits(text: string, line: number) {
  const edits: number[][] = [];
  makeCoverEdits(new TextEditor(text, { record: (s, e, l, r) => edits.push([s, e, l, r]) }), line);
  return edits;
}

describe('stage 3 gate that passes rewritten numbers (punctuationCoverEnd)', () => {
  it('covers a text whole only where the general path makes just the edits it kept', () => {
    let covered = 0;
    fc.assert(
      fc.property(numberText, anyPunctuationOptions, (text, o) => {
        const options = resolve(o);
        if (punctuationCoverEnd(text, options, 0) !== text.length) return;
        const kept = keptEdits(text, text.length);
        if (kept.length > 0) covered++;
        expect(run(normalizePunctuationUnskipped, text, options).edits).toEqual(kept);
      }),
      { numRuns: RUNS },
    );
    expect(covered).toBeGreaterThan(RUNS / 20);
  });

  it('lets the stage give the output and edits of the general path on text full of numbers', () => {
    fc.assert(
      fc.property(numberText, anyPunctuationOptions, (text, o) => {
        const options = resolve(o);
        expect(run(normalizePunctuationResolved, text, options)).toEqual(
          run(normalizePunctuationUnskipped, text, options),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('passes numbers in another digit system after a space or a line break, and keeps their edits', () => {
    const text = 'في عام ۲۰۱۴ قال\n٢0۱8، ثم 60,00۰ شخص';
    expect(punctuationCoverEnd(text, resolve({}), 0)).toBe(text.length);
    expect(keptEdits(text, text.length).map(([start]) => start)).toEqual([7, 16, 25]);
    expect(keptEdits(text, 16).map(([start]) => start)).toEqual([7]);
    expect(normalizePunctuationResolved(text, resolve({}))).toBe(
      'في عام 2014 قال\n2018، ثم 60,000 شخص',
    );
  });

  it('passes numbers in another digit system after an opening bracket or a quote after a space', () => {
    const text = 'في (۲۰۱۴) و "٢0۱8" و [۱۹]';
    expect(punctuationCoverEnd(text, resolve({}), 0)).toBe(text.length);
    expect(keptEdits(text, text.length).map(([start]) => start)).toEqual([4, 13, 22]);
  });

  it('passes numbers after a no-break or narrow space, which minimal and whitespace keep leave', () => {
    const text = 'منذ عام\u202f20١٨، تحول\n(\u00a0٢0۱8) و\u3000"۲0۱۴"';
    for (const o of [{}, { preset: 'minimal' as const }]) {
      expect(punctuationCoverEnd(text, resolve(o), 0)).toBe(text.length);
      expect(keptEdits(text, text.length).map(([start]) => start)).toEqual([8, 21, 30]);
    }
    expect(normalizePunctuationResolved(text, resolve({ preset: 'minimal' }))).toBe(
      'منذ عام\u202f2018، تحول\n(\u00a0٢٠١٨) و\u3000"۲۰۱۴"',
    );
  });

  it('leaves a number after a space that a URL may hold (OGHAM SPACE MARK) to the scan', () => {
    const text = 'في عام\u1680۲۰۱۴ قال';
    expect(punctuationCoverEnd(text, resolve({}), 0)).toBe(text.indexOf('۲'));
    expect(normalizePunctuationResolved(text, resolve({}))).toBe('في عام\u16802014 قال');
    // In a URL, the space does not end it: the number is the URL's, left as written.
    const url = 'انظر http://a.com/x\u1680۲۰۱۴ الآن';
    expect(normalizePunctuationResolved(url, resolve({}))).toBe(url);
  });

  it('passes a Markdown target as it is, numbers and all', () => {
    const text = 'انظر [هنا](۲۰۱۴) الآن';
    expect(punctuationCoverEnd(text, resolve({}), 0)).toBe(text.length);
    expect(keptEdits(text, text.length)).toEqual([]);
  });

  it('keeps no edit where the numbers need no change', () => {
    const text = 'في عام 2014 قال';
    expect(punctuationCoverEnd(text, resolve({}), 0)).toBe(text.length);
    expect(keptEdits(text, text.length)).toEqual([]);
  });

  it.each([
    ['a number glued to a letter', 'في عام۲۰۱۴ قال', 6],
    ['a number after a bracket glued to a word', 'في ك(۲۰۱۴) قال', 5],
    ['a number after a bracket inside a path', 'انظر /ملف/ب(۲۰۱۴) الآن', 12],
    ['a number that starts an e-mail address', 'راسل ۲۰۱۴@example.com الآن', 5],
    [
      'a number that starts an e-mail address with no full stop (an Arabic decimal separator)',
      'راسل ۱2@b٫co الآن',
      5,
    ],
    ['a number that starts an e-mail address with an Arabic local part', 'راسل ۲۰م@مثال.com', 5],
    ['a number that starts a Latin token', 'زر ۲۰x.example.com الآن', 3],
  ])('stops at %s', (_name, text, at) => {
    expect(punctuationCoverEnd(text, resolve({}), 0)).toBe(at);
    expect(keptEdits(text, text.length)).toEqual([]);
  });

  it.each([
    ['digits alone', '۲۰۱۴ قال', false],
    ['digits before an Arabic word', '۲۰۱۴كم', false],
    ['digits before an ASCII letter', '۲۰۱۴km', true],
    ['digits and separators before an @', '1.5@x.co', true],
    ['digits and Arabic letters before an @', '۲م@x.co', true],
    ['digits before a space and an @', '12 @x', false],
  ])('tells whether a span may start at a digit: %s', (_name, text, may) => {
    expect(spanMayStartAtDigit(text, 0)).toBe(may);
  });
});
