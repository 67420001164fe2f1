import { describe, expect, it } from 'vitest';
import { endsInAlefMaksura, lexiconWords as words } from '../../src/letters/final-yeh.js';
import {
  DEFINITE_NOUNS,
  EXACT_WORDS,
  IMPERFECT_STEMS,
  NAMES,
  NOUNS,
  PARTICLES,
  PERFECT_VERBS,
  YEH_WORDS,
} from '../../src/letters/final-yeh-lexicon.generated.js';
import { isFinalAlefMaksura } from '../../src/letters/map-farsi-letters.js';

/**
 * Every word of the lexicon without its final letter, alone, behind proclitics and behind letters
 * no proclitic is: more distinct words than the look-up remembers (4,096), so that
 * asking them all twice asks them again after the memo was emptied and filled again.
 */
const stems = [
  ...[
    PARTICLES,
    NOUNS,
    NAMES,
    DEFINITE_NOUNS,
    PERFECT_VERBS,
    IMPERFECT_STEMS,
    EXACT_WORDS,
    YEH_WORDS,
  ]
    .flatMap(words)
    .flatMap((word) =>
      ['', 'و', 'فب', 'لل', 'ق', 'ض', 'ظ', 'غث'].map((before) => before + word.slice(0, -1)),
    ),
];

describe('the word-final FARSI YEH look-up', () => {
  it('answers as the lexicon does for each word, also when asked again after thousands of others', () => {
    expect(new Set(stems).size).toBeGreaterThan(4_096);
    const first: boolean[] = [];
    for (const stem of stems) {
      // The word as a Persian keyboard writes it, in a sentence: its last letter FARSI YEH.
      const text = `قال ${stem}\u06cc اليوم`;
      const yeh = 4 + stem.length;
      const answer = isFinalAlefMaksura(text, yeh, yeh + 1, true);
      expect(answer, stem).toBe(endsInAlefMaksura(`${stem}\u0649`));
      first.push(answer);
    }
    expect(first.filter(Boolean).length).toBeGreaterThan(1_000);
    stems.forEach((stem, k) => {
      const text = `${stem}\u06cc.`;
      expect(isFinalAlefMaksura(text, stem.length, stem.length + 1, true), stem).toBe(first[k]);
    });
  });
});
