import fc from 'fast-check';
import { afterEach, expect, it, vi } from 'vitest';
import { COPIED_FROM, COPIED_UP_TO, copiedUnitsOf } from '../../src/fast/input-units.js';
import { resolveOptions } from '../../src/options/resolve.js';
import { coveredWithoutRun } from '../../src/punctuation/cover.js';
import {
  normalizePunctuationResolved,
  normalizePunctuationUnskipped,
} from '../../src/punctuation/normalize-punctuation.js';
import {
  anyOptions,
  anyPunctuationOptions,
  hostileArabicText,
  loneSurrogate,
  tokenMixText,
} from '../support/arabic-arbitraries.js';
import { describeForEachCopy, readingStrings, recordedSteps } from '../support/native-copy.js';
import { resolvePunctuation as resolve, runRecorded } from '../support/punctuation-passes.js';

// Given a string, stage 3's first gate reads a native copy of its units (`copiedUnitsOf`, src/fast/input-units.ts) where the
// runtime has Node's Buffer: the stage must give the same output, record the same edits in the
// same order and tell the elongation step the same as where there is no Buffer, and as its
// general path (every character scanned, no gate).

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Lines of noisy Arabic text with numbers, marks, quotes and runs of elongation. */
const piece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'قال الوزير: نعم، ',
      'في عام ۲۰۱۴ قال',
      'كتييير ',
      'ككك',
      ' , ',
      '?',
      '«نعم»',
      '"لا" ',
      '(٣)',
      '1,500',
      '١٫٥٪',
      'a@b.co ',
      'x.com/ككك ',
      '](',
      ' - ',
      '\n',
      '  ',
      '. ',
    ),
  },
  { weight: 2, arbitrary: tokenMixText(6) },
  { weight: 1, arbitrary: hostileArabicText(10) },
  { weight: 1, arbitrary: loneSurrogate },
);
const body = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
/** A text of at least 256 units, sliced from a longer string as a document cut from a file is. */
const longText = fc.tuple(body, fc.nat(30)).map(([text, cut]) => {
  let whole = text;
  while (whole.length < COPIED_FROM + 2 * cut + 40) whole += `\n${text}`;
  return whole.slice(cut, whole.length - cut);
});

/** Stage 3 recorded on each text, and what it tells the elongation step. */
function stage3(texts: readonly string[], options: ReturnType<typeof resolve>) {
  return texts.map((text) => ({
    ...runRecorded(normalizePunctuationResolved, text, options),
    idle: coveredWithoutRun(),
  }));
}

describeForEachCopy('stage 3’s gate reading a copy of its input’s units', () => {
  it('is copied for a text of 256 units to a million only', () => {
    expect(copiedUnitsOf('ب'.repeat(COPIED_FROM))).not.toBeNull();
    expect(copiedUnitsOf('ب'.repeat(COPIED_FROM - 1))).toBeNull();
    expect(copiedUnitsOf('ب'.repeat(COPIED_UP_TO + 1))).toBeNull();
  });

  it('gives the output and edits of the general path, and tells the elongation step the same', () => {
    const cases = fc.sample(fc.tuple(longText, anyPunctuationOptions), {
      numRuns: 150,
      seed: 69,
    });
    const texts = cases.map(([text]) => text);
    for (const [, o] of [cases[0]!, ...cases.slice(1, 4)]) {
      const options = resolve(o);
      const withCopy = stage3(texts, options);
      const withoutCopy = readingStrings(() => stage3(texts, options));
      expect(withCopy).toEqual(withoutCopy);
      for (let k = 0; k < texts.length; k++) {
        const general = runRecorded(normalizePunctuationUnskipped, texts[k]!, options);
        expect(withCopy[k]!.output, JSON.stringify(texts[k])).toBe(general.output);
        expect(withCopy[k]!.edits).toEqual(general.edits);
      }
    }
    // Not vacuous: texts the gate passed whole, with and without a run, and texts it stopped in.
    const options = resolve({});
    const outcomes = stage3(texts, options);
    expect(outcomes.filter((o) => o.idle).length).toBeGreaterThan(10);
    expect(outcomes.filter((o) => o.edits.length > 0).length).toBeGreaterThan(10);
  });

  it('gives the same edits as without Buffer on texts at the copy’s edges', () => {
    const line = 'قال الوزير: نعم، في عام ۲۰۱۴ كتييير «جدا» , ثم ذهب?\n';
    const whole = line.repeat(12);
    const texts = ['', '.', '٣', '\ud800'];
    for (const length of [255, 256, 257, 600]) {
      texts.push(whole.slice(0, length), whole.slice(whole.length - length));
      texts.push(whole.slice(5, 5 + length), `${whole.slice(1, length)}\udc00`);
      texts.push('ب'.repeat(length), `${'في عام ۲۰۱۴ قال '.repeat(40)}`.slice(0, length));
    }
    for (const o of [{}, { digits: 'ascii' }, { punctuation: 'latin' }] as const) {
      const options = resolve(o);
      expect(stage3(texts, options)).toEqual(readingStrings(() => stage3(texts, options)));
    }
  });

  it('makes every pass of the recorded pipeline record the same edits as without Buffer', () => {
    const cases = fc.sample(fc.tuple(longText, anyOptions), { numRuns: 150, seed: 15 });
    const run = () => cases.map(([text, o]) => recordedSteps(text, resolveOptions(o, 'test')));
    expect(run()).toEqual(readingStrings(run));
  });
});
