import fc from 'fast-check';
import { afterEach, expect, it, vi } from 'vitest';
import type { EditRecorder } from '../../src/core/text-editor.js';
import { kernelInputOf, kernelTakes, useFusedKernel } from '../../src/fast/fused-kernel.js';
import { COPIED_FROM, nativeUnitsOf } from '../../src/fast/input-units.js';
import { mapFarsiLettersResolved } from '../../src/letters/map-farsi-letters.js';
import {
  endOfLineRead,
  isPersianLineOf,
  isPersianLineOfUnits,
} from '../../src/letters/persian-passages.js';
import { resolveOptions } from '../../src/options/resolve.js';
import { zwnjLeftForStage2 } from '../../src/pipeline.js';
import { anyOptions, hostileArabicText, loneSurrogate } from '../support/arabic-arbitraries.js';
import { describeForEachCopy, readingStrings, recordedSteps } from '../support/native-copy.js';
import { ARABIC_LINES, PERSIAN_LINES, URDU_LINES } from './language-samples.js';

// When it records its edits, the letters pass reads its lines in a native copy of the text's
// units (`copiedUnitsOf`, src/fast/input-units.ts) where the runtime has Node's Buffer: the lines must be decided
// as in the string, and the pass must record the same edits, in the same order, as where there is
// no Buffer.

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Pieces of Persian, Urdu and Arabic lines, with what the line read stops or starts anew at. */
const piece = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...PERSIAN_LINES.slice(0, 20), ...URDU_LINES.slice(0, 20)),
  },
  { weight: 3, arbitrary: fc.constantFrom(...ARABIC_LINES.slice(0, 30)) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'ی',
      'ک',
      'ه',
      'ۀ',
      'ے',
      'می\u200cخواهم',
      'کتاب\u200cها',
      'فی',
      'علی',
      'الکتاب',
      '\u200c',
      '\u064e',
      '\ufbfe',
      '\ufee6',
      'ئ',
      'آ',
      ' ',
      '  ',
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      '\u2029',
      '\u0085',
      '.',
      'a',
      '٣',
    ),
  },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: hostileArabicText(8) },
);
const lines = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));

/** `text`'s units in a buffer, with units after them that would change a line if read. */
function inBuffer(text: string, after: string): Uint16Array {
  const units = new Uint16Array(text.length + after.length);
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  for (let k = 0; k < after.length; k++) units[text.length + k] = after.charCodeAt(k);
  return units;
}

/** The edits of the letters pass on `text`, recorded, and its output. */
function recordedLetters(text: string, options: ReturnType<typeof resolveOptions>) {
  const edits: number[][] = [];
  const recorder: EditRecorder = { record: (s, e, l, r) => edits.push([s, e, l, r]) };
  const output = mapFarsiLettersResolved(text, options, recorder, zwnjLeftForStage2(options));
  return { output, edits };
}

/** Texts at the copy's edges, slices of longer strings, Persian and Urdu lines, surrogates. */
function edgeTexts(): string[] {
  const persian = PERSIAN_LINES.slice(0, 12).join('\n');
  const mixed = `${ARABIC_LINES.slice(0, 8).join('\n')}\n${persian}\n${URDU_LINES.slice(0, 8).join('\r\n')}`;
  const long = `${mixed}\n${mixed}\u2029${mixed}`;
  const texts = ['', 'ی', 'علی', '\ud800ی'];
  for (const length of [255, 256, 257, 1000]) {
    texts.push(long.slice(0, length), long.slice(long.length - length));
    texts.push(long.slice(3, 3 + length), `\udc00${long.slice(9, 8 + length)}`);
  }
  texts.push(long, long.slice(1, -1), `${long}\ud83d`, mixed + mixed);
  return texts;
}

describeForEachCopy(
  'the lines of the letters pass read in a copy of the text’s units',
  (kernel) => {
    it('are decided as in the string, and end where they end there', () => {
      fc.assert(
        fc.property(lines, fc.nat(), fc.nat(), (text, a, b) => {
          const units = inBuffer(text, 'گ\u200cپ\nی');
          const at = text.length === 0 ? 0 : a % text.length;
          const from = at === 0 ? 0 : b % (at + 1);
          const inString = isPersianLineOf(text, from, at);
          const endInString = endOfLineRead();
          const label = `${JSON.stringify(text)} from ${from} at ${at}`;
          expect(isPersianLineOfUnits(units, text.length, from, at), label).toBe(inString);
          expect(endOfLineRead(), label).toBe(endInString);
        }),
        { numRuns: 2_000 },
      );
    });

    it('are decided as in the string on the language samples, whole and at every line', () => {
      const text = [...PERSIAN_LINES, ...ARABIC_LINES, ...URDU_LINES].join('\n');
      const units = inBuffer(text, '');
      for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
        const inString = isPersianLineOf(text, at, at);
        const endInString = endOfLineRead();
        expect(isPersianLineOfUnits(units, text.length, at, at)).toBe(inString);
        expect(endOfLineRead()).toBe(endInString);
      }
    });

    it('are copied only by a recording pass: unrecorded (in the fused pass) the buffers are left', () => {
      const text = `${'ی'.repeat(COPIED_FROM)} کتاب`;
      const options = resolveOptions({ preset: 'standard' }, 'test');
      const held = 'ب'.repeat(COPIED_FROM);
      // The kernel instantiated (it is at the first text it is asked about).
      useFusedKernel(true);
      expect(kernelTakes(0)).toBe(true);
      useFusedKernel(kernel);
      const native = nativeUnitsOf(held)!;
      const kernelInput = kernelInputOf(held);
      const holds = (units: Uint16Array, expected: string) =>
        String.fromCharCode(...units.subarray(0, expected.length)) === expected;
      mapFarsiLettersResolved(text, options, undefined, zwnjLeftForStage2(options));
      expect(holds(native, held) && holds(kernelInput, held)).toBe(true);
      mapFarsiLettersResolved(text, options, { record: () => {} }, zwnjLeftForStage2(options));
      // Into the kernel's input where the kernel runs, else into the native copy.
      expect(holds(kernel ? kernelInput : native, text)).toBe(true);
      expect(holds(kernel ? native : kernelInput, held)).toBe(true);
    });

    it('make the pass record the same edits as without Buffer on texts at the copy’s edges', () => {
      const texts = edgeTexts();
      const settings = [
        {},
        { farsiLetters: 'arabic' },
        { zwnj: 'space' },
        { preset: 'search' },
      ] as const;
      for (const setting of settings) {
        const options = resolveOptions(setting, 'test');
        const withCopy = texts.map((text) => recordedLetters(text, options));
        const withoutCopy = readingStrings(() =>
          texts.map((text) => recordedLetters(text, options)),
        );
        expect(withCopy).toEqual(withoutCopy);
        for (let k = 0; k < texts.length; k++) {
          expect(withCopy[k]!.output).toBe(
            mapFarsiLettersResolved(texts[k]!, options, undefined, zwnjLeftForStage2(options)),
          );
        }
      }
    });

    it('make every pass of the recorded pipeline record the same edits as without Buffer', () => {
      const long = fc
        .array(lines, { minLength: 8, maxLength: 16 })
        .map((parts) => parts.join('\n'));
      const cases = fc.sample(fc.tuple(long, anyOptions, fc.nat(20)), { numRuns: 120, seed: 69 });
      // Slices of a longer string, as a document cut from a file is.
      const texts = cases.map(([text, , cut]) => `${text}\n${text}`.slice(cut, text.length + cut));
      const withCopy = cases.map(([, o], k) => recordedSteps(texts[k]!, resolveOptions(o, 'test')));
      const withoutCopy = readingStrings(() =>
        cases.map(([, o], k) => recordedSteps(texts[k]!, resolveOptions(o, 'test'))),
      );
      expect(texts.filter((text) => text.length >= COPIED_FROM).length).toBeGreaterThan(60);
      expect(withCopy).toEqual(withoutCopy);
    });
  },
);
