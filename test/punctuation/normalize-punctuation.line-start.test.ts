import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lineStartBefore,
  lineStartBeforeInUnits,
} from '../../src/punctuation/normalize-punctuation.js';
import { hostileArabicText, lineBreak } from '../support/arabic-arbitraries.js';
import { propertyRuns } from '../support/property-runs.js';

const RUNS = propertyRuns(20_000, 1_000);

/** Lines of any text, between line breaks of every kind. */
const text = fc
  .array(fc.oneof(hostileArabicText(12), lineBreak, fc.constantFrom('\u0085', '\v', '\f', ',')), {
    maxLength: 12,
  })
  .map((pieces) => pieces.join(''));

describe('the start of the line where the gate stopped', () => {
  it('is the same read in the units buffer as read in the string', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(3), (t, a, pad) => {
        const i = a % (t.length + 1);
        const units = new Uint16Array(t.length + pad).fill(0x0a);
        for (let k = 0; k < t.length; k++) units[k] = t.charCodeAt(k);
        expect(lineStartBeforeInUnits(units, i), JSON.stringify(t)).toBe(lineStartBefore(t, i));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('is just after the last line break before the place, or the start of the text', () => {
    const t = 'أ\nب\r\nج\u2028د';
    const units = Uint16Array.from(t, (c) => c.charCodeAt(0));
    expect([0, 1, 2, 3, 5, 6, 7, 8].map((i) => lineStartBeforeInUnits(units, i))).toEqual([
      0, 0, 2, 2, 5, 5, 7, 7,
    ]);
  });
});
