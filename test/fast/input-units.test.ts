import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { inputUnitsOf, releaseInputIfLarge } from '../../src/fast/input-units.js';

/** The code units `units[0, length)` as a string, to compare with the text they were read from. */
const read = (units: Uint16Array, length: number) =>
  String.fromCharCode(...Array.from(units.subarray(0, length)));

describe('the fused pass’s input buffer', () => {
  it('holds the code units of any text, lone surrogates and pairs included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(read(inputUnitsOf(text), text.length)).toBe(text);
      }),
    );
  });

  it('holds the units of a slice of a larger string and of a string joined from two', () => {
    const whole = `${'كتاب \ud800 جديد '.repeat(50)}\u200b`;
    const slice = whole.slice(7, 400);
    expect(read(inputUnitsOf(slice), slice.length)).toBe(slice);
    const joined = slice + whole;
    expect(read(inputUnitsOf(joined), joined.length)).toBe(joined);
  });

  it('holds each call’s own text, after a longer one and after one that made it grow', () => {
    const long = 'ب'.repeat(20_000);
    expect(read(inputUnitsOf(long), long.length)).toBe(long);
    const short = 'كتاب جديد';
    expect(read(inputUnitsOf(short), short.length)).toBe(short);
    const longer = 'ت'.repeat(50_000);
    expect(read(inputUnitsOf(longer), longer.length)).toBe(longer);
  });

  it('ends every text with two line feeds, where the copy loop stops, whatever it held before', () => {
    const long = 'كتاب جديد '.repeat(100);
    inputUnitsOf(long);
    for (const text of ['', 'ب', 'كتاب', 'كتاب جديد\n', '\ud800']) {
      const units = inputUnitsOf(text);
      expect(read(units, text.length)).toBe(text);
      expect([units[text.length], units[text.length + 1]]).toEqual([0x0a, 0x0a]);
    }
    // Where the text fills the buffer it had, it grows to hold them.
    const filling = 'ج'.repeat(1 << 12);
    const units = inputUnitsOf(filling);
    expect([units[filling.length], units[filling.length + 1]]).toEqual([0x0a, 0x0a]);
  });

  it('holds the text after a very large buffer was given back', () => {
    const huge = 'ج'.repeat((1 << 22) + 1);
    expect(inputUnitsOf(huge)[1 << 22]).toBe(0x062c);
    releaseInputIfLarge();
    const text = 'كتاب جديد';
    const units = inputUnitsOf(text);
    expect(units.length).toBeLessThanOrEqual(1 << 22);
    expect(read(units, text.length)).toBe(text);
  });

  it('holds the text where the runtime has no Buffer (filled by a loop)', () => {
    releaseInputIfLarge();
    inputUnitsOf('ج'.repeat((1 << 22) + 1));
    releaseInputIfLarge();
    vi.stubGlobal('Buffer', undefined);
    try {
      // Longer than the small buffer: a new one, for which no Buffer is found.
      const text = `${'كتاب \ud800 جديد '.repeat(400)}\u200b`;
      expect(read(inputUnitsOf(text), text.length)).toBe(text);
      const short = 'قال';
      expect(read(inputUnitsOf(short), short.length)).toBe(short);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
