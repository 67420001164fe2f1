import { unitBytes } from '../core/unit-tables.js';
import {
  ALEF,
  CODE_BITS,
  EVIDENCE_LISTS,
  Evidence,
  fillFlags,
  key,
  LAM,
} from './language-evidence-units.js';

/**
 * The word lists of the Persian-line detector as one automaton over key letters (a trie whose
 * missing branches are filled in), so that the scan of a line spells and looks up each word as it
 * reads it: one table step per letter, no second pass over the word, no hashing, no string.
 *
 * - Each letter of the lists has a code (1 to 62); a letter in no listed word has code 0, and the
 *   code {@link CODE_BITS} (63) leaves every state as it is (marks and controls inside a word).
 * - State 0 is dead (no listed word starts with the letters read), state 1 the start. A word whose
 *   key starts with the article ال is never dead: its branch falls into {@link ARTICLE_3} or
 *   {@link ARTICLE_LONG}, because a word of four letters or more with the article is Arabic
 *   evidence whether it is listed or not.
 * - {@link STATE_EVIDENCE} tells what the word read so far is evidence of when it ends there.
 */

export const DEAD = 0;
/** A word of four letters or more starting with ال that is no listed word's start. */
const ARTICLE_LONG = 1;
/** The states no letter leaves ({@link DEAD} and {@link ARTICLE_LONG}): a scan stops stepping. */
export const SETTLED = 1;
export const START = 2;
/** A word of three letters starting with ال that is no listed word's start. */
const ARTICLE_3 = 3;

/** Bits of {@link STATE_EVIDENCE}: a word ending in the state is... */
/** ...a listed Persian or Urdu word. */
export const PERSIAN_WORD = 1;
/** ...a listed Arabic word, or a word of four letters or more with the article (not a Persian one such as البته). */
export const ARABIC_WORD = 2;

/** At most one state per letter of the lists, the four above and the article's two letters. */
const MAX_STATES =
  6 + EVIDENCE_LISTS.reduce((sum, [list]) => sum + list.reduce((n, word) => n + word.length, 0), 0);
/** The next state: `NEXT[(state << 6) | code]` (allocated here, filled at the first line). */
export const NEXT = new Uint16Array(MAX_STATES << 6);
/** What a word ending in each state is evidence of (bits {@link PERSIAN_WORD}, {@link ARABIC_WORD}). */
export const STATE_EVIDENCE = new Uint8Array(MAX_STATES);
/** The automaton's code of each key letter (0: in no listed word). */
const CODE_OF_KEY = unitBytes();
let built = false;
/** Codes given so far. */
let codes = 0;

/** Per state while building: its number of letters, and whether it starts with the article. */
const DEPTH = new Uint8Array(MAX_STATES);
const ARTICLE = new Uint8Array(MAX_STATES);
const EVIDENCE = new Uint8Array(MAX_STATES);
let states = 0;

/**
 * Builds the automaton and fills the unit flags (`language-evidence-units.ts`) at the first line
 * read, not at import; later calls return at once. Built straight into the tables (a child 0 is
 * "none yet": no branch leads back to the dead state), so it costs a fraction of a millisecond.
 */
export function buildEvidenceTables(): void {
  if (built) return;
  built = true;
  DEPTH.set([0, 4, 0, 3]);
  ARTICLE.set([0, 1, 0, 1]);
  states = 4;
  insert(String.fromCharCode(ALEF, LAM));
  for (const [list, evidence] of EVIDENCE_LISTS) {
    for (const word of list) {
      // A word in two lists counts as the first (as a look-up in the lists in order would).
      const state = insert(word);
      if (EVIDENCE[state] === Evidence.None) EVIDENCE[state] = evidence;
    }
  }
  for (let state = 0; state < states; state++) {
    // A branch the lists do not have: dead (already 0), or one of the two article states.
    if (ARTICLE[state] === 1) {
      const missing = DEPTH[state]! + 1 >= 4 ? ARTICLE_LONG : ARTICLE_3;
      for (let code = 0; code < CODE_BITS; code++) {
        if (NEXT[(state << 6) | code] === 0) NEXT[(state << 6) | code] = missing;
      }
    }
    NEXT[(state << 6) | CODE_BITS] = state;
    const kind = EVIDENCE[state]!;
    if (kind === Evidence.Persian) STATE_EVIDENCE[state] = PERSIAN_WORD;
    else if (kind === Evidence.Arabic) STATE_EVIDENCE[state] = ARABIC_WORD;
    else if (kind !== Evidence.PersianAl && ARTICLE[state] === 1 && DEPTH[state]! >= 4) {
      STATE_EVIDENCE[state] = ARABIC_WORD;
    }
  }
  fillFlags((letter) => CODE_OF_KEY[letter]!);
}

/** Adds the branch of `word` (giving its letters codes as they come) and returns its last state. */
function insert(word: string): number {
  let state = START;
  for (let k = 0; k < word.length; k++) {
    const letter = word.charCodeAt(k);
    if (CODE_OF_KEY[letter] === 0) {
      if (++codes >= CODE_BITS) throw new RangeError('evidence automaton: too many letters');
      CODE_OF_KEY[letter] = codes;
    }
    const slot = (state << 6) | CODE_OF_KEY[letter]!;
    if (NEXT[slot] === 0) {
      const next = states++;
      DEPTH[next] = k + 1;
      ARTICLE[next] =
        ARTICLE[state] === 1 || (k === 1 && word.charCodeAt(0) === ALEF && letter === LAM) ? 1 : 0;
      NEXT[slot] = next;
    }
    state = NEXT[slot]!;
  }
  return state;
}

/** The state the automaton reaches on the key spelt last (`spell`), `length` letters long. */
export function keyState(length: number): number {
  let state = START;
  for (let k = 0; k < length; k++) state = NEXT[(state << 6) | CODE_OF_KEY[key[k]!]!]!;
  return state;
}
