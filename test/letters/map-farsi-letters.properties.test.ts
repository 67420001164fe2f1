import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanUnicode, mapFarsiLetters } from '../../src/index.js';
import { isPersianLine } from '../../src/letters/persian-passages.js';
import { arabicText, hostileArabicText } from '../support/arabic-arbitraries.js';

const FARSI_LOOK_ALIKES = /[\u06cc\u06d2\u06d3\u06a9\u06be\u06c1\u06d5\u06c0\u06c2\u06c3]/;
const anyText = fc.oneof(arabicText(), hostileArabicText());

describe('mapFarsiLetters properties', () => {
  it.each([['arabic'], ['keep'], ['auto']] as const)(
    'is idempotent with farsiLetters: %s',
    (farsiLetters) => {
      fc.assert(
        fc.property(anyText, (text) => {
          const once = mapFarsiLetters(text, { farsiLetters });
          expect(mapFarsiLetters(once, { farsiLetters })).toBe(once);
        }),
      );
    },
  );

  it('after stage 1, with farsiLetters: arabic, leaves no Farsi look-alike letter', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = mapFarsiLetters(cleanUnicode(text), { farsiLetters: 'arabic' });
        expect(out).not.toMatch(FARSI_LOOK_ALIKES);
      }),
    );
  });

  it('after stage 1, by default, leaves Farsi look-alike letters only in Persian or Urdu lines', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lines = mapFarsiLetters(cleanUnicode(text)).split('\n');
        for (const line of lines) {
          if (FARSI_LOOK_ALIKES.test(line)) expect(isPersianLine(line, 0, line.length)).toBe(true);
        }
      }),
    );
  });

  it('after stage 1, gives the same output for a text and its NFD', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const stages = (t: string) => mapFarsiLetters(cleanUnicode(t));
        expect(stages(text.normalize('NFD'))).toBe(stages(text));
      }),
    );
  });

  it('keeps NFC text in NFC', () => {
    fc.assert(
      fc.property(arabicText(), (text) => {
        const out = mapFarsiLetters(cleanUnicode(text));
        expect(out.normalize('NFC')).toBe(out);
      }),
    );
  });

  it('changes only Farsi letters (and their presentation forms) and the marks right after them', () => {
    fc.assert(
      fc.property(arabicText(), (text) => {
        const clean = cleanUnicode(text);
        // Elongation kept: a run of three equal letters is the elongation rule's business.
        const out = mapFarsiLetters(clean, { elongation: 'keep' });
        const strip = (t: string) =>
          t.replace(
            /[\u06cc\u06d2\u06a9\u06be\u06c1\u06d5\u06c3\u064a\u0643\u0647\u0629\u0649\u0626\u06c0\u06c2\u06d3\u0654]/g,
            '',
          );
        expect(strip(out)).toBe(strip(clean));
      }),
    );
  });
});
