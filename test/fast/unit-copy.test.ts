import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnitCopy } from '../../src/fast/unit-copy.js';

/** The code units `units[0, length)` as a string, to compare with the text they were copied from. */
const read = (units: Uint16Array, length: number) =>
  String.fromCharCode(...Array.from(units.subarray(0, length)));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a reusable copy of a text’s code units', () => {
  it('holds the units of any text, lone surrogates included, growing as texts get longer', () => {
    const copy = new UnitCopy(4);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(read(copy.native(text)!, text.length)).toBe(text);
        expect(copy.units.length).toBeGreaterThanOrEqual(text.length);
      }),
    );
  });

  it('makes room by doubling, and gives back only an array longer than the limit', () => {
    const copy = new UnitCopy(4);
    copy.room(9);
    expect(copy.units.length).toBe(16);
    copy.releaseIfLonger(16);
    expect(copy.units.length).toBe(16);
    copy.releaseIfLonger(15);
    expect(copy.units.length).toBe(4);
  });

  it('looks for Buffer again for each new array: none without it, then native again', () => {
    const copy = new UnitCopy(4);
    expect(copy.native('كتاب')).not.toBeNull();
    vi.stubGlobal('Buffer', undefined);
    // The array in use keeps its view; a new one (grown) is made without.
    expect(copy.room(4)).not.toBeNull();
    expect(copy.native('كتاب جديد')).toBeNull();
    expect(copy.room(9)).toBeNull();
    vi.unstubAllGlobals();
    copy.releaseIfLonger(4);
    const text = 'قال \ud800 ثم';
    expect(read(copy.native(text)!, text.length)).toBe(text);
  });
});
