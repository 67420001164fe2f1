import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexiconWords } from '../../src/letters/final-yeh.js';
import {
  NAMES,
  NOUNS,
  PARTICLES,
  PERFECT_VERBS,
} from '../../src/letters/final-yeh-lexicon.generated.js';
import {
  continuesWord,
  fillLetterTables,
  isFinalAlefMaksura,
  isFinalAlefMaksuraInUnits,
} from '../../src/letters/map-farsi-letters.js';
import { propertyRuns } from '../support/property-runs.js';

/**
 * The fused pass asks about a word-final FARSI YEH in its output buffer; the string form is the
 * reference. They must agree at every FARSI YEH that ends its word, wherever the line starts.
 */
const RUNS = propertyRuns(2_000, 500);
const FARSI_YEH = '\u06cc';

/** Words of the lexicon (and other words) as a Persian keyboard types them: final FARSI YEH. */
const lexiconWord = fc
  .constantFrom(...[PARTICLES, NOUNS, NAMES, PERFECT_VERBS].flatMap(lexiconWords).slice(0, 400))
  .map((word) => word.slice(0, -1) + FARSI_YEH);
const piece = fc.oneof(
  { weight: 6, arbitrary: lexiconWord },
  { weight: 3, arbitrary: fc.constantFrom('و', 'ف', 'ب', 'ل', 'ال', 'لل', 'س', 'ي', 'ق', 'ض') },
  { weight: 3, arbitrary: fc.constantFrom(FARSI_YEH, '\u06a9', '\u064a', '\u0649') },
  // Marks, TATWEEL, ZWNJ and other invisibles, presentation forms, separators.
  { weight: 3, arbitrary: fc.constantFrom('\u064e', '\u0651', '\u0654', '\u0670', '\u0640') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('\u200c', '\u200d', '\u200f', '\ufbfe', '\ufef4', '\ufedf'),
  },
  { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '.', '،', 'a', '1') },
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

function agreeAtEveryFinalYeh(line: string, lineStart: number, removeZwnj: boolean): void {
  // continuesWord reads the letter tables as they are, as its callers in src fill them first:
  // before any look-up has filled them, every unit would read as ending the word.
  fillLetterTables();
  // The line after other text in the buffer, which the read must not reach.
  const buffer = Uint16Array.from(`\u0628\u0644\u062f${line}`, (c) => c.charCodeAt(0));
  const offset = 3;
  for (let at = lineStart; at < line.length; at++) {
    if (line[at] !== FARSI_YEH) continue;
    if (at + 1 < line.length && continuesWord(line.charCodeAt(at + 1), removeZwnj)) continue;
    const expected = isFinalAlefMaksura(
      line.slice(lineStart),
      at - lineStart,
      at - lineStart + 1,
      removeZwnj,
    );
    const actual = isFinalAlefMaksuraInUnits(buffer, offset + lineStart, offset + at, removeZwnj);
    expect(actual, `${JSON.stringify(line)} at ${at} from ${lineStart}`).toBe(expected);
  }
}

describe('the word-final FARSI YEH read in code units', () => {
  it('answers as the string form on the text from the line start, at every final FARSI YEH', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.boolean(), (line, start, removeZwnj) => {
        agreeAtEveryFinalYeh(line, line.length === 0 ? 0 : start % line.length, removeZwnj);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a word no further back than the line start, nor past 32 units of it', () => {
    const long = `${'\u0628\u064e'.repeat(20)}\u0639\u0644${FARSI_YEH}`;
    for (const line of [
      `\u0648\u0639\u0644${FARSI_YEH}`,
      long,
      `\u0644\u062f${FARSI_YEH} \u0639\u0644${FARSI_YEH}`,
    ]) {
      for (let start = 0; start < line.length; start++) {
        for (const removeZwnj of [false, true]) agreeAtEveryFinalYeh(line, start, removeZwnj);
      }
    }
  });
});
