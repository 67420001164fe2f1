import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicTextEnd, arabicUnitsEnd } from '../../../src/punctuation/scan/word-run.js';
import {
  arabicMark,
  hostileArabicText,
  lineBreak,
  punctuation,
  unicodeSpace,
} from '../../support/arabic-arbitraries.js';
import { propertyRuns } from '../../support/property-runs.js';
import { unitsInBuffer } from '../../support/units-buffer.js';

const RUNS = propertyRuns(20_000, 1_000);

/** Arabic text with spaces, marks and the characters that end it, at any parity. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom('ب', 'كتب', ' ', '  ', 'ـ', 'a', '1', 'é', 'ﻻ'),
      arabicMark,
      punctuation,
      unicodeSpace,
      lineBreak,
      hostileArabicText(6),
    ),
    { maxLength: 20 },
  )
  .map((pieces) => pieces.join(''));

describe('the end of the Arabic text of a word run', () => {
  it('is the same read in the units buffer, two at a time, as read in the string', () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.nat(),
        fc.nat(3),
        fc.constantFrom(0x20, 0x0628, 0x2c),
        (t, a, b, pad, filler) => {
          const n = t.length;
          const from = a % (n + 1);
          const limit = from + (b % (n + 1 - from));
          // What lies past `limit` (the rest of the text, or the filler past its end) is never read.
          expect(
            arabicUnitsEnd(unitsInBuffer(t, pad, filler), from, limit),
            JSON.stringify(t),
          ).toBe(arabicTextEnd(t, from, limit));
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });

  it('stops at the first unit that is not Arabic text, at either parity, up to the limit', () => {
    for (let before = 0; before < 4; before++) {
      for (let length = 0; length < 6; length++) {
        const t = `${'بب ب'.slice(0, before)}${'ك ك ك'.slice(0, length)},ب`;
        for (let from = 0; from <= t.length; from++) {
          for (let limit = from; limit <= t.length; limit++) {
            expect(
              arabicUnitsEnd(unitsInBuffer(t, 1, 0x0628), from, limit),
              `${t} ${from} ${limit}`,
            ).toBe(arabicTextEnd(t, from, limit));
          }
        }
      }
    }
  });
});
