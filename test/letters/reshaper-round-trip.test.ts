import { ArabicShaper } from 'arabic-persian-reshaper';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanUnicode, mapFarsiLetters } from '../../src/index.js';
import { arabicLetter, arabicMark } from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';

/**
 * arabic-persian-reshaper turns clean Arabic into presentation forms, as a PDF set in a Persian
 * font does: ALEF MAKSURA after a joining letter comes out as FARSI YEH FINAL FORM. Stage 1 undoes
 * the shaping; stage 2 decides each word-final FARSI YEH with the ALEF MAKSURA word list.
 */
const reshape = (text: string): string => ArabicShaper.convertArabic(text);
// Mapping forced: the detector would rightly read a random short line such as `نه علی` (after the
// reshaper) as Persian. The fixtures also go through the default, detection included (below).
// Elongation is kept: a generated word may repeat a letter, which the reshaper does not touch.
const bothStages = (text: string) =>
  mapFarsiLetters(cleanUnicode(text), { farsiLetters: 'arabic', elongation: 'keep' });

const WORD_FINAL_MAKSURA = /\u0649(?![\u0621-\u064a\u064b-\u0652])/g;

/** Indexes where `expected` and `actual` differ. */
function differences(expected: string, actual: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    if (expected[i] !== actual[i]) at.push(i);
  }
  return at;
}

/** Clean Arabic from the fixture documents: their output of stages 1 and 2. */
const cleanDocuments = DOCUMENT_NAMES.map((name) => [name, bothStages(readDocument(name))]);

describe('undoing arabic-persian-reshaper', () => {
  it.each(cleanDocuments)(
    'stage 1 on the reshaped %s gives the clean text back, except FARSI YEH for word-final ALEF MAKSURA',
    (_, clean) => {
      const undone = cleanUnicode(reshape(clean!));
      expect(undone.length).toBe(clean!.length);
      for (const i of differences(clean!, undone)) {
        expect([clean![i], undone[i]]).toEqual(['\u0649', '\u06cc']);
      }
    },
  );

  it.each(cleanDocuments)(
    'stages 1 and 2 on the reshaped %s give the clean text back',
    (_, clean) => {
      expect(bothStages(reshape(clean!))).toBe(clean);
    },
  );

  it.each(cleanDocuments)(
    'stages 1 and 2 with the default farsiLetters (auto) on the reshaped %s give the clean text back',
    (_, clean) => {
      expect(mapFarsiLetters(cleanUnicode(reshape(clean!)))).toBe(clean);
    },
  );

  it('recovers word-final ALEF MAKSURA in the fixtures (share logged)', () => {
    let total = 0;
    let recovered = 0;
    for (const [, clean] of cleanDocuments) {
      const undone = bothStages(reshape(clean!));
      for (const match of clean!.matchAll(WORD_FINAL_MAKSURA)) {
        total++;
        if (undone[match.index] === '\u0649') recovered++;
      }
    }
    console.info(`word-final ALEF MAKSURA recovered in the fixtures: ${recovered}/${total}`);
    expect(total).toBeGreaterThan(50);
    expect(recovered / total).toBeGreaterThanOrEqual(0.95);
  });

  /** Words of Arabic letters (ALEF MAKSURA only word-final), with marks, spaces and punctuation. */
  const arabicWords = fc
    .array(
      fc.oneof(
        {
          weight: 10,
          arbitrary: fc.array(arabicLetter, { minLength: 1, maxLength: 7 }).map((l) => l.join('')),
        },
        {
          weight: 2,
          arbitrary: fc.constantFrom('على', 'إلى', 'حتى', 'مستوى', 'يسمى', 'أخرى', 'في', 'الذي'),
        },
        {
          weight: 1,
          arbitrary: fc
            .array(arabicLetter, { minLength: 1, maxLength: 5 })
            .map((l) => `${l.join('')}ى`),
        },
        { weight: 1, arbitrary: fc.tuple(arabicLetter, arabicMark).map(([l, m]) => `${l}${m}`) },
      ),
      { maxLength: 12 },
    )
    .map((words) => words.join(' ').replace(/ى(?=[\u0621-\u064a])/g, 'ي'));

  it('stage 1 undoes it on generated text, up to FARSI YEH for word-final ALEF MAKSURA', () => {
    fc.assert(
      fc.property(arabicWords, (text) => {
        const clean = cleanUnicode(text);
        const undone = cleanUnicode(reshape(clean));
        expect(undone.length).toBe(clean.length);
        for (const i of differences(clean, undone)) {
          expect([clean[i], undone[i]]).toEqual(['\u0649', '\u06cc']);
        }
      }),
    );
  });

  it('stages 1 and 2 undo it on generated text, except at word-final ALEF MAKSURA missing from the list', () => {
    fc.assert(
      fc.property(arabicWords, (text) => {
        const clean = bothStages(text);
        const undone = bothStages(reshape(clean));
        for (const i of differences(clean, undone)) {
          expect([clean[i], undone[i]]).toEqual(['\u0649', '\u064a']);
        }
      }),
    );
  });
});
