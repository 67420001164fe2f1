import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize.js';
import type { NormalizeOptions } from '../../src/options/types.js';
import { createNormalizeStream } from '../../src/stream/normalize-stream.js';
import { arabicText, hostileArabicText } from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';
import { GROWTH_LIMIT } from '../support/linear-growth.js';
import { anyLineShape, chunkings, collect, cutAt, document } from './chunking.js';

const optionSets: NormalizeOptions[] = [
  {},
  { preset: 'search' },
  { preset: 'minimal' },
  { whitespace: 'keep' },
  { quotes: 'guillemets', dashes: 'hyphen', digits: 'arabic-indic' },
  { zwnj: 'space', diacritics: 'strip', visualOrderNumbers: true },
];

describe('createNormalizeStream', () => {
  it.each(optionSets)(
    'any chunking of a document gives normalize(whole) (options %o)',
    async (options) => {
      await fc.assert(
        fc.asyncProperty(document(arabicText(30)), chunkings, async (text, positions) => {
          const parts = await collect(createNormalizeStream(options), cutAt(text, positions));
          expect(parts.join('')).toBe(normalize(text, options));
        }),
      );
    },
  );

  it.each(optionSets)(
    'any chunking of a document whose lines begin with anything (digits, spaces, dashes, guillemets, Persian letters, marks) gives normalize(whole) (options %o)',
    async (options) => {
      await fc.assert(
        fc.asyncProperty(
          document(anyLineShape(arabicText(12))),
          chunkings,
          async (text, positions) => {
            const parts = await collect(createNormalizeStream(options), cutAt(text, positions));
            expect(parts.join('')).toBe(normalize(text, options));
          },
        ),
      );
    },
  );

  it('any chunking of hostile text (lone surrogates, URLs, presentation forms) gives normalize(whole)', async () => {
    await fc.assert(
      fc.asyncProperty(document(hostileArabicText(30)), chunkings, async (text, positions) => {
        const parts = await collect(createNormalizeStream(), cutAt(text, positions));
        expect(parts.join('')).toBe(normalize(text));
      }),
    );
  });

  it('gives normalize(whole) where a line stage 1 empties (a medial form of two marks) follows a blank line', async () => {
    // U+FCF2 is written as a fatha and a shadda, which have no letter at a line start: the line
    // goes, and with it the blank line before it; a piece may not start there.
    const text = 'ف\r\n\r\n\ufcf2\n';
    expect(normalize(text)).toBe('ف\n');
    for (const positions of [[], [2], [4], [5], [6]]) {
      const parts = await collect(createNormalizeStream(), cutAt(text, positions));
      expect(parts.join(''), String(positions)).toBe('ف\n');
    }
  });

  it.each(DOCUMENT_NAMES)(
    'any chunking of the press release %s (with CRLF line ends too) gives normalize(whole)',
    async (name) => {
      const text = readDocument(name);
      const crlf = text.replace(/\n/g, '\r\n');
      await fc.assert(
        fc.asyncProperty(chunkings, fc.constantFrom(text, crlf), async (positions, input) => {
          const parts = await collect(createNormalizeStream(), cutAt(input, positions));
          expect(parts.join('')).toBe(normalize(input));
        }),
        { numRuns: 30 },
      );
    },
  );

  it('one code unit per chunk gives normalize(whole)', async () => {
    await fc.assert(
      fc.asyncProperty(document(arabicText(20)), async (text) => {
        const parts = await collect(createNormalizeStream(), text.split(''));
        expect(parts.join('')).toBe(normalize(text));
      }),
    );
  });

  it.each([
    ['a CRLF split between chunks', ['قال\r', '\nوأضاف  \r', '\n\r\n\r\nثم']],
    ['a surrogate pair split between chunks', ['قال \ud83d', '\ude00\nوأضاف']],
    [
      'a letter and its marks split between chunks',
      ['قال\nقد', '\u0651م هؤلاء\nجهدا ', '\u064b جماعيا'],
    ],
    [
      'a number and a URL split between chunks',
      ['في ۲۰', '۱۸ و 7.', '7\nhttps://exa', 'mple.com/a b\n'],
    ],
    ['a run of spaces and blank lines split between chunks', ['ذلك\u00a0 ', '  \n\n', '\n\n  في']],
    ['text-start line breaks split between chunks', ['\r', '\n\n', ' \nب']],
  ])('%s gives normalize(whole)', async (_name, chunks) => {
    const parts = await collect(createNormalizeStream(), chunks);
    expect(parts.join('')).toBe(normalize(chunks.join('')));
  });

  it('releases text before the last line start instead of holding the whole input', async () => {
    const stream = createNormalizeStream();
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    void writer.write('السطر الأول\nالسطر الثاني\nالسطر');
    const first = await reader.read();
    expect(first.value).toBe('السطر الأول\nالسطر الثاني\n');
    void writer.write(' الثالث');
    void writer.close();
    const rest = await reader.read();
    expect(rest.value).toBe('السطر الثالث');
    expect((await reader.read()).done).toBe(true);
  });

  it('holds a line longer than any chunk until its line ends, then releases it whole', async () => {
    const line = 'كلمة '.repeat(2000).trim();
    const chunks = cutAt(`${line}\n${line}`, [100, 3000, 7000, 10_100, 11_000]);
    const parts = await collect(createNormalizeStream(), chunks);
    expect(parts.join('')).toBe(normalize(`${line}\n${line}`));
    expect(parts.length).toBeGreaterThan(1);
  });

  it('emits nothing for empty input and empty chunks', async () => {
    expect(await collect(createNormalizeStream(), [])).toEqual([]);
    expect(await collect(createNormalizeStream(), ['', '', ''])).toEqual([]);
  });

  it('checks options when created', () => {
    expect(() => createNormalizeStream({ digits: 'roman' as never })).toThrow(RangeError);
    expect(() => createNormalizeStream({ colour: 'red' } as never)).toThrow(TypeError);
  });

  it('rejects a chunk that is not a string', async () => {
    await expect(collect(createNormalizeStream(), [42 as never])).rejects.toThrow(TypeError);
  });

  it('stays linear on one huge line fed in small chunks', async () => {
    // Shape, not speed (see test/support/linear-growth.ts): four times the chunks of one line
    // take about four times as long, not sixteen, on a shared machine too.
    const chunk = 'بت'.repeat(500);
    const feed = async (count: number) => {
      const started = performance.now();
      const parts = await collect(
        createNormalizeStream(),
        Array.from({ length: count }, () => chunk),
      );
      expect(parts.join('').length).toBe(count * chunk.length);
      return Math.max(performance.now() - started, 2);
    };
    let growth = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && growth >= GROWTH_LIMIT; attempt++) {
      const small = await feed(500);
      growth = Math.min(growth, (await feed(2000)) / small);
    }
    expect(growth).toBeLessThan(GROWTH_LIMIT);
  });
});
