import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, type NormalizeOptions, normalize } from '../../src/index.js';

/**
 * Dense mixes of what the faithful-text rules look at: tatweels beside proclitics, the article,
 * quotes, digits and spaces; harakat standing alone or glued to words; Quranic signs; ZWJ beside
 * emoji, VS16, skin tones and letters; keycaps; and what other stages change next to them (ZWNJ,
 * brackets, digits of other systems, presentation forms). The rules must decide the same way on
 * their own output, in NFD, and explain() must account for every change.
 */
const token = fc.constantFrom(
  ...['ب', 'ل', 'ا', 'ه', 'و', 'ك', 'ف', 'م', 'ت', 'ة', 'ال', 'لل', '\u0671', '\u0622', '\u0625'],
  ...[' ', ' ', ' ', '\n', '\u00a0', '\u200c', '\u200b'],
  ...['\u0640', '\u0640\u0640', '2\u0640', '\u0647\u0640'],
  ...['\u064e', '\u064f', '\u0650', '\u064b', '\u064c', '\u0652', '\u0651', '\u06e1'],
  ...['\u0670', '\u0653', '\u0654', '\u06da', '\u06d6', '\u06de'],
  ...['\u200d', '\u{1F469}', '\ufe0f', '\u{1F3FD}', '\u20e3'],
  ...[
    '1',
    '\u0661',
    '\u06f1',
    '"',
    '«',
    '»',
    '(',
    '.',
    '،',
    ':',
    'x',
    '\ufe77',
    '\ufefb',
    '\ufe70',
  ],
);
const text = fc.array(token, { maxLength: 40 }).map((tokens) => tokens.join(''));

const OPTION_SETS: [string, NormalizeOptions][] = [
  ['standard', {}],
  ['search', { preset: 'search' }],
  ['minimal', { preset: 'minimal' }],
  ['diacritics strip-except-shadda', { diacritics: 'strip-except-shadda' }],
  ['zwnj as a space', { zwnj: 'space' }],
  ['arabic-indic digits', { digits: 'arabic-indic' }],
  ['whitespace kept', { whitespace: 'keep' }],
];

describe.each(OPTION_SETS)('faithful-text rules with %s', (_, options) => {
  it('decide the same way on their own output (idempotence)', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = normalize(input, options);
        expect(normalize(once, options)).toBe(once);
      }),
    );
  });

  it('give the same output for NFD and NFC input', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(normalize(input.normalize('NFD'), options)).toBe(
          normalize(input.normalize('NFC'), options),
        );
      }),
    );
  });

  it('are accounted for by explain(): its changes applied to the input give the output', () => {
    fc.assert(
      fc.property(text, (input) => {
        let rebuilt = '';
        let at = 0;
        for (const change of explain(input, options)) {
          rebuilt += input.slice(at, change.inputStart) + change.after;
          at = change.inputEnd;
        }
        expect(rebuilt + input.slice(at)).toBe(normalize(input, options));
      }),
    );
  });
});
