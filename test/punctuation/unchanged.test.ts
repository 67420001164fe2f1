import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isElongationLetter } from '../../src/letters/reduce-elongation.js';
import type { PunctuationOptions } from '../../src/options/types.js';
import {
  normalizePunctuationResolved,
  normalizePunctuationUnskipped,
} from '../../src/punctuation/normalize-punctuation.js';
import {
  convertedDigitsEnd,
  keptDigitsEnd,
  rewriteNumber,
  scanNumber,
} from '../../src/punctuation/numbers.js';
import { COMMA, ROLES } from '../../src/punctuation/scan/roles.js';
import {
  COMMA_BIT,
  coverUnitBits,
  isLoneMarkUnit,
  LONE_MARK_BITS,
  loneMarkEnd,
  numberRuleEnd,
  punctuationUnchangedAt,
  punctuationUnchangedEnd,
  QUOTE_PASS_BITS,
  untouchedUnits,
} from '../../src/punctuation/unchanged.js';
import {
  anyPunctuationOptions,
  arabicText,
  hostileArabicText,
  tokenMixText,
} from '../support/arabic-arbitraries.js';
import { propertyRuns } from '../support/property-runs.js';
import {
  resolvePunctuation as resolve,
  runRecorded as run,
} from '../support/punctuation-passes.js';

/**
 * The read-only gate of stage 3 (src/punctuation/unchanged.ts): where it vouches for a text, the
 * stage's general path (no gate, no skipping) leaves that text as it is; and the stage, which
 * starts its scan at the line where the gate stops, gives the general path's output and edits.
 * A run costs about 4 ms (two passes over text up to a few hundred units): 5,000 in CI.
 */
const RUNS = propertyRuns(5_000, 1_000);

const anyOptions = anyPunctuationOptions;

/** Pieces that sit where the gate decides: marks, quotes, brackets, numbers, spans, spaces. */
const piece = fc.oneof(
  fc.constantFrom(
    ...Array.from(
      'بتثجحخدسعلمنهوي\u0640\u064b\u0650\u0651abzé ' +
        ' \u00a0\t\n\r\u2028.@/~()[]{}!_%+#&;:\\"\'«»“”‘’„,،;؛?؟…-\u2010\u2013\u2014\u2212' +
        '05٣۷٫٬٪\u20e3\ufe0f',
    ),
  ),
  fc.constantFrom(
    'أ.د.',
    'ص.ب',
    'قال. ',
    'قال، ',
    'هو.و',
    'e.g',
    'www.',
    'a@b.co',
    '](',
    '![',
    '](/a/1.png)',
    '../',
    '1-2-3+',
    '10:30',
    '110,000',
    '7.5%',
    '&amp;',
  ),
);
const edgyText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(edgyText, arabicText(), hostileArabicText(), tokenMixText());

/**
 * Texts the gate often vouches for: the stage's own output (which it leaves as it is), and that
 * output with one piece put in somewhere, which may or may not need the stage again.
 */
const nearlyNormal = fc
  .tuple(anyText, anyOptions, fc.option(piece), fc.nat())
  .map(([text, options, extra, at]) => {
    const resolved = resolve(options);
    const normal = normalizePunctuationUnskipped(text, resolved);
    if (extra === null) return { text: normal, options: resolved };
    const k = at % (normal.length + 1);
    return { text: normal.slice(0, k) + extra + normal.slice(k), options: resolved };
  });

/** Text for the fast forms of stage 3's test: hostile pieces, or text that is nearly normal. */
const edgyOrNearlyNormal = fc.oneof(
  edgyText,
  nearlyNormal.map((c) => c.text),
);

/**
 * Lines of which some are the stage's own output and some are not: the stage runs the gate again
 * at each line start after the lines it had to scan.
 */
const manyLines = fc
  .tuple(
    anyOptions,
    fc.array(fc.tuple(anyText, fc.option(piece, { freq: 3 }), fc.nat()), { maxLength: 8 }),
  )
  .map(([options, lines]) => {
    const resolved = resolve(options);
    const text = lines
      .map(([line, extra, at]) => {
        const normal = normalizePunctuationUnskipped(line, resolved);
        if (extra === null) return normal;
        const k = at % (normal.length + 1);
        return normal.slice(0, k) + extra + normal.slice(k);
      })
      .join('\n');
    return { text, options: resolved };
  });

describe('the stage 3 gate (punctuationUnchangedEnd)', () => {
  it('vouches only for text that the general path leaves as it is', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearlyNormal,
          anyText.map((text) => ({ text, options: resolve({}) })),
        ),
        ({ text, options }) => {
          if (punctuationUnchangedEnd(text, options) === text.length) {
            expect(run(normalizePunctuationUnskipped, text, options)).toEqual({
              output: text,
              edits: [],
            });
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('lets the stage give the output and edits of the general path (gate, then the scan from its line)', () => {
    fc.assert(
      fc.property(nearlyNormal, ({ text, options }) => {
        expect(run(normalizePunctuationResolved, text, options)).toEqual(
          run(normalizePunctuationUnskipped, text, options),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('lets the stage give the output and edits of the general path on many lines, some normal', () => {
    fc.assert(
      fc.property(manyLines, ({ text, options }) => {
        expect(run(normalizePunctuationResolved, text, options)).toEqual(
          run(normalizePunctuationUnskipped, text, options),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('returns the input string itself when it vouches for it', () => {
    const text = 'قال الوزير: إن «العمليات» مستمرة (منذ 2014)، وأضاف أن 60,000 شخص شاركوا.';
    expect(punctuationUnchangedEnd(text, resolve({ quotes: 'keep' }))).toBe(text.length);
    expect(normalizePunctuationResolved(text, resolve({ quotes: 'keep' }))).toBe(text);
  });

  it.each([
    ['prose with clause marks and a full stop', 'قال الوزير، وأضاف: نعم. ثم غادر!', {}],
    ['closing quotes and brackets before marks', 'قال "نعم". وقال (لا)، ثم "كذا"', {}],
    [
      'numbers, dates, times and percentages',
      'في 2024-05-03 الساعة 10:30 بنسبة 7.5% من 110,000',
      {},
    ],
    ['a Markdown image and its target', '![صورة](/gc1/images/2026/01/a.webp)', {}],
    ['a kept dash', 'قال – ثم', {}],
    [
      'Arabic-Indic digits kept as the target',
      'في عام ٢٠١٤ بنسبة ١٠٫٥٪',
      { digits: 'arabic-indic' },
    ],
    ['lines of prose', 'سطر أول.\nسطر ثان، وثالث\n', {}],
  ] as [string, string, PunctuationOptions][])('vouches for %s', (_name, text, options) => {
    expect(punctuationUnchangedEnd(text, resolve(options))).toBe(text.length);
    expect(normalizePunctuationUnskipped(text, resolve(options))).toBe(text);
  });

  it.each([
    ['a space before a comma', 'قال ، ثم', 4],
    ['a mark glued to the next word', 'قال،ثم', 3],
    ['a Latin comma beside Arabic words (the words decide)', 'قال, ثم', 3],
    ['a Persian digit', 'عام ۲۰۱۴', 4],
    ['a comma after a full stop', 'قال. ، ثم', 3],
    ['a space inside a bracket', 'قال ( ثم)', 4],
    ['a guillemet with ASCII quotes', 'قال «نعم»', 4],
    ['a quote whose role the line decides', 'قال"نعم"ثم', 3],
    ['a hyphen', 'قال\u2010ثم', 3],
    ['a number after a Latin letter (a token may hold it)', 'v1,5 قال', 1],
  ])('stops at %s', (_name, text, at) => {
    const options = resolve({});
    expect(punctuationUnchangedEnd(text, options)).toBe(at);
    expect(punctuationUnchangedAt(text, at, options)).toBe(-1);
  });

  it('marks as untouched no digit, quote or punctuation with a role, and the letters and spaces', () => {
    const untouched = untouchedUnits();
    for (const ch of '05٣۷"\'«»“”,،;؛?؟.:!…()[]{}\u2010\u2013\u2014') {
      expect(untouched[ch.charCodeAt(0)], `U+${ch.charCodeAt(0).toString(16)}`).toBe(0);
    }
    for (const ch of 'بلaé \n\u00a0\u064b/-+%@&#\u0640') {
      expect(untouched[ch.charCodeAt(0)], `U+${ch.charCodeAt(0).toString(16)}`).toBe(1);
    }
  });

  it('marks every letter that can make a run of elongation untouched (a run never holds a unit where the gate stops)', () => {
    const untouched = untouchedUnits();
    const touchedLetters: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (untouched[c] === 0 && isElongationLetter(c)) touchedLetters.push(c.toString(16));
    }
    expect(touchedLetters).toEqual([]);
  });

  it('reads a lone clause mark before a gap as the general test does, with any options', () => {
    let read = 0;
    fc.assert(
      fc.property(edgyOrNearlyNormal, anyOptions, (text, o) => {
        const options = resolve(o);
        for (let i = 0; i < text.length; i++) {
          const end = loneMarkEnd(text, i, options);
          if (end < 0) continue;
          read++;
          expect(end, `${JSON.stringify(text)} at ${i}`).toBe(
            punctuationUnchangedAt(text, i, options),
          );
        }
      }),
      { numRuns: RUNS },
    );
    expect(read).toBeGreaterThan(RUNS / 10);
  });

  it.each([
    ['a full stop before a space and a word', 'قال. ثم', 3, 4],
    ['an Arabic comma before a line break', 'قال،\nثم', 3, 4],
    ['a full stop that ends the text after a space', 'قال. ', 3, 4],
    ['a mark after a space', 'قال . ثم', 4, -1],
    ['a full stop before a comma', 'قال. ،ثم', 3, -1],
    ['a mark before two spaces', 'قال،  ثم', 3, -1],
    ['a mark glued to the next word', 'قال،ثم', 3, -1],
    ['an exclamation mark (it may open a Markdown image)', 'قال! ثم', 3, -1],
    ['two marks', 'قال.. ثم', 3, -1],
    ['a mark at the start of the text', '. ثم', 0, -1],
  ])('reads a lone mark fast: %s', (_name, text, at, end) => {
    expect(loneMarkEnd(text, at, resolve({}))).toBe(end);
  });

  it('reads a lone clause mark fast only when the style keeps it', () => {
    expect(loneMarkEnd('قال, ثم', 3, resolve({ punctuation: 'arabic' }))).toBe(-1);
    expect(loneMarkEnd('قال, ثم', 3, resolve({ punctuation: 'keep' }))).toBe(4);
    expect(loneMarkEnd('قال، ثم', 3, resolve({ punctuation: 'latin' }))).toBe(-1);
  });

  it('gives the kernel the untouched units with the lone marks of each style, the commas and the quotes each quote style keeps', () => {
    const bits = coverUnitBits();
    const untouched = untouchedUnits();
    const styles = ['arabic', 'latin', 'keep'] as const;
    expect(new Set(styles.map((style) => LONE_MARK_BITS[style])).size).toBe(3);
    const expected = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      expected[c] = untouched[c]! | ((ROLES[c]! & COMMA) !== 0 ? COMMA_BIT : 0);
      for (const style of styles)
        if (isLoneMarkUnit(c, style)) expected[c]! |= LONE_MARK_BITS[style];
    }
    // The double quotes (none of which has a bracket's role): `ascii` keeps QUOTATION MARK in
    // both roles, `keep` keeps every one, `guillemets` none (it opens with one and closes with the
    // other).
    expected[0x22]! |= QUOTE_PASS_BITS.ascii;
    for (const c of [0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f])
      expected[c]! |= QUOTE_PASS_BITS.keep;
    const differing = [...bits.keys()].filter((c) => bits[c] !== expected[c]);
    expect(differing.map((c) => `U+${c.toString(16)}`)).toEqual([]);
    // The full stop and the Arabic comma are lone marks that `standard` keeps.
    expect(bits[0x2e]! & LONE_MARK_BITS.arabic).not.toBe(0);
    expect(bits[0x60c]! & LONE_MARK_BITS.arabic).not.toBe(0);
  });

  it('reads a number of plain digits as the number rule does, with any options', () => {
    let read = 0;
    fc.assert(
      fc.property(edgyOrNearlyNormal, anyOptions, (text, o) => {
        const options = resolve(o);
        for (let i = 0; i < text.length; i++) {
          if (!/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(text[i]!)) continue;
          const end = keptDigitsEnd(text, i, options.digits);
          if (end < 0) continue;
          read++;
          const probe = { edited: false, replace: () => (probe.edited = true) };
          const ruleEnd = rewriteNumber(
            text,
            i,
            scanNumber(text, i, options.dashes),
            probe,
            options,
          );
          expect(probe.edited, `${JSON.stringify(text)} at ${i}`).toBe(false);
          expect(end, `${JSON.stringify(text)} at ${i}`).toBe(ruleEnd);
        }
      }),
      { numRuns: RUNS },
    );
    expect(read).toBeGreaterThan(RUNS / 10);
  });

  it('edits a number of plain digits to convert as the number rule does, with any options', () => {
    let converted = 0;
    fc.assert(
      fc.property(edgyOrNearlyNormal, anyOptions, (text, o) => {
        const options = resolve(o);
        for (let i = 0; i < text.length; i++) {
          if (!/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(text[i]!)) continue;
          const fast: unknown[][] = [];
          const end = convertedDigitsEnd(text, i, options.digits, {
            replace: (...edit) => fast.push(edit),
          });
          if (end < 0) {
            expect(fast).toEqual([]);
            continue;
          }
          converted++;
          const rule: unknown[][] = [];
          const ruleEnd = rewriteNumber(
            text,
            i,
            scanNumber(text, i, options.dashes),
            { replace: (...edit) => rule.push(edit) },
            options,
          );
          expect(fast, `${JSON.stringify(text)} at ${i}`).toEqual(rule);
          expect(end, `${JSON.stringify(text)} at ${i}`).toBe(ruleEnd);
        }
      }),
      { numRuns: RUNS },
    );
    expect(converted).toBeGreaterThan(RUNS / 10);
  });

  it.each([
    ['digits of another system before a space', 'في ٢٠١٨ قال', 3, 'ascii', 7, '2018'],
    ['digits of two systems at the end of the text', 'في 20١٨', 3, 'persian', 7, '۲۰۱۸'],
    ['digits the style keeps', 'في 2018 قال', 3, 'ascii', -1, ''],
    ['digits with the style keep', 'في ٢٠1٨ قال', 3, 'keep', -1, ''],
    ['a number with a decimal separator', 'في ٧٫٣ قال', 3, 'ascii', -1, ''],
    ['a number before a space and a percent sign', 'في ٩٠ ٪ قال', 3, 'ascii', -1, ''],
    ['a number before a plus sign', 'في ٣+ قال', 3, 'ascii', -1, ''],
  ] as const)('edits a number fast: %s', (_name, text, at, digits, end, replacement) => {
    const edits: string[] = [];
    expect(convertedDigitsEnd(text, at, digits, { replace: (_s, _e, r) => edits.push(r) })).toBe(
      end,
    );
    expect(edits).toEqual(end < 0 ? [] : [replacement]);
  });

  it('reads a number as the number rule does with a probe for its edits, with any options', () => {
    let edited = 0;
    fc.assert(
      fc.property(edgyOrNearlyNormal, anyOptions, (text, o) => {
        const options = resolve(o);
        for (let i = 0; i < text.length; i++) {
          if (!/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(text[i]!)) continue;
          const probe = { edited: false, replace: () => (probe.edited = true) };
          const end = numberRuleEnd(text, i, options, probe);
          if (probe.edited) edited++;
          expect(punctuationUnchangedAt(text, i, options), `${JSON.stringify(text)} at ${i}`).toBe(
            probe.edited ? -1 : end,
          );
        }
      }),
      { numRuns: RUNS },
    );
    expect(edited).toBeGreaterThan(RUNS / 10);
  });

  it.each([
    ['digits of a system the style changes', 'في ٢٠١٨ قال', 3, {}, -1],
    ['digits of the kept system, then of one the style changes', 'في 20١٨ قال', 3, {}, -1],
    ['digits of one system with the style keep', 'في ٢٠١٨ قال', 3, { digits: 'keep' }, 7],
    ['a digit of a system the style changes, in a keycap (left)', 'رقم ٢\ufe0f\u20e3', 4, {}, 7],
    ['an ASCII digit in a keycap', 'رقم 2\ufe0f\u20e3', 4, {}, 7],
    ['digits of the system the style keeps', 'في 2018 قال', 3, {}, 7],
    [
      'digits the style keeps, in a visual-order number',
      'في 1-2-3+ قال',
      3,
      { visualOrderNumbers: true },
      -1,
    ],
  ] as const)('tells a number fast: %s', (_name, text, at, options, end) => {
    expect(punctuationUnchangedAt(text, at, resolve(options))).toBe(end);
  });

  it.each([
    ['digits before a space', 'في 2018 قال', 3, 'keep', 7],
    ['digits at the end of the text', 'في ٢٠١٨', 3, 'keep', 7],
    ['digits of the target system', 'في ٢٠١٨ قال', 3, 'arabic-indic', 7],
    ['digits of another system than the target', 'في ٢٠١٨ قال', 3, 'ascii', -1],
    ['digits of two systems', 'في ٢٠1٨ قال', 3, 'keep', -1],
    ['a number with a decimal separator', 'في 7.3 قال', 3, 'keep', -1],
    ['a number before a full stop that ends the sentence', 'في 2018. قال', 3, 'keep', 7],
    ['a number before an Arabic comma and a space', 'في ٢٠١٨، قال', 3, 'keep', 7],
    [
      'a number before an Arabic comma and digits (a thousands group)',
      'في ٢٠،٠٠٠ قال',
      3,
      'keep',
      -1,
    ],
    ['a number before a hyphen and a digit', 'في 4-0 قال', 3, 'keep', -1],
    ['a number before a percent sign', 'في 90% قال', 3, 'keep', -1],
    ['a number before a space and a percent sign', 'في 90 ٪ قال', 3, 'keep', -1],
    ['a number before a plus sign (maybe in visual order)', 'في 1-2-3+ قال', 7, 'keep', -1],
    ['a number before a plus sign', 'في 3+ قال', 3, 'keep', -1],
  ] as const)('reads a number fast: %s', (_name, text, at, digits, end) => {
    expect(keptDigitsEnd(text, at, digits)).toBe(end);
  });
});
