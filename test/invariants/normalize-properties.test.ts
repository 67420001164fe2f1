import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NormalizeOptions, normalize, presets } from '../../src/index.js';
import { arabicText, hostileArabicText } from '../support/arabic-arbitraries.js';

/** Every preset, and a sample of option combinations away from the presets. */
const OPTION_SETS: [string, NormalizeOptions][] = [
  ...Object.keys(presets).map((preset) => [preset, { preset }] as [string, NormalizeOptions]),
  ['standard, arabic-indic digits, guillemets', { digits: 'arabic-indic', quotes: 'guillemets' }],
  ['standard, persian digits, latin punctuation', { digits: 'persian', punctuation: 'latin' }],
  ['standard, zwnj as space, tatweel kept', { zwnj: 'space', tatweel: 'keep' }],
  ['standard, diacritics strip-except-shadda', { diacritics: 'strip-except-shadda' }],
  ['standard, no repairs', { repairDiacritics: false, punctuationSpacing: false }],
  [
    'search, whitespace kept, hyphen dashes',
    { preset: 'search', whitespace: 'keep', dashes: 'hyphen' },
  ],
  ['minimal, visual-order numbers', { preset: 'minimal', visualOrderNumbers: true }],
];

const isLoneSurrogate = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
};
const loneSurrogates = (text: string) =>
  Array.from({ length: text.length }, (_, i) => i).filter((i) => isLoneSurrogate(text, i)).length;

/** Whether `needle` is a subsequence of `haystack` (both arrays of strings). */
function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  let j = 0;
  for (const item of haystack) if (j < needle.length && item === needle[j]) j++;
  return j === needle.length;
}

/**
 * Letters no option maps, folds or removes in `options`: Latin letters and Arabic base letters,
 * compared after canonical decomposition (NFC may legitimately compose ALEF and a combining MADDA
 * into ALEF WITH MADDA, or a mark put back on WAW into WAW WITH HAMZA), less the letters the search
 * folds replace (ALEF MAKSURA, TEH MARBUTA) are written as the letters they fold to.
 */
function keptLetters(text: string, options: NormalizeOptions): string[] {
  const search = options.preset === 'search';
  return Array.from(text.normalize('NFD'))
    .filter((ch) => /[A-Za-z\u0621-\u063a\u0641-\u064a]/.test(ch))
    .map((ch) =>
      search && ch === '\u0649' ? '\u064a' : search && ch === '\u0629' ? '\u0647' : ch,
    );
}

/**
 * The letters of the input that must survive: {@link keptLetters}, with a run of one letter counted
 * once when the `elongation` option reduces runs of three or more.
 */
function lettersThatSurvive(text: string, options: NormalizeOptions): string[] {
  const letters = keptLetters(text, options);
  const reduces =
    (options.elongation ?? presets[options.preset ?? 'standard'].elongation) === 'reduce';
  if (!reduces) return letters;
  const survive: string[] = [];
  for (let i = 0; i < letters.length; ) {
    let j = i + 1;
    while (j < letters.length && letters[j] === letters[i]) j++;
    // Counted once from two on: a letter the pipeline maps (a presentation form of YEH BARREE, a
    // folded ALEF MAKSURA) may complete a run of three with them.
    survive.push(letters[i]!);
    i = j;
  }
  return survive;
}

/** The value of each digit, whatever its system. */
function digitValues(text: string): string[] {
  return Array.from(text)
    .map((ch) => ch.charCodeAt(0))
    .filter(
      (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9),
    )
    .map((c) => String(c <= 0x39 ? c - 0x30 : c <= 0x669 ? c - 0x660 : c - 0x6f0));
}

describe.each(OPTION_SETS)('normalize with %s', (_, options) => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(hostileArabicText(), (text) => {
        const once = normalize(text, options);
        expect(normalize(once, options)).toBe(once);
      }),
    );
  });

  it('gives the same output for canonically equivalent input (NFD and NFC)', () => {
    fc.assert(
      fc.property(arabicText(), (text) => {
        expect(normalize(text.normalize('NFD'), options)).toBe(
          normalize(text.normalize('NFC'), options),
        );
      }),
    );
  });

  it('never throws, and turns each lone surrogate into U+FFFD, so the output is well-formed UTF-16', () => {
    fc.assert(
      fc.property(
        hostileArabicText(),
        fc.string({ unit: 'binary', maxLength: 20 }),
        (text, noise) => {
          const input = text + noise;
          const output = normalize(input, options);
          expect(loneSurrogates(output)).toBe(0);
          const replacements = (s: string) => s.split('\ufffd').length - 1;
          expect(replacements(output)).toBe(replacements(input) + loneSurrogates(input));
        },
      ),
    );
  });

  it('loses no letter and no digit value: they all survive, in order', () => {
    fc.assert(
      fc.property(hostileArabicText(), (text) => {
        const output = normalize(text, options);
        expect(isSubsequence(lettersThatSurvive(text, options), keptLetters(output, options))).toBe(
          true,
        );
        if (!options.visualOrderNumbers) {
          expect(isSubsequence(digitValues(text), digitValues(output))).toBe(true);
        }
      }),
    );
  });
});
