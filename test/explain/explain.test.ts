import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Change, explain, type NormalizeOptions, normalize, RULES } from '../../src/index.js';
import { hostileArabicText } from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';

const PRESETS = ['standard', 'search', 'minimal'] as const;

/** The input with every change applied in order. */
function apply(input: string, changes: readonly Change[]): string {
  let out = '';
  let at = 0;
  for (const change of changes) {
    out += input.slice(at, change.inputStart) + change.after;
    at = change.inputEnd;
  }
  return out + input.slice(at);
}

const brief = (changes: readonly Change[]) =>
  changes.map((c) => [c.before, c.after, c.steps.map((s) => s.rule).join('+')]);

/** For every rule: a text it changes, the options, and the changes explain lists. */
const EXAMPLES: [string, NormalizeOptions | undefined, string[][]][] = [
  [
    '\uFEE3\uFEAE\uFEA3\uFE92\uFE8E',
    undefined,
    [['\uFEE3\uFEAE\uFEA3\uFE92\uFE8E', 'مرحبا', 'presentation-form']],
  ],
  ['أهلا\u200f بكم', undefined, [['\u200f', '', 'invisible']]],
  [
    'می\u200cرود',
    { farsiLetters: 'arabic' },
    [
      ['ی', 'ي', 'farsi-yeh'],
      ['\u200c', '', 'zwnj'],
    ],
  ],
  ['كـــتاب', undefined, [['ـــ', '', 'tatweel']]],
  ['كتاب\ud800', undefined, [['\ud800', '\ufffd', 'lone-surrogate']]],
  ['سا\u0654ل', undefined, [['ا\u0654', 'أ', 'nfc']]],
  ['أن \u064fتساعد', undefined, [['\u064fت', 'ت\u064f', 'detached-mark']]],
  ['كتاب \u064b قرأ', undefined, [['ب \u064b', 'ب\u064b', 'case-ending']]],
  ['لوزارة \u0650الداخلية', undefined, [['ة \u0650', 'ة\u0650 ', 'case-ending']]],
  [
    '\u064b كتاب',
    undefined,
    [
      ['\u064b', '', 'orphan-mark'],
      [' ', '', 'whitespace'],
    ],
  ],
  ['كَََتب', undefined, [['كَََ', 'كَ', 'duplicate-mark']]],
  ['كَتَبَ', { diacritics: 'strip' }, [['كَتَبَ', 'كتب', 'diacritics']]],
  ['سطر\r\nسطر', undefined, [['\r\n', '\n', 'line-break']]],
  ['كتاب  \u00a0قلم', undefined, [['  \u00a0', ' ', 'whitespace']]],
  [
    'یک',
    { farsiLetters: 'arabic' },
    [
      ['ی', 'ي', 'farsi-yeh'],
      ['ک', 'ك', 'keheh'],
    ],
  ],
  ['علی', undefined, [['ی', 'ى', 'alef-maksura']]],
  ['ھذا', undefined, [['ھ', 'ه', 'heh']]],
  ['خانۀ', { farsiLetters: 'arabic' }, [['ۀ', 'ه\u0654', 'heh-hamza']]],
  ['ۓ', { farsiLetters: 'arabic' }, [['ۓ', 'ئ', 'yeh-hamza']]],
  ['مدرسۃ', { farsiLetters: 'arabic' }, [['ۃ', 'ة', 'teh-marbuta']]],
  ['عام ٢٠١٨', undefined, [['٢٠١٨', '2018', 'digit']]],
  ['12٫5 مليون', undefined, [['12٫5', '12.5', 'number-separator']]],
  ['2018\u20102019', undefined, [['2018\u20102019', '2018-2019', 'number-dash']]],
  ['50٪', undefined, [['٪', '%', 'percent']]],
  [
    'اتصل 1037-294-202-1+',
    { visualOrderNumbers: true },
    [['1037-294-202-1+', '+1-202-294-1037', 'visual-order-number']],
  ],
  ['كيف?', undefined, [['?', '؟', 'punctuation']]],
  [
    'كتاب ،قلم',
    undefined,
    [
      [' ', '', 'punct-space'],
      ['', ' ', 'punct-space'],
    ],
  ],
  ['كتب. ، ثم', undefined, [[' ،', '', 'stray-comma']]],
  [
    'قال «كتاب» ثم',
    undefined,
    [
      ['«', '"', 'quote'],
      ['»', '"', 'quote'],
    ],
  ],
  ['a\u2010b', undefined, [['\u2010', '-', 'dash']]],
  ['أحمد', { preset: 'search' }, [['أ', 'ا', 'fold-alef']]],
  ['على', { preset: 'search' }, [['ى', 'ي', 'fold-alef-maksura']]],
  ['مدرسة', { preset: 'search' }, [['ة', 'ه', 'fold-teh-marbuta']]],
  ['سؤال', { preset: 'search' }, [['ؤ', 'و', 'fold-hamza']]],
  [
    'این کتاب را می\u200cخوانم',
    undefined,
    [
      ['ی', 'ی', 'persian-passage'],
      ['ک', 'ک', 'persian-passage'],
      ['ی\u200c', 'ی\u200c', 'persian-passage'],
    ],
  ],
  ['كتيييير', undefined, [['يييي', 'ي', 'elongation']]],
  ['ههههه', undefined, [['ههههه', 'هه', 'elongation']]],
  ['لهۥ', { preset: 'search' }, [['ۥ', '', 'fold-quranic']]],
  // The other places that make edits by the same rules.
  ['كتاب\u2000قلم', undefined, [['\u2000', ' ', 'nfc+whitespace']]],
  [
    'می\u200cرود',
    { zwnj: 'space', farsiLetters: 'arabic' },
    [
      ['ی', 'ي', 'farsi-yeh'],
      ['\u200c', ' ', 'zwnj'],
    ],
  ],
  ['كتب \u064e قلم', { diacritics: 'strip' }, [['ب \u064e ', 'ب ', 'diacritics+whitespace']]],
  [
    '\u064e قلم',
    { diacritics: 'strip' },
    [
      ['\u064e', '', 'diacritics'],
      [' ', '', 'whitespace'],
    ],
  ],
  ['5 \u064b\u064b قلم', undefined, [['\u064b\u064b', '\u064b', 'duplicate-mark']]],
  ['سطر\rسطر', { whitespace: 'keep' }, [['\r', '\n', 'line-break']]],
  ['بیَت', undefined, [['یَ', 'يَ', 'farsi-yeh']]],
  [
    'قال « داعش » ثم',
    undefined,
    [
      ['«', '"', 'quote'],
      [' ', '', 'punct-space'],
      [' ', '', 'punct-space'],
      ['»', '"', 'quote'],
    ],
  ],
  [
    'قال ( كتاب ) ثم',
    undefined,
    [
      [' ', '', 'punct-space'],
      [' ', '', 'punct-space'],
    ],
  ],
  ['ؤ\u0654', { preset: 'search' }, [['ؤ\u0654', 'و', 'fold-hamza']]],
  ['ئ\u064e', { preset: 'search' }, [['ئ\u064e', 'ي', 'diacritics+fold-hamza']]],
  // Two passes on one character: one change, both rules.
  ['\uFBFC', undefined, [['\uFBFC', 'ي', 'presentation-form+farsi-yeh']]],
  ['أ\u0653', { preset: 'search' }, [['أ\u0653', 'ا', 'fold-alef']]],
];

describe('explain', () => {
  it.each(EXAMPLES)(
    'explains %j: the changes and the rules that made them',
    (input, options, expected) => {
      expect(brief(explain(input, options))).toEqual(expected);
    },
  );

  it('has an example above for every rule it knows', () => {
    const shown = new Set(
      EXAMPLES.flatMap(([, , changes]) => changes.flatMap(([, , r]) => r!.split('+'))),
    );
    expect([...shown].sort()).toEqual(Object.keys(RULES).sort());
  });

  it('gives each change its spans in input and output, its description and its steps', () => {
    const input = 'بک ،كيف?';
    const output = normalize(input);
    expect(output).toBe('بك، كيف؟');
    expect(explain(input)).toEqual([
      {
        inputStart: 1,
        inputEnd: 2,
        outputStart: 1,
        outputEnd: 2,
        before: 'ک',
        after: 'ك',
        rule: 'keheh',
        description: RULES.keheh,
        steps: [{ rule: 'keheh', description: RULES.keheh }],
      },
      {
        inputStart: 2,
        inputEnd: 3,
        outputStart: 2,
        outputEnd: 2,
        before: ' ',
        after: '',
        rule: 'punct-space',
        description: RULES['punct-space'],
        steps: [{ rule: 'punct-space', description: RULES['punct-space'] }],
      },
      {
        inputStart: 4,
        inputEnd: 4,
        outputStart: 3,
        outputEnd: 4,
        before: '',
        after: ' ',
        rule: 'punct-space',
        description: RULES['punct-space'],
        steps: [{ rule: 'punct-space', description: RULES['punct-space'] }],
      },
      {
        inputStart: 7,
        inputEnd: 8,
        outputStart: 7,
        outputEnd: 8,
        before: '?',
        after: '؟',
        rule: 'punctuation',
        description: RULES.punctuation,
        steps: [{ rule: 'punctuation', description: RULES.punctuation }],
      },
    ]);
  });

  it('is documented: the rule reference lists every rule id with its description', () => {
    const reference = join(import.meta.dirname, '..', '..', 'docs', 'reference', 'rules.md');
    const readme = readFileSync(reference, 'utf8');
    for (const [id, description] of Object.entries(RULES)) {
      expect(readme).toContain(`| \`${id}\` | ${description.replace('\\n', '`\\n`')} |`);
    }
  });

  it('lists nothing for text that is already normal', () => {
    expect(explain('')).toEqual([]);
    expect(explain('كتب الطالب الدرس.')).toEqual([]);
  });

  it('follows the options: a kept tatweel is not a change', () => {
    expect(explain('كـتاب', { tatweel: 'keep' })).toEqual([]);
    expect(brief(explain('كـتاب', { preset: 'minimal' }))).toEqual([]);
  });

  it('checks its arguments like normalize, naming itself', () => {
    expect(() => explain(42 as never)).toThrow(TypeError);
    expect(() => explain(42 as never)).toThrow(/explain/);
    expect(() => explain('x', { digitz: 'ascii' } as never)).toThrow(/explain.*digitz/);
    expect(() => explain('x', { preset: 'fast' as never })).toThrow(RangeError);
  });

  it.each(DOCUMENT_NAMES)('applied to document %s, its changes give normalize of it', (name) => {
    const input = readDocument(name);
    const changes = explain(input);
    // Document 004 is clean already: no change at all.
    expect(changes.length === 0).toBe(normalize(input) === input);
    expect(apply(input, changes)).toBe(normalize(input));
  });

  it('applying the changes in order to the input gives normalize(input), for every preset (property)', () => {
    fc.assert(
      fc.property(hostileArabicText(), fc.constantFrom(...PRESETS), (input, preset) => {
        expect(apply(input, explain(input, { preset }))).toBe(normalize(input, { preset }));
      }),
    );
  });

  it('changes are in order, do not overlap, and their spans hold their before and after text (property)', () => {
    fc.assert(
      fc.property(hostileArabicText(), fc.constantFrom(...PRESETS), (input, preset) => {
        const output = normalize(input, { preset });
        let inputAt = 0;
        let outputAt = 0;
        for (const c of explain(input, { preset })) {
          expect(c.inputStart).toBeGreaterThanOrEqual(inputAt);
          expect(c.inputEnd).toBeGreaterThanOrEqual(c.inputStart);
          // What lies between two changes is the same text in input and output.
          expect(output.slice(outputAt, c.outputStart)).toBe(input.slice(inputAt, c.inputStart));
          expect(input.slice(c.inputStart, c.inputEnd)).toBe(c.before);
          expect(output.slice(c.outputStart, c.outputEnd)).toBe(c.after);
          // Text rewritten to itself is listed only as a kept Persian or Urdu letter or ZWNJ.
          if (c.before === c.after)
            expect(c.steps.map((step) => step.rule)).toContain('persian-passage');
          expect(c.steps.length).toBeGreaterThan(0);
          expect(c.rule).toBe(c.steps[0]!.rule);
          for (const step of c.steps) expect(RULES[step.rule]).toBe(step.description);
          inputAt = c.inputEnd;
          outputAt = c.outputEnd;
        }
        expect(output.slice(outputAt)).toBe(input.slice(inputAt));
      }),
    );
  });
});
