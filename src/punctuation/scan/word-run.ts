import { unitBytes } from '../../core/unit-tables.js';
import { unitPairs } from '../../letters/reduce-elongation.js';
import { ARABIC, BREAK, charClasses, DIGIT, LATIN, MARK, OTHER, SPACE } from '../char-class.js';
import { continuesToken, startsToken, tokenUnits } from '../protected-spans.js';
import {
  CLAUSE_MARKS,
  CLOSING_BRACKETS,
  COMMAS,
  DASHES,
  HYPHENS,
  OPENING_BRACKETS,
  SENTENCE_MARKS,
} from '../punctuation-marks.js';
import { QUOTE_NONE, QUOTE_UNITS, quoteKind } from '../quotes.js';
import {
  EXCLAMATION_MARK,
  FULL_STOP,
  HYPHEN_MINUS,
  LEFT_PARENTHESIS,
  ROLES,
  SOLIDUS,
  SPACE_CODE,
  TILDE,
} from './roles.js';
import { NONE, type PunctuationScan } from './scan-state.js';

/** The punctuation lists whose members have a role (see `roles.ts`). */
const ROLE_LISTS = [
  CLAUSE_MARKS,
  SENTENCE_MARKS,
  COMMAS,
  OPENING_BRACKETS,
  CLOSING_BRACKETS,
  HYPHENS,
  DASHES,
];

/**
 * Characters the scan may pass over in one tight loop when no clause mark waits for a space: all
 * the general path would do for them is note the word's script in `prev` (or, at a line break,
 * start a new line, which ends the run). None of them is
 * punctuation, a quote, a hyphen or a character that starts a path or a Markdown target. Each kind
 * says when the general path would do more.
 */
export const RUN_NONE = 0;
/** A horizontal space. */
const RUN_SPACE = 1;
/**
 * An Arabic letter: only where no dotted abbreviation can start, that is after an Arabic letter or
 * mark, or at the start of a word that no full stop follows (see {@link skipWordRun}).
 */
const RUN_ARABIC = 2;
/** An Arabic combining mark. */
const RUN_MARK = 3;
/** A Latin letter that cannot start a token (`é`). */
const RUN_LATIN = 4;
/** A Latin letter that may start a token (`a`): only after a character that continues one. */
const RUN_TOKEN_LATIN = 5;
/** Any other character that is no letter, digit, space or line break (a symbol, a control). */
const RUN_OTHER = 6;
/** A line break: a new line starts (what `lineBreakEnd` does, read inline). */
const RUN_BREAK = 7;

/** The kind bits of a {@link RUN} entry. */
export const RUN_KIND = 7;
/** Flags of a {@link RUN} entry: what the character allows after it. */
const AFTER_ARABIC = 8; // an Arabic letter or mark: no abbreviation starts after it
const AFTER_TOKEN = 16; // it continues a token: no token starts after it
/** Flag of a {@link RUN} entry: {@link RUN_ARABIC}, {@link RUN_MARK} or {@link RUN_SPACE}. */
const IN_ARABIC_TEXT = 32;

const CLASSES = charClasses();

/**
 * For every code unit, its run kind and its `AFTER_` flags (one table: one load per unit). Filled
 * at the first scan, not at import ({@link runTable}); the hot loops read it as a constant.
 */
const RUN = unitBytes();
let runFilled = false;

/** The run table, filled on first use (called once per scan, never per character). */
export function runTable(): Uint8Array {
  if (!runFilled) fillRunTable();
  return RUN;
}

function fillRunTable(): void {
  runFilled = true;
  // A code unit of no class, role or quote that starts or continues no token is RUN_OTHER, as
  // most of the 65,536 are: only the others are worked out one by one, found in the source
  // tables and lists (whose non-zero entries `indexOf` finds natively).
  RUN.fill(RUN_OTHER);
  const units: number[] = [...tokenUnits(), ...QUOTE_UNITS];
  units.push(EXCLAMATION_MARK, LEFT_PARENTHESIS, HYPHEN_MINUS, FULL_STOP, SOLIDUS, TILDE);
  for (const list of ROLE_LISTS) units.push(...list);
  for (const k of [ARABIC, LATIN, DIGIT, MARK, SPACE, BREAK]) {
    for (let c = CLASSES.indexOf(k); c >= 0; c = CLASSES.indexOf(k, c + 1)) units.push(c);
  }
  for (const c of units) RUN[c] = runEntry(c, CLASSES[c]!);
}

function runEntry(c: number, k: number): number {
  let entry = 0;
  if (k === ARABIC || k === MARK) entry |= AFTER_ARABIC;
  if (continuesToken(c)) entry |= AFTER_TOKEN;
  if (k === SPACE) return entry | RUN_SPACE | IN_ARABIC_TEXT;
  if (k === BREAK) return entry | RUN_BREAK;
  if (ROLES[c] !== 0 || quoteKind(c) !== QUOTE_NONE) return entry;
  if (
    c === EXCLAMATION_MARK ||
    c === LEFT_PARENTHESIS ||
    c === HYPHEN_MINUS ||
    c === FULL_STOP ||
    c === SOLIDUS ||
    c === TILDE
  ) {
    return entry;
  }
  const token = startsToken(c);
  if (k === MARK && !token) return entry | RUN_MARK | IN_ARABIC_TEXT;
  if (k === ARABIC && !token) return entry | RUN_ARABIC | IN_ARABIC_TEXT;
  if (k === LATIN) return entry | (token ? RUN_TOKEN_LATIN : RUN_LATIN);
  if (k === OTHER && !token) return entry | RUN_OTHER;
  return entry;
}

/**
 * Passes over the run of {@link RUN} characters from `i` up to `limit` that the general path
 * would only note in `prev` (no clause mark pending), leaves in `s.prev` the class it would have
 * noted, and returns the run's end (`i` when there is none). A function of its own, so that its
 * loop keeps everything in registers. `units`, when given, holds the text's code units at
 * `[0, s.n)`: the Arabic text, most of a run, is read there ({@link arabicUnitsEnd}).
 */
export function skipWordRun(
  s: PunctuationScan,
  i: number,
  limit: number,
  units: Uint16Array | null,
): number {
  const text = s.text;
  const run = runTable();
  let after = i > 0 ? run[text.charCodeAt(i - 1)]! : 0;
  let kind = s.prev;
  let j = i;
  while (j < limit) {
    const x = run[text.charCodeAt(j)]!;
    const r = x & RUN_KIND;
    if (r === RUN_ARABIC || r === RUN_MARK) {
      // Arabic words and the spaces between them. An abbreviation can only start a word that a
      // full stop follows (or a letter or mark this loop leaves to the general path), so only
      // the last word can be one: if it starts a word, stop before it.
      const from = j;
      j = arabicEnd(text, units, j + 1, limit);
      const ws = abbreviationCandidate(text, from, j, after);
      if (ws >= 0) {
        s.prev = ws > from ? ARABIC : kind;
        return ws;
      }
      kind = ARABIC;
      after = run[text.charCodeAt(j - 1)]!;
      continue;
    }
    if (r === RUN_SPACE) {
      // nothing to note
    } else if (r === RUN_BREAK) {
      // A new line: nothing noted yet on it and no quotation open (no mark is pending here).
      // The run ends there, so that the scan may run the gate on the lines that follow.
      s.prev = NONE;
      s.lineStart = j + 1;
      s.doubleOpen = false;
      return j + 1;
    } else if (r === RUN_LATIN) kind = LATIN;
    else if (r === RUN_TOKEN_LATIN && (after & AFTER_TOKEN) !== 0) kind = LATIN;
    else if (r === RUN_OTHER) kind = OTHER;
    else break;
    after = x;
    j++;
  }
  s.prev = kind;
  return j;
}

/** {@link arabicUnitsEnd} where `units` is given, else {@link arabicTextEnd}. */
function arabicEnd(text: string, units: Uint16Array | null, j: number, limit: number): number {
  return units !== null ? arabicUnitsEnd(units, j, limit) : arabicTextEnd(text, j, limit);
}

/** The end of the Arabic letters, marks and spaces from `j`, up to `limit`. */
export function arabicTextEnd(text: string, j: number, limit: number): number {
  const run = runTable();
  while (j < limit && (run[text.charCodeAt(j)]! & IN_ARABIC_TEXT) !== 0) j++;
  return j;
}

/**
 * {@link arabicTextEnd} read in `units` (whose byte offset is 0, as the gate's buffers), which
 * holds the text's code units up to `limit` at least: a typed array is read in fewer instructions
 * than a string, one `charCodeAt` at a time, and here two units at a time, as 32-bit words
 * (`unitPairs`; one test for the two), from the first even unit; the unit where a word stopped,
 * or the last of an odd `limit`, is read on its own.
 */
export function arabicUnitsEnd(units: Uint16Array, j: number, limit: number): number {
  const run = runTable();
  if ((j & 1) !== 0) {
    if (j >= limit || (run[units[j]!]! & IN_ARABIC_TEXT) === 0) return j;
    j++;
  }
  const words = unitPairs(units);
  const wordsEnd = limit >> 1;
  let k = j >> 1;
  while (k < wordsEnd) {
    const word = words[k]!;
    if ((run[word & 0xffff]! & run[(word >> 16) & 0xffff]! & IN_ARABIC_TEXT) === 0) break;
    k++;
  }
  j = 2 * k;
  while (j < limit && (run[units[j]!]! & IN_ARABIC_TEXT) !== 0) j++;
  return j;
}

/**
 * Where the last word of the Arabic text `[from, end)` starts when it may be a dotted
 * abbreviation that the general path must see (a letter or mark follows it, or a full stop and an
 * Arabic letter: `أ.د`; before a full stop and anything else, `arabicAbbreviationEnd` finds no
 * abbreviation, so `قال. ` is passed over; and it starts a word: not after an Arabic letter or
 * mark, `after` being the entry of the character before `from`), or -1.
 */
function abbreviationCandidate(text: string, from: number, end: number, after: number): number {
  const run = runTable();
  const stop = end < text.length ? text.charCodeAt(end) : SPACE_CODE;
  if (stop === FULL_STOP) {
    if (end + 1 >= text.length || CLASSES[text.charCodeAt(end + 1)] !== ARABIC) return -1;
  } else if ((run[stop]! & AFTER_ARABIC) === 0) return -1;
  let ws = end;
  while (ws > from && (run[text.charCodeAt(ws - 1)]! & AFTER_ARABIC) !== 0) ws--;
  if (
    ws < end &&
    CLASSES[text.charCodeAt(ws)] === ARABIC &&
    (ws > from || (after & AFTER_ARABIC) === 0)
  ) {
    return ws;
  }
  return -1;
}
