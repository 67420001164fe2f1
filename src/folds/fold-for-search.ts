import { fillRanges } from '../chars/code-range.js';
import { ARABIC_LETTERS } from '../chars/sets.js';
import { COMPOSES_WITH_HAMZA as HAMZA_COMPOSING_LETTERS } from '../chars/unicode-properties.generated.js';
import { Rule, type RuleNumber } from '../core/rules.js';
import { fillTables } from '../core/table-fills.js';
import { type EditRecorder, TextEditor } from '../core/text-editor.js';
import { unitBytes, unitWords } from '../core/unit-tables.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { FoldOptions, ResolvedOptions } from '../options/types.js';
import { COMBINING_MARK_RANGES, combiningClass } from '../unicode/canonical.js';
import { isLineBreak, isSpace } from '../unicode/collapse-gaps.js';
import {
  HAMZA_ABOVE,
  HAMZA_BELOW,
  MADDA_ABOVE,
  QURANIC_ANNOTATION_MARKS,
  SMALL_VOWEL_LETTERS,
} from './quranic-signs.js';
import { SEARCH_FOLDS } from './search-fold-table.js';

const FOLD_NAMES = Object.keys(SEARCH_FOLDS) as (keyof typeof SEARCH_FOLDS)[];

/** The rule of each fold option. */
const FOLD_RULES: { readonly [K in (typeof FOLD_NAMES)[number]]: RuleNumber } = {
  foldAlef: Rule.FoldAlef,
  foldAlefMaksura: Rule.FoldAlefMaksura,
  foldTehMarbuta: Rule.FoldTehMarbuta,
  foldHamza: Rule.FoldHamza,
};

// The tables of this module are allocated here and filled at the first fold (fillFoldTables), not
// at import: most programs never fold for search.

/** The rule that folds each code unit (a code unit is in one fold at most). */
const RULE_OF_UNIT = unitBytes();

/**
 * Whether any fold is on. The options are read by name, each a load of one known property: a
 * loop over {@link FOLD_NAMES} read `options[name]` by a key that changes, a lookup by name each
 * time, and `normalize` asks twice per call (about 1% of a recorded run of a 4 KB document).
 * A test holds it to the fold names of the table.
 */
export function foldsAnything(options: Readonly<ResolvedOptions>): boolean {
  return (
    options.foldAlef ||
    options.foldAlefMaksura ||
    options.foldTehMarbuta ||
    options.foldHamza ||
    options.foldQuranicMarks
  );
}

/** One replacement table per combination of enabled folds, built on first use. */
const tables = new Map<number, Uint16Array>();
/** For each replacement table, the units {@link nextFoldable} stops at (built with it). */
const stopTables = new Map<Uint16Array, Uint8Array>();

/**
 * The letter folds `options` enables, a bit each: the key of the tables built per combination.
 * Read by name, as {@link foldsAnything} reads them; a test holds it to the fold names of the
 * table (every combination a different key).
 */
export function foldKey(options: Readonly<ResolvedOptions>): number {
  return (
    (options.foldAlef ? 1 : 0) |
    (options.foldAlefMaksura ? 2 : 0) |
    (options.foldTehMarbuta ? 4 : 0) |
    (options.foldHamza ? 8 : 0)
  );
}

function tableFor(options: Readonly<ResolvedOptions>): Uint16Array {
  const key = foldKey(options);
  let table = tables.get(key);
  if (!table) {
    table = unitWords();
    for (const name of FOLD_NAMES) {
      if (!options[name]) continue;
      for (const [from, to] of SEARCH_FOLDS[name]) table[from] = to;
    }
    tables.set(key, table);
    stopTables.set(table, stopsOf(options));
  }
  return table;
}

/**
 * 1 for the units {@link nextFoldable} stops at with `options`: the letters the enabled folds
 * change, and what belongs to a cluster (the letter before it may start one).
 */
function stopsOf(options: Readonly<ResolvedOptions>): Uint8Array {
  const stops = unitBytes();
  for (const name of FOLD_NAMES) {
    if (!options[name]) continue;
    for (const [from] of SEARCH_FOLDS[name]) if (IS_LETTER[from] === 1) stops[from] = 1;
  }
  for (let k = 0; k < COMBINING_MARK_RANGES.length; k++) {
    stops.fill(1, COMBINING_MARK_RANGES[k]![0], COMBINING_MARK_RANGES[k]![1] + 1);
  }
  for (let k = 0; k < SMALL_VOWEL_LETTERS.length; k++) {
    stops.fill(1, SMALL_VOWEL_LETTERS[k]![0], SMALL_VOWEL_LETTERS[k]![1] + 1);
  }
  return stops;
}

/**
 * The lossy folds used for search and matching: alef variants to ALEF, ALEF MAKSURA to YEH, TEH
 * MARBUTA to HEH, hamza carriers to their letters (and a combining hamza left on any letter),
 * Quranic signs that plain spelling does not write. Called alone, it applies every fold not turned
 * off in `options` (or every fold of the preset given in `options.preset`).
 */
export function foldForSearch(text: string, options?: FoldOptions): string {
  fillTables();
  assertText(text, 'foldForSearch');
  // Alone, this stage starts from the `search` preset, so every fold is on unless turned off.
  const resolved = resolveOptions({ preset: 'search', ...options }, 'foldForSearch', 'fold');
  return foldForSearchResolved(text, resolved);
}

const ALEF = 0x0627;

/** 1 for Arabic letters: a mark is folded only where it sits on one. */
const IS_LETTER = unitBytes();
/** 1 for the Quranic annotation marks, 2 for SMALL WAW and SMALL YEH (see quranic-signs.ts). */
const QURANIC = unitBytes();
const ANNOTATION = 1;
const SMALL_LETTER = 2;
/** 1 for what belongs to the cluster of a letter: combining marks and the small letters. */
const CLUSTER_UNITS = unitBytes();

/**
 * 1 for letters that compose with HAMZA ABOVE or BELOW under NFC (ALEF, WAW, YEH, and AE, HEH GOAL
 * and YEH BARREE): a hamza on them must go with the fold, or NFC would write the letter back.
 */
const COMPOSES_WITH_HAMZA = unitBytes();
let tablesFilled = false;

/** Fills the tables above (once: later calls return at once). */
function fillFoldTables(): void {
  if (tablesFilled) return;
  tablesFilled = true;
  for (const name of FOLD_NAMES) {
    for (const [from] of SEARCH_FOLDS[name]) RULE_OF_UNIT[from] = FOLD_RULES[name];
  }
  fillRanges(IS_LETTER, ARABIC_LETTERS, 1);
  fillRanges(QURANIC, QURANIC_ANNOTATION_MARKS, ANNOTATION);
  fillRanges(QURANIC, SMALL_VOWEL_LETTERS, SMALL_LETTER);
  fillRanges(CLUSTER_UNITS, COMBINING_MARK_RANGES, 1);
  fillRanges(CLUSTER_UNITS, SMALL_VOWEL_LETTERS, 1);
  fillRanges(COMPOSES_WITH_HAMZA, HAMZA_COMPOSING_LETTERS, 1);
}

/**
 * In a table of {@link bareLetterFolds}: the unit belongs to a cluster (no letter folds to U+0001).
 */
export const CLUSTER_UNIT = 1;

/** The tables of {@link bareLetterFolds}, by the letter folds enabled (a bit per fold). */
const bareTables: (Uint16Array | undefined)[] = [];

/**
 * What {@link foldForSearchResolved} does with `options` to text that holds no unit that belongs
 * to a cluster (no combining mark, no small letter), as a table per code unit: there every
 * cluster is a letter alone, which the fold of its letter replaces when the letter is an Arabic
 * letter the table folds (nothing else changes: no mark to remove, nothing for NFC to compose).
 * So the entry of a unit is the letter it becomes, 0 for a unit that stays, and
 * {@link CLUSTER_UNIT} for a unit after which that reading no longer holds. foldQuranicMarks
 * changes no bare letter. Built at the first use of each combination of letter folds.
 */
export function bareLetterFolds(options: Readonly<ResolvedOptions>): Uint16Array {
  const key = foldKey(options);
  return bareTables[key] ?? buildBareLetterFolds(key, options);
}

/** Builds the table of {@link bareLetterFolds} for `options`, kept under `key`. */
function buildBareLetterFolds(key: number, options: Readonly<ResolvedOptions>): Uint16Array {
  fillFoldTables();
  const table = unitWords();
  for (const name of FOLD_NAMES) {
    if (!options[name]) continue;
    for (const [from, to] of SEARCH_FOLDS[name]) if (IS_LETTER[from] === 1) table[from] = to;
  }
  for (let unit = 0; unit < CLUSTER_UNITS.length; unit++) {
    if (CLUSTER_UNITS[unit] === 1) table[unit] = CLUSTER_UNIT;
  }
  bareTables[key] = table;
  return table;
}

const isGap = (unit: number) => isSpace(unit) || isLineBreak(unit);

/**
 * The span `[wordScanStart, wordScanEnd]` of the last word scanned by {@link tatweelInWordAfter} in
 * `wordScanText`, and whether a tatweel ended it. A scan from any index inside it ends at the same
 * place; from anywhere else (a later word, or an earlier one in the next call) it scans again.
 */
let wordScanText = '';
let wordScanStart = -1;
let wordScanEnd = -1;
let wordScanTatweel = false;

/** Whether the letters and marks from `from` on reach a TATWEEL (cached per word: linear). */
function tatweelInWordAfter(text: string, from: number): boolean {
  if (text !== wordScanText || from < wordScanStart || from > wordScanEnd) {
    let k = from;
    while (
      k < text.length &&
      (IS_LETTER[text.charCodeAt(k)] === 1 || inCluster(text.charCodeAt(k)))
    )
      k++;
    wordScanText = text;
    wordScanStart = from;
    wordScanEnd = k;
    wordScanTatweel = k < text.length && text.charCodeAt(k) === 0x0640;
  }
  return wordScanTatweel;
}

/**
 * Whether the cluster `text[start, end)` stands next to a detached mark (a mark after a space or
 * at a line start just before it, or one after the spaces that follow it) or in a word that a
 * TATWEEL follows. Stage 1 decides where
 * such a mark goes by looking at this cluster, so the folds that only remove marks or small
 * letters leave the cluster as it is: changed, it could make the next run decide otherwise.
 */
function nextToDetachedMark(text: string, start: number, end: number): boolean {
  // A tatweel in its word is kept or removed by the letters before it, likewise.
  if (tatweelInWordAfter(text, end)) return true;
  let k = end;
  while (k < text.length && isGap(text.charCodeAt(k))) k++;
  if (k > end && k < text.length && combiningClass(text.charCodeAt(k)) !== 0) return true;
  k = start;
  while (k > 0 && combiningClass(text.charCodeAt(k - 1)) !== 0) k--;
  return k < start && (k === 0 || isGap(text.charCodeAt(k - 1)));
}

/** What belongs to the cluster of a letter: its marks, and small letters with their marks. */
const inCluster = (unit: number) => CLUSTER_UNITS[unit] === 1;

/**
 * The rule that removes `mark` from a letter that is (after folding) `base`, or -1 if it stays.
 * A MADDA or HAMZA on ALEF goes with foldAlef and only with it (NFC composes them with ALEF into
 * the letters foldAlef folds); a HAMZA on any other letter with foldHamza (`كتابهٔ` is `كتابه`); a MADDA on another
 * letter and the Quranic annotation marks with foldQuranicMarks.
 */
function ruleRemoving(mark: number, base: number, options: Readonly<ResolvedOptions>): number {
  const hamza = mark === HAMZA_ABOVE || mark === HAMZA_BELOW;
  if (base === ALEF && (hamza || mark === MADDA_ABOVE))
    return options.foldAlef ? Rule.FoldAlef : -1;
  if (hamza) return options.foldHamza ? Rule.FoldHamza : -1;
  if (mark === MADDA_ABOVE || QURANIC[mark] === ANNOTATION) {
    return options.foldQuranicMarks ? Rule.FoldQuranic : -1;
  }
  return -1;
}

/**
 * The folds of one cluster, already composed, as a string (rare: see the caller, which reads
 * `clusterRules` no more once it calls this).
 */
const foldCluster = (cluster: string, options: Readonly<ResolvedOptions>): string =>
  foldForSearchResolved(cluster, options);

/**
 * Code units of the cluster being folded, and the rule that removes each (-1: kept): the first
 * {@link clusterSize} entries. A count rather than `length = 0`, which costs a runtime call per
 * cluster.
 */
const clusterRules: number[] = [];
let clusterSize = 0;

/**
 * What {@link scanCluster} found about the cluster it scanned last, in module-level variables (no
 * object per cluster): where it ends, whether the folds change it, whether a MADDA or HAMZA that
 * stays in it may compose with its letter, and whether it was guarded (see
 * {@link nextToDetachedMark}).
 */
let clusterEnd = 0;
let clusterChanged = false;
let clusterComposes = false;
let clusterGuarded = false;

/** Whether `rule` removes a mark only for the mark folds (NFC does not need it gone). */
const guardableRule = (rule: number, base: number) =>
  rule === Rule.FoldQuranic || (rule === Rule.FoldHamza && COMPOSES_WITH_HAMZA[base] === 0);

/**
 * {@link foldForSearch} with options already resolved (used by `normalize`). `recorder`, when
 * given, receives every edit (see `normalizeWithOffsets`).
 *
 * Works cluster by cluster: an Arabic letter with the marks (and Uthmani small letters) after it.
 * A cluster the folds change is put back in NFC, so that the output is NFC and a second run finds
 * nothing to do: a mark kept behind a letter the folds changed, or behind a mark they removed, may
 * compose with the letter (ALEF MAKSURA with HAMZA ABOVE folds to YEH with HAMZA ABOVE, which NFC
 * writes as YEH WITH HAMZA ABOVE when foldHamza is off).
 */
export function foldForSearchResolved(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder?: EditRecorder,
): string {
  if (!foldsAnything(options)) return text;
  fillFoldTables();
  const table = tableFor(options);
  const stops = stopTables.get(table)!;
  const length = text.length;
  let editor: TextEditor | undefined;
  for (let i = nextFoldable(text, 0, table, stops); i < length; ) {
    const code = text.charCodeAt(i);
    const folded = table[code]!;
    scanCluster(text, i, folded || code, folded, options);
    const end = clusterEnd;
    if (clusterChanged) {
      editor ??= new TextEditor(text, recorder);
      writeCluster(editor, text, i, end, code, folded, options);
    }
    i = nextFoldable(text, end, table, stops);
  }
  return editor ? editor.finish() : text;
}

/**
 * The first Arabic letter of `text` from `i` on that the folds may change (`text.length` if
 * none): one the `table` folds, or one with marks or small letters after it. A bare letter the
 * table keeps is its own cluster, unchanged: passed over here. The scan looks up one table per
 * unit (the stops of `table`, see {@link stopsOf}): where it stops, at `j`, the letter before may
 * start a cluster (`j` belongs to one), and `j` itself may be such a letter; every other unit is
 * neither a letter the table folds nor one a cluster unit follows (that unit would be a stop).
 */
function nextFoldable(text: string, i: number, table: Uint16Array, stops: Uint8Array): number {
  const length = text.length;
  for (; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (stops[unit] === 0) continue;
    // Never at the first unit read: the text's start, or the unit that ended a cluster.
    if (inCluster(unit) && IS_LETTER[text.charCodeAt(i - 1)] === 1) return i - 1;
    if (IS_LETTER[unit] === 0) continue;
    if (table[unit] !== 0 || (i + 1 < length && inCluster(text.charCodeAt(i + 1)))) return i;
  }
  return length;
}

/**
 * Reads the cluster of the letter at `i` (folded to `base`; `folded` is 0 when the letter stays):
 * fills {@link clusterRules} and the `cluster` variables above.
 */
function scanCluster(
  text: string,
  i: number,
  base: number,
  folded: number,
  options: Readonly<ResolvedOptions>,
): void {
  const length = text.length;
  let end = i + 1;
  let changed = folded !== 0;
  let composes = false;
  // Whether a removal made only by the mark folds (not needed for NFC) is in the cluster.
  let guardable = false;
  let size = 0;
  // After a small letter that goes, its marks go with it.
  let dropping = -1;
  while (end < length && inCluster(text.charCodeAt(end))) {
    const unit = text.charCodeAt(end);
    let rule = -1;
    if (QURANIC[unit] === SMALL_LETTER) {
      dropping = options.foldQuranicMarks ? Rule.FoldQuranic : -1;
      rule = dropping;
    } else {
      rule = dropping !== -1 ? dropping : ruleRemoving(unit, base, options);
      if (rule === -1 && unit >= MADDA_ABOVE && unit <= HAMZA_BELOW) composes = true;
    }
    if (guardableRule(rule, base)) guardable = true;
    clusterRules[size++] = rule;
    if (rule !== -1) changed = true;
    end++;
  }
  clusterSize = size;
  clusterEnd = end;
  clusterChanged = changed;
  clusterComposes = composes;
  clusterGuarded = guardable && nextToDetachedMark(text, i, end);
  if (clusterGuarded) keepGuardedMarks(text, i, base, folded);
}

/**
 * A cluster next to a detached mark keeps the marks that only the mark folds remove (see
 * {@link nextToDetachedMark}): their rules become -1, and the cluster changes only by the rest.
 */
function keepGuardedMarks(text: string, i: number, base: number, folded: number): void {
  let changed = folded !== 0;
  for (let k = 0; k < clusterSize; k++) {
    const rule = clusterRules[k]!;
    if (guardableRule(rule, base)) {
      clusterRules[k] = -1;
      const unit = text.charCodeAt(i + 1 + k);
      if (unit >= MADDA_ABOVE && unit <= HAMZA_BELOW) clusterComposes = true;
    } else if (rule !== -1) changed = true;
  }
  clusterChanged = changed;
}

/** Writes the folds of the cluster `[i, end)` that {@link scanCluster} read (letter `code`). */
function writeCluster(
  editor: TextEditor,
  text: string,
  i: number,
  end: number,
  code: number,
  folded: number,
  options: Readonly<ResolvedOptions>,
): void {
  const base = folded || code;
  const baseRule = folded !== 0 ? (RULE_OF_UNIT[code] as RuleNumber) : undefined;
  if (clusterComposes && writeComposed(editor, text, i, end, base, baseRule, options)) return;
  if (baseRule !== undefined) editor.replace(i, i + 1, String.fromCharCode(base), baseRule);
  for (let k = 0; k < clusterSize; k++) {
    const rule = clusterRules[k]!;
    if (rule === -1) continue;
    // One edit for a run of units removed by the same rule.
    let last = k;
    while (last + 1 < clusterSize && clusterRules[last + 1] === rule) last++;
    editor.remove(i + 1 + k, i + 2 + last, rule as RuleNumber);
    k = last;
  }
}

/**
 * A MADDA or HAMZA stays: the cluster may compose once the fold is made. Writes it composed and
 * returns true, or returns false when NFC leaves it as it is (the removals are written one by
 * one). Rare: it reads {@link clusterRules} no more once it folds the composed cluster again.
 */
function writeComposed(
  editor: TextEditor,
  text: string,
  i: number,
  end: number,
  base: number,
  baseRule: RuleNumber | undefined,
  options: Readonly<ResolvedOptions>,
): boolean {
  let cluster = String.fromCharCode(base);
  let firstRule = -1;
  for (let k = 0; k < clusterSize; k++) {
    const rule = clusterRules[k]!;
    if (rule === -1) cluster += text[i + 1 + k];
    else if (firstRule === -1) firstRule = rule;
  }
  const nfc = cluster.normalize('NFC');
  if (nfc === cluster) return false;
  const rule = baseRule ?? (firstRule as RuleNumber);
  const guarded = clusterGuarded;
  // The composed letter may take the folds again (ALEF and a MADDA freed from behind a removed
  // sign make ALEF WITH MADDA, whose madda is itself a sign): fold to a fixed point. Each round
  // shortens the cluster, so this ends. (Not for a cluster kept next to a detached mark: alone, it
  // would lose what it keeps.)
  let settled = nfc;
  for (let again = guarded ? nfc : foldCluster(settled, options); again !== settled; ) {
    settled = again;
    again = foldCluster(settled, options);
  }
  editor.replace(i, end, settled, rule);
  return true;
}
