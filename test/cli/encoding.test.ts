import { describe, expect, it } from 'vitest';
import { checkEncoding, createDecoder } from '../../src/cli/encoding.js';

const decodeAll = (encoding: string | undefined, bytes: number[], cuts: number[] = []) => {
  const decoder = createDecoder(encoding, false);
  let text = '';
  const errors: number[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    const part = decoder.push(new Uint8Array(bytes.slice(from, cut)));
    text += part.text;
    errors.push(...part.errors);
    from = cut;
  }
  const last = decoder.end();
  return { text: text + last.text, errors: [...errors, ...last.errors] };
};

describe('decoding an input', () => {
  it('reads windows-1256 and ISO-8859-6, the legacy Arabic encodings', () => {
    // "السلام،" in windows-1256, then in ISO-8859-6
    expect(decodeAll('windows-1256', [0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0xa1]).text).toBe(
      'السلام،',
    );
    expect(decodeAll('iso-8859-6', [0xc7, 0xe4, 0xd3, 0xe4, 0xc7, 0xe5, 0xac]).text).toBe(
      'السلام،',
    );
  });

  it('reports a byte with no character in a single-byte encoding at its offset', () => {
    expect(decodeAll('iso-8859-6', [0xc7, 0xa1, 0xc7], [1])).toEqual({
      text: 'ا\ufffdا',
      errors: [1],
    });
  });

  it('reads UTF-16 when the input starts with its byte order mark, even split after one byte', () => {
    const le = [0xff, 0xfe, 0x27, 0x06, 0x44, 0x06, 0x0a, 0x00];
    const be = [0xfe, 0xff, 0x06, 0x27, 0x06, 0x44];
    expect(decodeAll(undefined, le, [1, 3])).toEqual({ text: '\ufeffال\n', errors: [] });
    expect(decodeAll(undefined, be)).toEqual({ text: '\ufeffال', errors: [] });
  });

  it('reads UTF-8 by default, reporting invalid bytes, also for a one-byte input', () => {
    expect(decodeAll(undefined, [0xd8, 0xa7, 0xff])).toEqual({ text: 'ا\ufffd', errors: [2] });
    expect(decodeAll(undefined, [0x61])).toEqual({ text: 'a', errors: [] });
    expect(decodeAll(undefined, [0xff])).toEqual({ text: '\ufffd', errors: [0] });
    expect(decodeAll(undefined, [])).toEqual({ text: '', errors: [] });
  });

  it('knows WHATWG labels and refuses others', () => {
    expect(checkEncoding('cp1256', Error)).toBe('windows-1256');
    expect(checkEncoding('UTF-16', Error)).toBe('utf-16le');
    expect(() => checkEncoding('ebcdic-arabic', (m) => new RangeError(m))).toThrow(
      /unknown encoding "ebcdic-arabic"/,
    );
  });

  it('gives the line of each invalid UTF-8 sequence when counting lines', () => {
    const decoder = createDecoder(undefined, true);
    const first = decoder.push(new Uint8Array([0x7b, 0x7d, 0x0a, 0x7b, 0xff]));
    const second = decoder.push(new Uint8Array([0x7d, 0x0a, 0x0a, 0xfe]));
    expect(first.lines).toEqual([2]);
    expect(second.errors).toEqual([8]);
    expect(second.lines).toEqual([4]);
  });

  it('keeps the first byte of a UTF-16 byte order mark when the reader reuses its buffer', () => {
    const decoder = createDecoder(undefined, false);
    const shared = Buffer.from([0xff]);
    let text = decoder.push(shared).text;
    shared[0] = 0x41; // overwritten before the next chunk arrives
    text += decoder.push(Buffer.from([0xfe, 0x42, 0x00])).text + decoder.end().text;
    expect(text).toBe('\ufeffB');
  });
});
