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
export const ARTICLE_LONG = 1;
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
/**
 * States of the automaton the scan reads: the trie's states merged where they are equivalent (the
 * same evidence after every sequence of letters), at most 256, so that a state fits in a byte.
 */
const MAX_MERGED_STATES = 256;
/**
 * The next state: `NEXT[(state << 6) | code]` (allocated here, filled at the first line). Bytes:
 * the trie's 419 states in 16-bit rows took 53 KB (90 KB allocated at import); merged, they are
 * 155 states in 64-byte rows, about 10 KB (16 KB allocated). The scan alone, with 64 KB or 256 KB
 * read between its lines to push its tables out of the cache, took the same time with either.
 */
export const NEXT = new Uint8Array(MAX_MERGED_STATES << 6);
/** What a word ending in each state is evidence of (bits {@link PERSIAN_WORD}, {@link ARABIC_WORD}). */
export const STATE_EVIDENCE = new Uint8Array(MAX_MERGED_STATES);
/** The automaton's code of each key letter (0: in no listed word). */
const CODE_OF_KEY = unitBytes();
let built = false;
/** Codes given so far. */
let codes = 0;

/**
 * The trie while it is built (dropped once it is merged into {@link NEXT}): its branches, as
 * {@link NEXT} (a child 0 is "none": the branches the lists do not have are left out), and per
 * state its number of letters, whether it starts with the article, the evidence of the list its
 * word is in, what a word ending there is evidence of, and the state and code of its branch in.
 */
let trie = new Uint16Array(0);
let depth = new Uint8Array(0);
let article = new Uint8Array(0);
let listEvidence = new Uint8Array(0);
let trieEvidence = new Uint8Array(0);
let parent = new Uint16Array(0);
let codeIn = new Uint8Array(0);
let states = 0;

/**
 * Builds the automaton and fills the unit flags (`language-evidence-units.ts`) at the first line
 * read, not at import; later calls return at once: the trie of the word lists, then its states
 * merged into {@link NEXT}. It costs a fraction of a millisecond (each state is read once, with
 * its branches, not by all its codes: the first line runs it interpreted).
 */
export function buildEvidenceTables(): void {
  if (built) return;
  built = true;
  buildTrie();
  mergeEquivalentStates();
  trie = parent = new Uint16Array(0);
  depth = article = listEvidence = trieEvidence = codeIn = new Uint8Array(0);
  fillFlags((letter) => CODE_OF_KEY[letter]!);
}

/** The trie of the word lists, and what a word ending in each of its states is evidence of. */
function buildTrie(): void {
  trie = new Uint16Array(MAX_STATES << 6);
  depth = new Uint8Array(MAX_STATES);
  article = new Uint8Array(MAX_STATES);
  listEvidence = new Uint8Array(MAX_STATES);
  trieEvidence = new Uint8Array(MAX_STATES);
  parent = new Uint16Array(MAX_STATES);
  codeIn = new Uint8Array(MAX_STATES);
  depth.set([0, 4, 0, 3]);
  article.set([0, 1, 0, 1]);
  states = 4;
  insert(String.fromCharCode(ALEF, LAM));
  for (const [list, evidence] of EVIDENCE_LISTS) {
    for (const word of list) {
      // A word in two lists counts as the first (as a look-up in the lists in order would).
      const state = insert(word);
      if (listEvidence[state] === Evidence.None) listEvidence[state] = evidence;
    }
  }
  for (let state = 0; state < states; state++) {
    const kind = listEvidence[state]!;
    if (kind === Evidence.Persian) trieEvidence[state] = PERSIAN_WORD;
    else if (kind === Evidence.Arabic) trieEvidence[state] = ARABIC_WORD;
    else if (kind !== Evidence.PersianAl && article[state] === 1 && depth[state]! >= 4) {
      trieEvidence[state] = ARABIC_WORD;
    }
  }
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
    if (trie[slot] === 0) {
      const next = states++;
      depth[next] = k + 1;
      article[next] =
        article[state] === 1 || (k === 1 && word.charCodeAt(0) === ALEF && letter === LAM) ? 1 : 0;
      parent[next] = state;
      codeIn[next] = CODE_OF_KEY[letter]!;
      trie[slot] = next;
    }
    state = trie[slot]!;
  }
  return state;
}

/**
 * Where a code the trie has no branch for leads from `state`: the dead state, or after the article
 * one of the two article states (see the module comment).
 */
const missingBranch = (state: number) =>
  article[state] === 0 ? DEAD : depth[state]! + 1 >= 4 ? ARTICLE_LONG : ARTICLE_3;

/**
 * Writes the trie into {@link NEXT} and {@link STATE_EVIDENCE} with equivalent states merged: two
 * states are one when a word ending in each is the same evidence and each letter's code leads them
 * to states already merged into one (a mark's code, {@link CODE_BITS}, leads every state to
 * itself). A child is numbered after its parent, so the trie's states are read children first,
 * after the three states the missing branches lead to ({@link DEAD} and {@link ARTICLE_LONG} lead
 * only to themselves, {@link ARTICLE_3} to {@link ARTICLE_LONG}). Every word then reaches the
 * merged state of the trie state it reached, with the same evidence. The merged {@link DEAD},
 * {@link ARTICLE_LONG} and {@link START} keep their numbers, and a state merged into either of the
 * first two leads only to itself, as they do.
 */
function mergeEquivalentStates(): void {
  /** The merged state of each trie state, and its branches (code << 16 | merged child). */
  const merged = new Int32Array(states);
  const branches: number[][] = [];
  for (let state = 0; state < states; state++) branches.push([]);
  const bySignature = new Map<string, number>();
  let count = 0;
  for (const state of mergeOrder()) {
    // The first two lead to themselves: their merged numbers are set before they are read.
    if (state === DEAD || state === ARTICLE_LONG) merged[state] = state;
    const key = signatureOf(state, merged[missingBranch(state)]!, branches[state]!);
    let into = bySignature.get(key);
    if (into === undefined) {
      into = count++;
      if (into >= MAX_MERGED_STATES) throw new RangeError('evidence automaton: too many states');
      bySignature.set(key, into);
    }
    merged[state] = into;
    if (state > START && state !== ARTICLE_3) {
      branches[parent[state]!]!.push((codeIn[state]! << 16) | into);
    }
  }
  // START takes number 2, the number the scan starts from, in exchange with the state that had it.
  const startInto = merged[START]!;
  const renumber = (into: number) =>
    into === startInto ? START : into === START ? startInto : into;
  for (let state = 0; state < states; state++) {
    const row = renumber(merged[state]!) << 6;
    NEXT.fill(renumber(merged[missingBranch(state)]!), row, row | CODE_BITS);
    for (const branch of branches[state]!) NEXT[row | (branch >>> 16)] = renumber(branch & 0xffff);
    NEXT[row | CODE_BITS] = row >> 6;
    STATE_EVIDENCE[row >> 6] = trieEvidence[state]!;
  }
}

/** The trie's states, each after every state it leads to (but itself): see {@link mergeEquivalentStates}. */
function mergeOrder(): number[] {
  const order = [DEAD, ARTICLE_LONG, ARTICLE_3];
  for (let state = states - 1; state >= START; state--) if (state !== ARTICLE_3) order.push(state);
  return order;
}

/**
 * A state's evidence and the merged states its codes lead to, as a string (a map's key): `usual`,
 * where the codes it has no branch for lead, then each branch (code and merged child, in the order
 * of the codes) that leads elsewhere. Equal keys are equal rows.
 */
function signatureOf(state: number, usual: number, branches: number[]): string {
  branches.sort((a, b) => a - b);
  let key = String.fromCharCode(trieEvidence[state]!, usual);
  for (const branch of branches) {
    if ((branch & 0xffff) !== usual) key += String.fromCharCode(branch >>> 16, branch & 0xffff);
  }
  return key;
}

/** The state the automaton reaches on the key spelt last (`spell`), `length` letters long. */
export function keyState(length: number): number {
  let state = START;
  for (let k = 0; k < length; k++) state = NEXT[(state << 6) | CODE_OF_KEY[key[k]!]!]!;
  return state;
}
