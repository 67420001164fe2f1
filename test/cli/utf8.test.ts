import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidUtf8Offsets, Utf8Decoder } from '../../src/cli/utf8.js';

const whatwg = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function decodeInChunks(bytes: Uint8Array, cuts: number[]) {
  const decoder = new Utf8Decoder();
  const positions = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const texts: string[] = [];
  const errors: number[] = [];
  let from = 0;
  for (const to of [...positions, bytes.length]) {
    const report = decoder.push(bytes.subarray(from, to));
    texts.push(report.text);
    errors.push(...report.errors);
    from = to;
  }
  const last = decoder.end();
  return { text: texts.join('') + last.text, errors: [...errors, ...last.errors] };
}

/** Bytes that are mostly UTF-8 Arabic with stray and truncated sequences mixed in. */
const messyBytes = fc
  .array(
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc
          .constantFrom('قال ', 'ب', '😀', 'a', '\ufeff', '\r\n')
          .map((s) => [...Buffer.from(s)]),
      },
      {
        weight: 2,
        arbitrary: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }),
      },
    ),
    { maxLength: 30 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe('Utf8Decoder', () => {
  it('any chunking decodes exactly as one WHATWG decode of the whole input', () => {
    fc.assert(
      fc.property(messyBytes, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        expect(decodeInChunks(bytes, cuts).text).toBe(whatwg.decode(bytes));
      }),
    );
  });

  it('reports one offset per U+FFFD it produced, whatever the chunking', () => {
    fc.assert(
      fc.property(messyBytes, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const { text, errors } = decodeInChunks(bytes, cuts);
        expect(errors).toEqual(invalidUtf8Offsets(bytes, 0, true));
        expect(errors.length).toBe((text.match(/\ufffd/g) ?? []).length);
      }),
    );
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80, 0x62], [1]],
    ['a truncated two-byte sequence', [0x61, 0xd8, 0x62], [1]],
    ['an overlong encoding', [0xc0, 0xaf], [0, 1]],
    ['a surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], [0, 1, 2]],
    ['a truncated sequence at the very end', [0x61, 0xf0, 0x9f, 0x98], [1]],
    ['a byte that is never UTF-8', [0xff, 0x61], [0]],
  ])('reports %s at its byte offset', (_name, bytes, offsets) => {
    expect(decodeInChunks(Uint8Array.from(bytes), [1, 2]).errors).toEqual(offsets);
  });

  it('keeps a byte order mark as text (normalize decides what to do with it)', () => {
    expect(decodeInChunks(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), [1]).text).toBe('\ufeffa');
  });

  it('any chunking read through one reused buffer decodes as the whole: the bytes it carries over are copied', () => {
    fc.assert(
      fc.property(messyBytes, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const decoder = new Utf8Decoder();
        const shared = Buffer.alloc(bytes.length);
        const positions = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort(
          (a, b) => a - b,
        );
        let text = '';
        let from = 0;
        for (const to of [...positions, bytes.length]) {
          shared.set(bytes.subarray(from, to));
          text += decoder.push(shared.subarray(0, to - from)).text;
          shared.fill(0x41); // the reader fills the buffer again before the next chunk
          from = to;
        }
        expect(text + decoder.end().text).toBe(whatwg.decode(bytes));
      }),
    );
  });
});
