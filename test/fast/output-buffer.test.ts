import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  decode,
  ensureCapacity,
  releaseIfLarge,
  units,
  writeString,
} from '../../src/fast/output-buffer.js';

/**
 * Code units of the kinds the fused pass writes: ASCII, Arabic, NUL, U+FFFF, BOM, tatweel, gaps
 * (never a surrogate alone: stage 1 replaces those, and the decoder would too).
 */
const SAMPLE = 'a\u0627\u0000\ufffdb\uffff\ufeff\u06cc\u0640 \n\u0644\u0644\u0651';

function filled(length: number): string {
  let text = '';
  while (text.length < length) text += SAMPLE;
  return text.slice(0, length);
}

describe('the output buffer', () => {
  it('decodes every range, short or long, to the code units written there', () => {
    const text = filled(200);
    ensureCapacity(text.length, 0);
    writeString(text, 0);
    for (let start = 0; start < 20; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(decode(start, end)).toBe(text.slice(start, end));
      }
    }
  });

  it('decodes a range of one to eight units that differ from what stood there before', () => {
    writeString(filled(16), 0);
    writeString('\u0628\u062a', 3);
    expect(decode(3, 5)).toBe('\u0628\u062a');
    writeString('\u062b', 3);
    expect(decode(3, 4)).toBe('\u062b');
    expect(decode(3, 11)).toBe(`\u062b\u062a${filled(16).slice(5, 11)}`);
  });

  it('decodes an empty or reversed range to the empty string', () => {
    expect(decode(5, 5)).toBe('');
    expect(decode(7, 5)).toBe('');
  });

  it('decodes a long range of any well-formed text, surrogate pairs included, as it was written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 40, maxLength: 400 }), (text) => {
        ensureCapacity(text.length + 3, 0);
        writeString(text, 3);
        expect(decode(3, 3 + text.length)).toBe(text);
      }),
    );
  });

  it('decodes the units of the buffer that replaced a smaller one after a decode', () => {
    const before = filled(100);
    writeString(before, 0);
    expect(decode(0, 100)).toBe(before);
    // A larger buffer, nothing kept: the old one still holds `before`.
    ensureCapacity(2 * units.length, 0);
    const after = filled(101).slice(1);
    writeString(after, 0);
    expect(decode(0, 100)).toBe(after);
  });

  it('writes and decodes a replaced buffer by its own loops when Buffer went away after a decode', () => {
    const before = filled(100);
    writeString(before, 0);
    expect(decode(0, 100)).toBe(before);
    vi.stubGlobal('Buffer', undefined);
    try {
      // A larger buffer: its view would need Buffer, which is gone.
      ensureCapacity(2 * units.length, 0);
      const after = filled(101).slice(1);
      writeString(after, 0);
      expect(units[0]).toBe(after.charCodeAt(0));
      expect(decode(0, 100)).toBe(after);
    } finally {
      vi.unstubAllGlobals();
    }
    ensureCapacity(2 * units.length, 0);
    writeString(before, 0);
    expect(decode(0, 100)).toBe(before);
  });

  it('decodes the units of the small buffer that replaced a very large one', () => {
    ensureCapacity((1 << 22) + 1, 0);
    writeString(filled(100), 0);
    expect(decode(0, 100)).toBe(filled(100));
    releaseIfLarge();
    expect(units.length).toBeLessThanOrEqual(1 << 22);
    const after = filled(102).slice(2);
    writeString(after, 0);
    expect(decode(0, 100)).toBe(after);
  });

  it('writes the units of any string as they are, long or short, at any place', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 63 }),
          fc.string({ unit: 'binary', minLength: 64, maxLength: 300 }),
        ),
        fc.integer({ min: 0, max: 40 }),
        (text, at) => {
          ensureCapacity(at + text.length + 1, 0);
          units[at + text.length] = 0x2a;
          expect(writeString(text, at)).toBe(at + text.length);
          for (let k = 0; k < text.length; k++) expect(units[at + k]).toBe(text.charCodeAt(k));
          expect(units[at + text.length]).toBe(0x2a);
        },
      ),
    );
  });
});
