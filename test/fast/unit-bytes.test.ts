import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readUnits, type UnitBytes, unitBytesOver, writeUnits } from '../../src/fast/unit-bytes.js';

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

  it('copies and decodes through writeUnits and readUnits as write and toString do', () => {
    const array = new Uint16Array(400);
    const bytes = unitBytesOver(array)!;
    // Node's Buffer has the two methods behind `utf16le`, which the helpers call directly.
    expect(typeof bytes.ucs2Write).toBe('function');
    expect(typeof bytes.ucs2Slice).toBe('function');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(100), (text, at) => {
        array.fill(0);
        writeUnits(bytes, text, 2 * at);
        const written = Array.from(array);
        array.fill(0);
        bytes.write(text, 2 * at, 'utf16le');
        expect(written).toEqual(Array.from(array));
        const end = 2 * (at + text.length);
        expect(readUnits(bytes, 2 * at, end)).toBe(bytes.toString('utf16le', 2 * at, end));
        expect(readUnits(bytes, 2 * at, end)).toBe(text);
      }),
    );
  });

  it('copies and decodes through write and toString where a Buffer has no ucs2Write or ucs2Slice', () => {
    const calls: string[] = [];
    const plain: UnitBytes = {
      write: (text, byteOffset, encoding) => {
        calls.push(`write ${text} ${byteOffset} ${encoding}`);
        return 2 * text.length;
      },
      toString: (encoding, byteStart, byteEnd) => {
        calls.push(`toString ${encoding} ${byteStart} ${byteEnd}`);
        return 'قال';
      },
    };
    writeUnits(plain, 'قال', 4);
    expect(readUnits(plain, 4, 10)).toBe('قال');
    expect(calls).toEqual(['write قال 4 utf16le', 'toString utf16le 4 10']);
  });

  it('is null where the runtime has no Buffer (browsers, Deno without Node globals)', () => {
    vi.stubGlobal('Buffer', undefined);
    expect(unitBytesOver(new Uint16Array(4))).toBeNull();
  });
});
