import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMarkedUnit } from '../../src/fast/first-marked-unit.js';

/** A table marking a few units with bits 1, 2 or both (every other unit 0). */
const TABLE = new Uint16Array(0x10000);
TABLE[0x0627] = 0; // ALEF: unmarked
TABLE[0x200f] = 1;
TABLE[0x0640] = 2;
TABLE[0xfefb] = 3;
const UNITS = [0x0627, 0x0628, 0x20, 0x200f, 0x0640, 0xfefb];

/** What the loop must return: the first unit from `i` whose entry has a bit of `mask`. */
function naive(units: Uint16Array, mask: number, i: number, length: number): number {
  while (i < length && (TABLE[units[i]!]! & mask) === 0) i++;
  return i;
}

/** `text` in a buffer of its own, followed by marked units the loop must never read. */
function copyOf(text: number[]): { units: Uint16Array; pairs: Int32Array } {
  const units = new Uint16Array(2 * Math.ceil((text.length + 16) / 2)).fill(0xfefb);
  units.set(text);
  return { units, pairs: new Int32Array(units.buffer, 0, units.length >> 1) };
}

describe('firstMarkedUnit', () => {
  it('returns the first unit from the start whose entry has a bit of the mask, or the length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...UNITS), { maxLength: 80 }),
        fc.constantFrom(1, 2, 3),
        fc.nat(90),
        (text, mask, start) => {
          const i = Math.min(start, text.length);
          const { units, pairs } = copyOf(text);
          expect(firstMarkedUnit(units, pairs, TABLE, mask, i, text.length)).toBe(
            naive(units, mask, i, text.length),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('finds one marked unit at each place of an eight-unit step, from odd and even starts', () => {
    for (let length = 1; length <= 40; length++) {
      for (let at = 0; at < length; at++) {
        const text: number[] = new Array(length).fill(0x0628);
        text[at] = 0x200f;
        const { units, pairs } = copyOf(text);
        for (let i = 0; i <= length; i++) {
          const expected = i <= at ? at : length;
          expect(firstMarkedUnit(units, pairs, TABLE, 1, i, length)).toBe(expected);
        }
      }
    }
  });
});
