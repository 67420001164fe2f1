import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unitBytesOver } from '../../src/fast/unit-bytes.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Node’s Buffer over a Uint16Array (the fast path’s native copy and decode)', () => {
  it('writes any text’s code units into the array as they are, lone surrogates included', () => {
    const array = new Uint16Array(400);
    const bytes = unitBytesOver(array)!;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(100), (text, at) => {
        bytes.write(text, 2 * at, 'utf16le');
        for (let k = 0; k < text.length; k++) expect(array[at + k]).toBe(text.charCodeAt(k));
      }),
    );
  });

  it('decodes the units of a range as the string of those units', () => {
    const array = new Uint16Array(8);
    array.set([0x0643, 0x062a, 0xd83d, 0xde00, 0x0628, 0x20, 0xd800, 0x0041]);
    const bytes = unitBytesOver(array)!;
    expect(bytes.toString('utf16le', 0, 16)).toBe('كت\u{1F600}ب \ud800A');
    expect(bytes.toString('utf16le', 2, 10)).toBe('ت\u{1F600}ب');
  });

  it('covers a view’s own memory, not the whole of the memory it is cut from', () => {
    const whole = new Uint16Array(16);
    const view = whole.subarray(4, 12);
    unitBytesOver(view)!.write('قال', 0, 'utf16le');
    expect(Array.from(whole.subarray(0, 8))).toEqual([0, 0, 0, 0, 0x0642, 0x0627, 0x0644, 0]);
  });

  it('is null where the runtime has no Buffer (browsers, Deno without Node globals)', () => {
    vi.stubGlobal('Buffer', undefined);
    expect(unitBytesOver(new Uint16Array(4))).toBeNull();
  });
});
