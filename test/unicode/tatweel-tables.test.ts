import { describe, expect, it } from 'vitest';
import { ARABIC_LETTERS } from '../../src/chars/sets.js';
import { normalize } from '../../src/normalize.js';
import { COMBINING_MARK_RANGES } from '../../src/unicode/canonical.js';
import {
  type CodeRange,
  INVISIBLES,
  LINE_BREAKS,
  SPACES,
  TATWEEL,
} from '../../src/unicode/character-sets.js';
import { presentationForms } from '../../src/unicode/presentation-forms.generated.js';
import { tatweelContexts } from '../../src/unicode/tatweel.js';
import { WORD_LIGATURES } from '../../src/unicode/word-ligatures.js';

/** The tables as they were built at import before they were filled at the first tatweel. */
function eagerTables() {
  // The contexts: 0 other, 1 looked through, 2 a gap, 3 a letter, 4 a mark.
  const [SKIP, GAP, LETTER, MARK] = [1, 2, 3, 4];
  const next = new Uint8Array(0x10000);
  const previous = new Uint8Array(0x10000);
  const formMarks = new Map<number, string>();
  const fill = (ranges: readonly CodeRange[], context: number) => {
    for (const [first, last] of ranges) {
      next.fill(context, first, last + 1);
      previous.fill(context, first, last + 1);
    }
  };
  fill(ARABIC_LETTERS, LETTER);
  fill(COMBINING_MARK_RANGES, MARK);
  fill(SPACES, GAP);
  fill(LINE_BREAKS, GAP);
  fill(INVISIBLES, SKIP);
  fill([[TATWEEL, TATWEEL]], SKIP);
  for (const [form, letters] of [...presentationForms(), ...WORD_LIGATURES]) {
    next[form] = next[letters.charCodeAt(0)]!;
    previous[form] = previous[letters.charCodeAt(letters.length - 1)]!;
    if (next[form] === MARK && previous[form] === MARK) formMarks.set(form, letters);
  }
  return { next, previous, formMarks };
}

describe('the tatweel decision reads tables filled at the first tatweel', () => {
  it('are, once filled, the tables built at import, entry for entry', () => {
    // The first tatweel of the process fills them.
    expect(normalize('كتـــاب')).toBe('كتاب');
    const filled = tatweelContexts();
    const eager = eagerTables();
    expect(filled.next.length).toBe(0x10000);
    expect(Buffer.from(filled.next).equals(Buffer.from(eager.next))).toBe(true);
    expect(Buffer.from(filled.previous).equals(Buffer.from(eager.previous))).toBe(true);
    expect([...filled.formMarks]).toEqual([...eager.formMarks]);
    expect(filled.formMarks.size).toBeGreaterThan(0);
  });
});
