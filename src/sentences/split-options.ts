import { ABBREVIATIONS } from './abbreviations.js';
import { BREAK, CHAR_CLASS, ELLIPSIS, SPACE, STRONG } from './character-classes.js';
import {
  abbreviationSet,
  DEFAULT_ABBREVIATIONS,
  fillWordSets,
  specialWordKeys,
} from './full-stop.js';
import type { WordSet } from './word-set.js';

/** The options of one call, checked. */
export interface Settings {
  readonly abbreviations: WordSet;
  readonly hardWrapped: boolean;
  /** {@link specialWordKeys} of `abbreviations`, worked out once per set. */
  readonly specialKeys: Uint32Array;
}

/** {@link specialWordKeys} of the default abbreviations, filled with the word sets ({@link prepare}). */
const DEFAULT_SPECIAL_KEYS = new Uint32Array(2048);
let prepared = false;

/** Fills the word sets and the default keys, at the first call, not at import (once). */
function prepare(): void {
  if (prepared) return;
  prepared = true;
  fillWordSets();
  specialWordKeys(DEFAULT_ABBREVIATIONS, DEFAULT_SPECIAL_KEYS);
}
const DEFAULT_SETTINGS: Settings = {
  abbreviations: DEFAULT_ABBREVIATIONS,
  hardWrapped: false,
  specialKeys: DEFAULT_SPECIAL_KEYS,
};
const WRAPPED_SETTINGS: Settings = {
  abbreviations: DEFAULT_ABBREVIATIONS,
  hardWrapped: true,
  specialKeys: DEFAULT_SPECIAL_KEYS,
};
const KNOWN_OPTIONS = ['abbreviations', 'hardWrapped'];

/** Checks the options of `splitSentences` (also used by its reference implementation in tests). */
export function checkSplitOptions(options: unknown): Settings {
  prepare();
  if (options === undefined) return DEFAULT_SETTINGS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('splitSentences: argument "options" must be an object or undefined');
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.includes(key)) {
      throw new TypeError(
        `splitSentences: unknown option ${JSON.stringify(key)}; known options are ${KNOWN_OPTIONS.map((k) => `"${k}"`).join(', ')}`,
      );
    }
  }
  const { abbreviations, hardWrapped } = options as {
    abbreviations?: unknown;
    hardWrapped?: unknown;
  };
  if (hardWrapped !== undefined && typeof hardWrapped !== 'boolean') {
    throw new TypeError('splitSentences: option "hardWrapped" must be true, false or undefined');
  }
  const wrapped = hardWrapped === true;
  const set = checkAbbreviations(abbreviations);
  if (set === DEFAULT_ABBREVIATIONS) return wrapped ? WRAPPED_SETTINGS : DEFAULT_SETTINGS;
  return { abbreviations: set, hardWrapped: wrapped, specialKeys: specialWordKeys(set) };
}

function checkAbbreviations(abbreviations: unknown): WordSet {
  if (abbreviations === undefined) return DEFAULT_ABBREVIATIONS;
  if (!Array.isArray(abbreviations)) {
    throw new TypeError(
      'splitSentences: option "abbreviations" must be an array of strings, like ["ت", "Corp"]',
    );
  }
  if (abbreviations.length === 0) return DEFAULT_ABBREVIATIONS;
  const extra: string[] = [];
  for (const entry of abbreviations) {
    let word = entry;
    if (typeof word === 'string' && word.endsWith('.')) word = word.slice(0, -1);
    if (typeof word !== 'string' || word === '' || !isWordLike(word)) {
      throw new TypeError(
        `splitSentences: option "abbreviations" must hold abbreviations without spaces, like "ت" or "Corp", got ${JSON.stringify(entry)}`,
      );
    }
    extra.push(word);
  }
  return abbreviationSet([...ABBREVIATIONS, ...extra]);
}

/** True when `word` holds no space, line break or sentence punctuation other than inner dots. */
function isWordLike(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const cls = CHAR_CLASS[word.charCodeAt(k)]!;
    if (cls === SPACE || cls === BREAK || cls === STRONG || cls === ELLIPSIS) {
      return false;
    }
  }
  return !word.startsWith('.');
}
