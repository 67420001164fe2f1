import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARABIC_WORD,
  ARTICLE_LONG,
  buildEvidenceTables,
  DEAD,
  keyState,
  NEXT,
  PERSIAN_WORD,
  START,
  STATE_EVIDENCE,
} from '../../src/letters/evidence-automaton.js';
import {
  CODE_BITS,
  EVIDENCE_LISTS,
  Evidence,
  key,
} from '../../src/letters/language-evidence-units.js';
import { propertyRuns } from '../support/property-runs.js';

/**
 * The word-list automaton is the trie of the lists with its equivalent states merged (so that a
 * state fits in a byte). Whatever is merged, the state a key reaches must say what the lists say
 * of that key: its list's evidence when it is listed (the first list it is in), else Arabic when
 * it starts with the article and has four letters or more, else nothing.
 */
const RUNS = propertyRuns(5_000, 1_000);
const ARTICLE = 'ال';
/** Letters up to which a key is spelt (`key` holds this many and one more). */
const MAX_KEY = key.length - 1;

function listedEvidence(word: string): number | undefined {
  for (const [list, evidence] of EVIDENCE_LISTS) {
    if (!list.includes(word)) continue;
    if (evidence === Evidence.Persian) return PERSIAN_WORD;
    return evidence === Evidence.Arabic ? ARABIC_WORD : 0;
  }
  return undefined;
}

/** What the word lists say of the key `word` (see above). */
function expectedEvidence(word: string): number {
  const listed = listedEvidence(word);
  if (listed !== undefined) return listed;
  return word.startsWith(ARTICLE) && word.length >= 4 ? ARABIC_WORD : 0;
}

/** The evidence of the state the automaton reaches on the key `word`. */
function automatonEvidence(word: string): number {
  for (let k = 0; k < word.length; k++) key[k] = word.charCodeAt(k);
  return STATE_EVIDENCE[keyState(word.length)]!;
}

const LISTED = EVIDENCE_LISTS.flatMap(([list]) => list);
/** Every letter of the lists, and one in no list (ZAH is in none, a test checks it below). */
const LETTERS = [...new Set(LISTED.join(''))];
const UNLISTED_LETTER = 'ظ';

describe('the merged word-list automaton', () => {
  buildEvidenceTables();

  it('gives every listed word, each of its prefixes and each prefix with one more letter the evidence of the lists', () => {
    expect(LETTERS).not.toContain(UNLISTED_LETTER);
    const words = new Set<string>(['', ARTICLE]);
    for (const word of LISTED) {
      for (let end = 0; end <= word.length; end++) {
        const prefix = word.slice(0, end);
        words.add(prefix);
        for (const letter of [...LETTERS, UNLISTED_LETTER]) words.add(prefix + letter);
      }
    }
    let checked = 0;
    for (const word of words) {
      if (word.length > MAX_KEY) continue;
      expect(automatonEvidence(word), word).toBe(expectedEvidence(word));
      checked++;
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('gives keys made of the lists’ letters, with or without the article, the evidence of the lists', () => {
    const letter = fc.constantFrom(...LETTERS, UNLISTED_LETTER);
    fc.assert(
      fc.property(
        fc.constantFrom('', ARTICLE, 'و', 'وال'),
        fc.array(letter, { maxLength: MAX_KEY - 3 }),
        (start, letters) => {
          const word = start + letters.join('');
          expect(automatonEvidence(word)).toBe(expectedEvidence(word));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('leaves every state where it is at a mark’s code, and never leaves the dead and long-article states', () => {
    // The states a key can reach, from the start.
    const reached = [START];
    for (let k = 0; k < reached.length; k++) {
      for (let code = 0; code <= CODE_BITS; code++) {
        const next = NEXT[(reached[k]! << 6) | code]!;
        if (!reached.includes(next)) reached.push(next);
      }
    }
    expect(reached.length).toBeGreaterThan(100);
    for (const state of reached) expect(NEXT[(state << 6) | CODE_BITS]).toBe(state);
    for (const settled of [DEAD, ARTICLE_LONG]) {
      for (let code = 0; code <= CODE_BITS; code++)
        expect(NEXT[(settled << 6) | code]).toBe(settled);
    }
  });
});
