import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTION_SPECS, optionNamesOf } from '../../src/options/schema.js';
import type { PunctuationOptions } from '../../src/options/types.js';
import { normalizePunctuation } from '../../src/punctuation/index.js';
import {
  anyPunctuationOptions,
  arabicLetter,
  arabicText,
  hostileArabicText,
} from '../support/arabic-arbitraries.js';

const f = (text: string, options?: PunctuationOptions) => normalizePunctuation(text, options);

const arabicWord = fc.array(arabicLetter, { minLength: 1, maxLength: 7 }).map((l) => l.join(''));
const oneOf = (chars: string) => fc.constantFrom(...Array.from(chars));

/** Every value of every stage-3 option, one at a time. */
const SINGLE_OPTIONS: PunctuationOptions[] = optionNamesOf('punctuation').flatMap((name) =>
  OPTION_SPECS[name].values.map((value) => ({ [name]: value }) as PunctuationOptions),
);

const anyOptions = anyPunctuationOptions;

/** Digits of any system, with decimal and thousands separators of either style. */
const digitOf = (system: number) =>
  fc.integer({ min: 0, max: 9 }).map((d) => String.fromCharCode(system + d));
const numberText = fc
  .tuple(
    fc.constantFrom(0x30, 0x660, 0x6f0),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
    fc.option(
      fc.tuple(
        fc.constantFrom('.', '\u066b', ',', '\u066c'),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }),
      ),
    ),
  )
  .map(([zero, whole, tail]) => {
    const d = (ds: number[]) => ds.map((x) => String.fromCharCode(zero + x)).join('');
    return tail === null ? d(whole) : `${d(whole)}${tail[0]}${d(tail[1])}`;
  });

/** Text of Arabic words, numbers, spaces and the punctuation stage 3 handles. */
const proseWithNumbers = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: arabicWord },
      { weight: 6, arbitrary: fc.constant(' ') },
      { weight: 3, arbitrary: numberText },
      { weight: 1, arbitrary: digitOf(0x30) },
      { weight: 4, arbitrary: oneOf('.,،;؛?؟!:()]}…-–—/%٪"“”«»\'\u00a0') },
      { weight: 1, arbitrary: fc.constant('\n') },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** The numeric values of a text: digit runs with their decimal and thousands separators. */
function numbers(text: string): string[] {
  const ascii = Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0x660 && c <= 0x669) return String.fromCharCode(c - 0x660 + 0x30);
    if (c >= 0x6f0 && c <= 0x6f9) return String.fromCharCode(c - 0x6f0 + 0x30);
    if (c === 0x66b) return '.';
    if (c === 0x66c) return ',';
    // An ARABIC COMMA between a number and a group of three digits is read as the group
    // separator the digits' system writes (\`0،000\` → \`0,000\`, \`٠٬٠٠٠\`): read alike on both sides.
    if (c === 0x060c) return ',';
    return ch;
  }).join('');
  return (ascii.match(/\d+(?:[.,]\d+)*/g) ?? []).sort();
}

describe('stage 3 properties', () => {
  it.each(SINGLE_OPTIONS.map((o) => [JSON.stringify(o), o] as const))(
    'is idempotent with %s',
    (_name, options) => {
      fc.assert(
        fc.property(fc.oneof(arabicText(), hostileArabicText(), proseWithNumbers), (text) => {
          const once = f(text, options);
          expect(f(once, options)).toBe(once);
        }),
      );
    },
  );

  it('is idempotent with any combination of options', () => {
    fc.assert(
      fc.property(fc.oneof(arabicText(), proseWithNumbers), anyOptions, (text, options) => {
        const once = f(text, options);
        expect(f(once, options)).toBe(once);
      }),
    );
  });

  /** Pieces glued together without spaces: where token starts and quote roles are most fragile. */
  const gluedPieces = fc
    .array(
      fc.constantFrom(
        ...Array.from('ab1٢۳ ب.,،;؛?؟!:()[]{}"“”«»‘’\'-–—‐−/%٪٫٬…@_~+*\n\u00a0'),
        'http://',
        'www.',
        'a@b.co',
        '](',
        '![',
        'أ.د.',
        '/x/y',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  it('is idempotent on glued punctuation, tokens and quotes with any options', () => {
    fc.assert(
      fc.property(gluedPieces, anyOptions, (text, options) => {
        const once = f(text, options);
        expect(f(once, options)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['٢www.a٢', { digits: 'ascii' }],
    ['—http://٢', { dashes: 'hyphen' }],
    ['“ "a', { quotes: 'guillemets' }],
    ['” /', {}],
    ['ب:–a@b.co', { dashes: 'hyphen' }],
    ['ب?,1', {}],
    ['/‐http://–', { dashes: 'hyphen' }],
    ['1—۳', { digits: 'keep', dashes: 'hyphen' }],
    ['بa’a@b.co?', {}],
    ['أ.د.؟،،', {}],
    [']( http://)٢', {}],
    ['أ.د.! ]a', {}],
    ["بhttp://'?", { quotes: 'guillemets' }],
    ['بa‐a@b.co…a', {}],
    ['0،0', { punctuation: 'latin' }],
    ['a‐a@b.co۳', {}],
    ['a‐a@b.co‐@', {}],
    ['۳a@b.co,ب', {}],
    ['۳a@b.co–1', { dashes: 'hyphen' }],
    ['ب۳http://a,', {}],
    ['بa@b.co۳a؛a', {}],
  ] as [string, PunctuationOptions][])(
    'is idempotent on %j (found by fuzzing)',
    (text, options) => {
      const once = f(text, options);
      expect(f(once, options)).toBe(once);
    },
  );

  it.each(['ascii', 'arabic-indic', 'persian', 'keep'] as const)(
    'keeps the multiset of numeric values with digits: %s',
    (digits) => {
      fc.assert(
        fc.property(proseWithNumbers, anyOptions, (text, options) => {
          const out = f(text, { ...options, digits, visualOrderNumbers: false });
          expect(numbers(out)).toEqual(numbers(text));
        }),
      );
    },
  );

  /** URLs and addresses that end like URLs do in prose (a trailing `,` or `)` reads as punctuation). */
  const address = fc
    .oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.emailAddress())
    .filter((a) => /[A-Za-z0-9/]$/.test(a) && !/['`{|}]/.test(a));
  const around = fc.constantFrom(' ', '\n', ' (', ') ', '، ', ': ', ' «', '» ');

  it('leaves URLs and e-mail addresses embedded in Arabic text byte-identical', () => {
    fc.assert(
      fc.property(
        proseWithNumbers,
        around,
        address,
        around,
        proseWithNumbers,
        anyOptions,
        (a, l, addr, r, b, options) => {
          const out = f(`${a} ${l}${addr}${r} ${b}`, options);
          expect(out).toContain(addr);
        },
      ),
    );
  });

  it('leaves no space before a closing mark, except at a line start or between two numbers', () => {
    const closing = new Set(Array.from('.,،;؛:!?؟)]}…'));
    fc.assert(
      fc.property(proseWithNumbers, (text) => {
        const out = f(text);
        for (let i = 1; i < out.length; i++) {
          if (!closing.has(out[i]!) || out[i - 1] !== ' ') continue;
          let s = i - 1;
          while (s > 0 && out[s - 1] === ' ') s--;
          const before = s > 0 ? out[s - 1]! : '\n';
          // The number after the mark may stand after spaces too (`0 : 0`, a score).
          let e = i + 1;
          while (out[e] === ' ') e++;
          const after = out[e] ?? '';
          const lineStart = before === '\n' || /\s/.test(before);
          const betweenNumbers = /\d|[٠-٩۰-۹]/.test(before) && /\d|[٠-٩۰-۹]/.test(after);
          // `.5` and `./path` start a number or a path, which stage 3 leaves as they are.
          const decimalStart = out[i] === '.' && /\d|[٠-٩۰-۹/]/.test(out[i + 1] ?? '');
          expect(
            lineStart || betweenNumbers || decimalStart,
            JSON.stringify(out.slice(Math.max(0, i - 8), i + 3)),
          ).toBe(true);
        }
      }),
    );
  });
});
