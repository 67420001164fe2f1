import { describe, expect, it } from 'vitest';
import { ARABIC_SPELLING, LETTER, STRONG } from '../../src/letters/language-evidence-units.js';
import { isPersianLineReference } from '../../src/letters/persian-line-reference.js';
import {
  isPersianLine,
  isPersianLineInUnits,
  SPELT,
  WORD_BITS_SHIFT,
} from '../../src/letters/persian-passages.js';

/**
 * The line scans look up what each word adds to the scores in one table, by the automaton's
 * evidence for its key and the word's bits, which they take from the OR of its unit flags by one
 * shift.
 */
const unitsOf = (text: string) => Uint16Array.from(text, (c) => c.charCodeAt(0));

describe('the word scores of the Persian-line scan', () => {
  it('are indexed by the flags LETTER, STRONG and ARABIC_SPELLING shifted down to bits 0, 1 and 2', () => {
    expect(LETTER >> WORD_BITS_SHIFT).toBe(SPELT);
    expect(STRONG >> WORD_BITS_SHIFT).toBe(2);
    expect(ARABIC_SPELLING >> WORD_BITS_SHIFT).toBe(4);
  });

  it('count a ZWNJ after a word spelt out of line from presentation forms alone', () => {
    // Each ZWNJ joins a suffix to a word of presentation forms (no unit of it has LETTER): one
    // piece of Persian evidence each, two in all, so the line is Persian.
    const line = '\ufedb\ufe98\ufe8e\ufe8f\u200cمان \ufedb\ufe98\ufe8e\ufe8f\u200cشان';
    expect(isPersianLineReference(line, 0, line.length)).toBe(true);
    expect(isPersianLine(line, 0, line.length)).toBe(true);
    expect(isPersianLineInUnits(unitsOf(line), 0, line.length)).toBe(true);
  });

  it('count no ZWNJ after a word of marks alone, spelt out of line', () => {
    // A lone HAMZA ABOVE (composing, so spelt out of line) spells no letter: the ZWNJ after it
    // joins nothing, and one listed Persian word is not enough.
    const line = 'کتاب \u0654\u200cمان \u0654\u200cشان است';
    expect(isPersianLineReference(line, 0, line.length)).toBe(false);
    expect(isPersianLine(line, 0, line.length)).toBe(false);
    expect(isPersianLineInUnits(unitsOf(line), 0, line.length)).toBe(false);
  });
});
