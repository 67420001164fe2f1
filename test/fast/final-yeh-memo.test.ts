import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finalYehIsMaksura, MEMO_UNITS } from '../../src/fast/final-yeh-memo.js';
import { decode, ensureCapacity, writeString } from '../../src/fast/output-buffer.js';
import { fillLetterTables, isFinalAlefMaksura } from '../../src/letters/map-farsi-letters.js';

const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : process.env.CI ? 2_000 : 300;

/**
 * What the fused pass asks about one FARSI YEH: the units of its word (a proclitic, letters,
 * ZWNJ, TATWEEL, marks), the YEH, and the unit after it if any.
 */
const stem = fc.constantFrom('عل', 'حت', 'موس', 'مستشف', 'إل', 'الذ', 'ف', 'لد', 'کرس', 'ال', '');
const asked = fc
  .tuple(
    fc.constantFrom('', '', 'و', 'ف', 'ب', 'ال', '\u200c', '\u0640', 'x'),
    stem,
    fc.constantFrom('\u06cc', '\ufbfc', '\u06cc\u064e'),
    fc.constantFrom('', ' ', '\u200c', '\u0640', '.'),
    fc.boolean(),
  )
  .map(([before, word, yeh, after, removeZwnj]) => ({
    text: before + word + yeh.charAt(0) + after,
    yeh: before.length + word.length,
    removeZwnj,
  }));

/** Writes `text` at `at` of the output buffer and asks the memo about its YEH at `yeh`. */
function askMemo(text: string, at: number, yeh: number, removeZwnj: boolean): boolean {
  ensureCapacity(at + text.length + 1, 0);
  writeString(text, at);
  return finalYehIsMaksura(at, at + yeh, at + text.length, removeZwnj);
}

describe('the memo of final-yeh answers', () => {
  it('answers as isFinalAlefMaksura on the same units, for words asked again after others took their slots', () => {
    fillLetterTables();
    fc.assert(
      fc.property(fc.array(asked, { minLength: 1, maxLength: 60 }), fc.nat(200), (list, at) => {
        // Twice over, so that the second round is answered from the memo when the slot still holds it.
        for (const { text, yeh, removeZwnj } of [...list, ...list]) {
          const expected = isFinalAlefMaksura(text, yeh, yeh + 1, removeZwnj);
          expect(askMemo(text, at, yeh, removeZwnj)).toBe(expected);
          expect(decode(at, at + text.length)).toBe(text);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('tells apart words that differ only in removeZwnj, in the YEH place or in one unit', () => {
    fillLetterTables();
    // A ZWNJ this pass removes joins the proclitic: the lexicon is asked about another word.
    const joined = 'و\u200cعل\u06cc ';
    expect(askMemo(joined, 0, 4, true)).toBe(isFinalAlefMaksura(joined, 4, 5, true));
    expect(askMemo(joined, 0, 4, false)).toBe(isFinalAlefMaksura(joined, 4, 5, false));
    expect(askMemo('عل\u06cc ', 0, 2, true)).toBe(true);
    expect(askMemo('عل\u06cc ', 10, 2, true)).toBe(true);
    expect(askMemo('ف\u06cc ', 0, 1, true)).toBe(isFinalAlefMaksura('ف\u06cc ', 1, 2, true));
    expect(askMemo('\u06cc\u06cc', 0, 1, true)).toBe(
      isFinalAlefMaksura('\u06cc\u06cc', 1, 2, true),
    );
  });

  it('holds the longest stretch the fused pass asks about', () => {
    fillLetterTables();
    const long = `${'ب'.repeat(MEMO_UNITS - 2)}\u06cc `;
    expect(askMemo(long, 3, MEMO_UNITS - 2, true)).toBe(
      isFinalAlefMaksura(long, MEMO_UNITS - 2, MEMO_UNITS - 1, true),
    );
    expect(askMemo(long, 3, MEMO_UNITS - 2, true)).toBe(
      isFinalAlefMaksura(long, MEMO_UNITS - 2, MEMO_UNITS - 1, true),
    );
  });
});
