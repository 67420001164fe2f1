import { ARABIC_LETTERS } from '../chars/sets.js';
import { Rule, type RuleNumber } from '../core/rules.js';
import { fillTables } from '../core/table-fills.js';
import type { EditRecorder } from '../core/text-editor.js';
import { TextEditor } from '../core/text-editor.js';
import { unitBytes, unitWords } from '../core/unit-tables.js';
import { firstMarkedUnit } from '../fast/first-marked-unit.js';
import { kernelPersianLineOfUnits, unitsCopyOf } from '../fast/fused-kernel.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { LettersOptions, ResolvedOptions } from '../options/types.js';
import { combiningClass, composeSpan } from '../unicode/canonical.js';
import { presentationForms } from '../unicode/presentation-forms.generated.js';
import { ALEF_MAKSURA, FARSI_TO_ARABIC, FARSI_YEH, HAMZA_ABOVE } from './farsi-letter-table.js';
import { endsInAlefMaksura } from './final-yeh.js';
import { endOfLineRead, isPersianLineOf, isPersianLineOfUnits } from './persian-passages.js';
import { reduceElongation, unitPairs } from './reduce-elongation.js';

/**
 * `isPersianLineOfUnits(units, length, from, at)` on a copy of the text, as the kernel answers it
 * (`kernelPersianLineOfUnits`): the end of the line read times two, plus 1 where it is Persian or
 * Urdu. Read by the fused pass's kernel where the copy is in its memory, else in JavaScript.
 */
function lineReadInCopy(units: Uint16Array, length: number, from: number, at: number): number {
  const read = kernelPersianLineOfUnits(units, length, from, at);
  if (read >= 0) return read;
  const persian = isPersianLineOfUnits(units, length, from, at);
  return (endOfLineRead() << 1) | (persian ? 1 : 0);
}

/** For each code unit, 1 + the index of its replacement in {@link REPLACEMENTS}; 0 if it stays. */
const REPLACEMENT_INDEX = unitWords();
const REPLACEMENTS: string[] = [];
/** The rule of each entry of {@link REPLACEMENTS}. */
const REPLACEMENT_RULES: RuleNumber[] = [];
/**
 * What a word-final FARSI YEH becomes when the word list says so, and its rule: read here, not in
 * the loop, where the first such word would reach property reads without type feedback and
 * throw the loop's optimised code away (`--trace-deopt`).
 */
const ALEF_MAKSURA_LETTER = String.fromCharCode(ALEF_MAKSURA);
const ALEF_MAKSURA_RULE: RuleNumber = Rule.AlefMaksura;
/** 1 for FARSI YEH and its presentation forms. */
const IS_FARSI_YEH = unitBytes();
/** 1 for Arabic letters (presentation forms included): what a word is made of. */
const IS_LETTER = unitBytes();
/**
 * The Arabic letters each presentation form stands for (to spell a word for the list), filled at
 * the first word looked up ({@link fillFormLetters}), not at import: only a word-final FARSI YEH
 * is looked up.
 */
const FORM_LETTERS: string[] = [];
const FORM_INDEX = unitWords();
let formLettersFilled = false;

/** Fills {@link FORM_LETTERS} and {@link FORM_INDEX} (once: later calls return at once). */
function fillFormLetters(): void {
  if (formLettersFilled) return;
  formLettersFilled = true;
  // The most letters one unit is spelt with (a ligature, or a Farsi letter's replacement).
  let most = 1;
  const forms = presentationForms();
  for (let k = 0; k < forms.length; k++) {
    FORM_LETTERS.push(forms[k]![1]);
    FORM_INDEX[forms[k]![0]] = FORM_LETTERS.length;
    most = Math.max(most, forms[k]![1].length);
  }
  for (let k = 0; k < FARSI_TO_ARABIC.length; k++) {
    most = Math.max(most, FARSI_TO_ARABIC[k]![1].length);
  }
  // A spelt word: at most MAX_WORD units before the FARSI YEH, then its ALEF MAKSURA.
  spelt = new Uint16Array(MAX_WORD * most + 1);
  memoUnits = new Uint16Array(MEMO_SLOTS * MEMO_WIDTH);
  memoLengths = new Uint8Array(MEMO_SLOTS);
  memoAnswers = new Uint8Array(MEMO_SLOTS);
}

/** {@link FORM_INDEX} and {@link FORM_LETTERS}, filled (for tests). */
export function formLetterTables(): { index: Uint16Array; letters: readonly string[] } {
  fillFormLetters();
  return { index: FORM_INDEX, letters: FORM_LETTERS };
}

let replacementsFilled = false;

/**
 * Fills the tables above and {@link INDEX_WITH_ZWNJ} (once: later calls return at once). Not at
 * import, so that importing the library does not pay for stage 2 before its first use: the
 * passes that read them call it first, once per call and outside their loops (this module's
 * passes, and the fused pass through `unitActions` and at the entry of its stage-2 steps); the
 * per-unit functions below ({@link mapsFarsiLetter}, {@link farsiReplacement},
 * {@link isFarsiYeh}, {@link continuesWord}) read the tables as they are.
 */
export function fillLetterTables(): void {
  if (replacementsFilled) return;
  replacementsFilled = true;
  const toArabic = new Map(FARSI_TO_ARABIC.map(([from, to, rule]) => [from, { to, rule }]));
  const mapped: number[] = [];
  for (const [from, to, rule] of FARSI_TO_ARABIC) {
    REPLACEMENTS.push(to);
    REPLACEMENT_RULES.push(rule);
    REPLACEMENT_INDEX[from] = REPLACEMENTS.length;
    mapped.push(from);
  }
  // Indexed loops without destructuring: in code that runs once, it allocates per entry.
  const forms = presentationForms();
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k]![0];
    const letters = forms[k]![1];
    // A presentation form of a Farsi letter is mapped straight to the Arabic letter.
    const arabic = letters.length === 1 ? toArabic.get(letters.charCodeAt(0)) : undefined;
    if (arabic !== undefined) {
      REPLACEMENTS.push(arabic.to);
      REPLACEMENT_RULES.push(arabic.rule);
      REPLACEMENT_INDEX[form] = REPLACEMENTS.length;
      mapped.push(form);
      if (letters.charCodeAt(0) === FARSI_YEH) IS_FARSI_YEH[form] = 1;
    }
  }
  IS_FARSI_YEH[FARSI_YEH] = 1;
  for (let k = 0; k < ARABIC_LETTERS.length; k++) {
    IS_LETTER.fill(1, ARABIC_LETTERS[k]![0], ARABIC_LETTERS[k]![1] + 1);
  }
  fillIndexWithZwnj();
  fillSearches(mapped);
}

/** The tables of this pass, filled (for tests: they are compared with an eager construction). */
export function replacementTables(): {
  index: Uint16Array;
  replacements: readonly string[];
  rules: readonly RuleNumber[];
  isFarsiYeh: Uint8Array;
  isLetter: Uint8Array;
  indexWithZwnj: Uint16Array;
  searches: readonly RegExp[];
} {
  fillLetterTables();
  return {
    index: REPLACEMENT_INDEX,
    replacements: REPLACEMENTS,
    rules: REPLACEMENT_RULES,
    isFarsiYeh: IS_FARSI_YEH,
    isLetter: IS_LETTER,
    indexWithZwnj: INDEX_WITH_ZWNJ,
    searches: [hitSearch, hitZwnjSearch],
  };
}

/**
 * Whether stage 2 maps this code unit (a Farsi letter or a presentation form of one). Like the
 * other per-unit functions of this module, it reads tables filled by {@link fillLetterTables}.
 */
export function mapsFarsiLetter(unit: number): boolean {
  return REPLACEMENT_INDEX[unit] !== 0;
}

/** Longest word (in code units, marks included) whose final FARSI YEH is looked up in the list. */
const MAX_WORD = 32;

const TATWEEL = 0x0640;

/**
 * Whether a code unit belongs to a word: an Arabic letter, a combining mark, or a TATWEEL (kept
 * with `tatweel: 'keep'`; it stretches a word, it does not end it).
 */
const inWord = (unit: number) =>
  IS_LETTER[unit] === 1 || combiningClass(unit) !== 0 || unit === TATWEEL;

/** ZERO WIDTH NON-JOINER: inside a word when this pass removes it (it joins the letters then). */
const ZWNJ = 0x200c;

/**
 * Where the word (run of Arabic letters and their marks) holding the code unit at `i` starts,
 * looking back at most MAX_WORD + 1 code units (a start further back only matters as "too long").
 * `acrossZwnj`: a ZWNJ that this pass removes is inside the word.
 */
function startOfWord(text: string, i: number, acrossZwnj: boolean): number {
  let start = i;
  while (start > 0 && i - start <= MAX_WORD) {
    const unit = text.charCodeAt(start - 1);
    if (!inWord(unit) && !(acrossZwnj && unit === ZWNJ)) break;
    start--;
  }
  return start;
}

/** {@link REPLACEMENT_INDEX} with ZWNJ marked too, for `normalize` when it leaves ZWNJ to stage 2. */
const ZWNJ_HIT = 0xffff;
const INDEX_WITH_ZWNJ = unitWords();
/** Fills {@link INDEX_WITH_ZWNJ} (from {@link fillLetterTables}). */
function fillIndexWithZwnj(): void {
  // Copied unit by unit from the entries set above (not all 65,536 entries).
  for (let k = 0; k < FARSI_TO_ARABIC.length; k++) {
    const from = FARSI_TO_ARABIC[k]![0];
    INDEX_WITH_ZWNJ[from] = REPLACEMENT_INDEX[from]!;
  }
  const forms = presentationForms();
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k]![0];
    INDEX_WITH_ZWNJ[form] = REPLACEMENT_INDEX[form]!;
  }
  INDEX_WITH_ZWNJ[ZWNJ] = ZWNJ_HIT;
}

/**
 * The native searches of the pass (global expressions, each used through its `lastIndex`): for
 * the units {@link REPLACEMENT_INDEX} marks, and for those or ZWNJ ({@link INDEX_WITH_ZWNJ}: with
 * `farsiLetters: 'auto'` and the ZWNJs stage 1 left). Built by {@link fillLetterTables}. Stopping
 * at line breaks too (to know where the line of a hit starts) cost about 800 instructions a
 * break, more than following the LINE FEEDs by `indexOf`. A search runs in native code,
 * about a fifth of the instructions per code unit of a loop over `charCodeAt` in JavaScript,
 * which read every unit of the text (callgrind, noisy 4 KB documents: 2.6 M against 0.55 M for
 * the 50 K code units of a pass).
 */
let hitSearch = /(?!)/g;
let hitZwnjSearch = hitSearch;

/** `units` as the members of a regular expression's character class (`\u06cc\u06a9...`). */
const classMembers = (units: readonly number[]): string =>
  units.map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`).join('');

/** `nextLf` of {@link mapFarsiLettersResolved} before its first search. */
const NOT_SEARCHED = -2;

/** The first hit from `from` found by `search` (a global expression of the hits), or the end. */
function nextHitBySearch(search: RegExp, text: string, from: number): number {
  search.lastIndex = from;
  return search.test(text) ? search.lastIndex - 1 : text.length;
}

/** Builds the searches above from the units the tables mark (`mapped`). */
function fillSearches(mapped: readonly number[]): void {
  hitSearch = new RegExp(`[${classMembers(mapped)}]`, 'g');
  hitZwnjSearch = new RegExp(`[${classMembers(mapped)}${classMembers([ZWNJ])}]`, 'g');
}

/**
 * Whether the code unit `next`, after a FARSI YEH and its marks, continues the word (so that the
 * YEH is not final: {@link isFinalAlefMaksura} is false); `removeZwnj` as there.
 */
export function continuesWord(next: number, removeZwnj: boolean): boolean {
  return IS_LETTER[next] === 1 || (removeZwnj && next === ZWNJ);
}

/**
 * Whether the FARSI YEH at `i` (its marks end at `end`, none of them HAMZA ABOVE) ends a word of
 * the lexicon, and so is ALEF MAKSURA: the word ends there (`removeZwnj`: a ZWNJ this pass
 * removes joins what follows) and, spelt in Arabic letters, ends in ALEF MAKSURA in the list.
 */
export function isFinalAlefMaksura(
  text: string,
  i: number,
  end: number,
  removeZwnj: boolean,
): boolean {
  fillLetterTables();
  if (end < text.length && continuesWord(text.charCodeAt(end), removeZwnj)) return false;
  fillFormLetters();
  // No word of the list is longer than this: a longer run is not looked up (and not spelt).
  const wordStart = startOfWord(text, i, removeZwnj);
  speltLength = 0;
  for (let k = i - wordStart > MAX_WORD ? i : wordStart; k < i; k++) {
    const u = text.charCodeAt(k);
    if (IS_LETTER[u] === 1) spellInto(u);
  }
  spelt[speltLength++] = ALEF_MAKSURA;
  return speltEndsInAlefMaksura();
}

/**
 * {@link isFinalAlefMaksura} on code units (the fused pass's output buffer), so that the word is
 * not decoded: whether the FARSI YEH at `at` of `units`, which ends its word (its caller has asked
 * {@link continuesWord} about the unit after it), ends a word of the lexicon. The word is read back
 * from `at` as {@link startOfWord} reads it, but not before `lineStart` (where the text of the
 * string form would start); `removeZwnj` as there.
 */
export function isFinalAlefMaksuraInUnits(
  units: Uint16Array,
  lineStart: number,
  at: number,
  removeZwnj: boolean,
): boolean {
  fillLetterTables();
  fillFormLetters();
  let wordStart = at;
  while (wordStart > lineStart && at - wordStart <= MAX_WORD) {
    const unit = units[wordStart - 1]!;
    if (!inWord(unit) && !(removeZwnj && unit === ZWNJ)) break;
    wordStart--;
  }
  speltLength = 0;
  for (let k = at - wordStart > MAX_WORD ? at : wordStart; k < at; k++) {
    const u = units[k]!;
    if (IS_LETTER[u] === 1) spellInto(u);
  }
  spelt[speltLength++] = ALEF_MAKSURA;
  return speltEndsInAlefMaksura();
}

/**
 * The code units of the word being spelt for the lexicon, `spelt[0, speltLength)` (module state,
 * reused: spelling it one string per letter made a string per letter; an array emptied by its
 * length gave its storage back, and pushing grew it again at every word). Allocated by
 * {@link fillFormLetters}, with room for the longest word spelt.
 */
let spelt = new Uint16Array(0);
let speltLength = 0;

/** The spelt word as a string (for the lexicon, when the memo does not have it). */
const speltWord = (): string =>
  String.fromCharCode.apply(null, spelt.subarray(0, speltLength) as unknown as number[]);

/**
 * The lexicon's answers for words spelt before, kept by their code units (direct-mapped: a word
 * takes the slot its hash names, over the word that held it), so that a word asked about again
 * makes no string and is not hashed as one: building the word's string and finding it in
 * {@link lookedUp} was most of the cost of a word-final FARSI YEH. Words longer than
 * {@link MEMO_WIDTH} go to {@link lookedUp} alone. The answer depends on the word alone.
 */
const MEMO_SLOTS = 512;
const MEMO_WIDTH = 16;
/** Allocated with {@link spelt} (by {@link fillFormLetters}), not at import. */
let memoUnits = new Uint16Array(0);
/** The length of the word in each slot (0: none yet; a spelt word has its ALEF MAKSURA). */
let memoLengths = new Uint8Array(0);
let memoAnswers = new Uint8Array(0);

/** The slot of {@link memoUnits} that the word in {@link spelt} takes. */
function memoSlot(length: number): number {
  let hash = length;
  for (let k = 0; k < length; k++) hash = Math.imul(hash, 31) + spelt[k]!;
  return (hash ^ (hash >>> 13)) & (MEMO_SLOTS - 1);
}

/** `wordEndsInAlefMaksura` on the word in {@link spelt}, remembered by its code units. */
function speltEndsInAlefMaksura(): boolean {
  const length = speltLength;
  if (length > MEMO_WIDTH) return wordEndsInAlefMaksura(speltWord());
  const slot = memoSlot(length);
  const base = slot * MEMO_WIDTH;
  if (memoLengths[slot] === length) {
    let k = 0;
    while (k < length && memoUnits[base + k] === spelt[k]) k++;
    if (k === length) return memoAnswers[slot] === 1;
  }
  const answer = wordEndsInAlefMaksura(speltWord());
  for (let k = 0; k < length; k++) memoUnits[base + k] = spelt[k]!;
  memoLengths[slot] = length;
  memoAnswers[slot] = answer ? 1 : 0;
  return answer;
}

/**
 * Appends a code unit's letters to {@link spelt}: Farsi letters mapped, presentation forms
 * expanded.
 */
function spellInto(unit: number): void {
  const replacement = REPLACEMENT_INDEX[unit]!;
  const form = FORM_INDEX[unit]!;
  if (replacement === 0 && form === 0) {
    spelt[speltLength++] = unit;
    return;
  }
  const letters = replacement !== 0 ? REPLACEMENTS[replacement - 1]! : FORM_LETTERS[form - 1]!;
  for (let k = 0; k < letters.length; k++) spelt[speltLength++] = letters.charCodeAt(k);
}

/**
 * The words last looked up in the lexicon and its answers: a text repeats its words (`في`, `على`),
 * and the look-up (several sets, with the word's proclitics taken off) cost more than the rest
 * of stage 2's work on a word-final FARSI YEH. The lexicon's answer depends on the word alone;
 * the memo is emptied when it holds {@link MEMO_WORDS} words.
 */
const lookedUp = /* @__PURE__ */ new Map<string, boolean>();
const MEMO_WORDS = 4096;

/** `endsInAlefMaksura(word)`, remembered. */
function wordEndsInAlefMaksura(word: string): boolean {
  const known = lookedUp.get(word);
  if (known !== undefined) return known;
  const answer = endsInAlefMaksura(word);
  if (lookedUp.size >= MEMO_WORDS) lookedUp.clear();
  lookedUp.set(word, answer);
  return answer;
}

/** The Arabic letters stage 2 writes for a Farsi letter it maps (before the final-yeh choice). */
export function farsiReplacement(unit: number): string {
  return REPLACEMENTS[REPLACEMENT_INDEX[unit]! - 1]!;
}

/** Whether a code unit is FARSI YEH (or a presentation form of it). */
export function isFarsiYeh(unit: number): boolean {
  return IS_FARSI_YEH[unit] === 1;
}

/**
 * Stage 2: maps Persian and Urdu look-alike letters (FARSI YEH, KEHEH, HEH DOACHASHMEE, ...) and
 * their presentation forms to the Arabic letters they stand for. A word-final FARSI YEH becomes
 * ALEF MAKSURA in the words of the lexicon (`final-yeh.ts`), YEH elsewhere. PEH,
 * TCHEH, JEH and GAF are kept. With `farsiLetters: 'auto'` (default) the lines that are Persian or
 * Urdu (`persian-passages.ts`) are left as they are.
 */
export function mapFarsiLetters(text: string, options?: LettersOptions): string {
  fillTables();
  assertText(text, 'mapFarsiLetters');
  const resolved = resolveOptions(options, 'mapFarsiLetters', 'letters');
  const mapped = mapFarsiLettersResolved(text, resolved);
  return resolved.elongation === 'reduce' ? reduceElongation(mapped) : mapped;
}

/**
 * {@link mapFarsiLetters} with options already resolved (used by `normalize`). `zwnj`: how to
 * treat the ZWNJs inside words that stage 1 left for this pass (`normalize` with
 * `farsiLetters: 'auto'`): removed or written as a space outside Persian and Urdu lines, kept in
 * them; `undefined`: ZWNJs are not this pass's business.
 */
export function mapFarsiLettersResolved(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder?: EditRecorder,
  zwnj?: 'remove' | 'space',
): string {
  if (options.farsiLetters === 'keep') return text;
  fillLetterTables();
  const detect = options.farsiLetters === 'auto';
  const hits = detect && zwnj !== undefined ? INDEX_WITH_ZWNJ : REPLACEMENT_INDEX;
  const search = hits === INDEX_WITH_ZWNJ ? hitZwnjSearch : hitSearch;
  const removeZwnj = zwnj === 'remove';
  const editor = new TextEditor(text, recorder);
  const length = text.length;
  // The line decided last ends at lineEnd, Persian or not; the LINE FEEDs are followed by
  // native searches (indexOf), lastLf before the hit, nextLf after it. Each line with a hit is
  // read once, from its start (the other line breaks are rare: isPersianLineOf starts the line
  // anew at one) to its end, which the read finds.
  let lineEnd = -1;
  let persianLine = false;
  let lastLf = -1;
  // Searched at the first hit (NOT_SEARCHED before): most texts have none.
  let nextLf = NOT_SEARCHED;
  // Copied only when recording (the fused pass holds the buffers it is copied into: its kernel's
  // input, else the native copy): the hits are then found in it, and the lines read in it
  // (`lineReadInCopy`). Else a native search finds them, which reads no unit twice where a text
  // has none (and the lines are read in the string).
  const units = recorder === undefined ? null : unitsCopyOf(text);
  const pairs = units === null ? null : unitPairs(units);
  // Where the next hit is looked for: after the last hit, or after its marks.
  let from = 0;
  for (;;) {
    const i =
      units === null
        ? nextHitBySearch(search, text, from)
        : firstMarkedUnit(units, pairs!, hits, 0xffff, from, length);
    if (i === length) break;
    from = i + 1;
    const index = hits[text.charCodeAt(i)]!;
    if (detect) {
      if (i > lineEnd) {
        if (nextLf === NOT_SEARCHED) nextLf = text.indexOf('\n');
        while (nextLf !== -1 && nextLf < i) {
          lastLf = nextLf;
          nextLf = text.indexOf('\n', nextLf + 1);
        }
        const lineStart = Math.max(lineEnd, lastLf) + 1;
        if (units === null) {
          persianLine = isPersianLineOf(text, lineStart, i);
          lineEnd = endOfLineRead();
        } else {
          const read = lineReadInCopy(units, length, lineStart, i);
          persianLine = (read & 1) === 1;
          lineEnd = read >> 1;
        }
      }
      if (persianLine) {
        // Kept: named for explain() only (an edit to itself changes nothing).
        if (recorder !== undefined) editor.replace(i, i + 1, text[i]!, Rule.PersianPassage);
        continue;
      }
    }
    if (index === ZWNJ_HIT) {
      editor.replace(i, i + 1, removeZwnj ? '' : ' ', Rule.Zwnj);
      continue;
    }
    // The search goes on after the marks (no hit or line break is a mark).
    from = mapLetterAt(editor, text, i, index, removeZwnj);
  }
  return editor.finish();
}

/**
 * Maps the Farsi letter at `i` of `text` (its `index` in {@link REPLACEMENTS}) through `editor`,
 * with the marks after it, which may have to compose with the new letter; returns where its
 * marks end. A word-final FARSI YEH is ALEF MAKSURA in the words of the lexicon.
 */
function mapLetterAt(
  editor: TextEditor,
  text: string,
  i: number,
  index: number,
  removeZwnj: boolean,
): number {
  const length = text.length;
  const unit = text.charCodeAt(i);
  // The marks after the letter, which may have to compose with the new letter.
  let end = i + 1;
  let hamza = false;
  while (end < length && combiningClass(text.charCodeAt(end)) !== 0) {
    if (text.charCodeAt(end) === HAMZA_ABOVE) hamza = true;
    end++;
  }
  let to = REPLACEMENTS[index - 1]!;
  let rule = REPLACEMENT_RULES[index - 1]!;
  if (IS_FARSI_YEH[unit] === 1 && !hamza && isFinalAlefMaksura(text, i, end, removeZwnj)) {
    to = ALEF_MAKSURA_LETTER;
    rule = ALEF_MAKSURA_RULE;
  }
  if (end === i + 1) {
    editor.replace(i, end, to, rule);
  } else {
    const cps = Array.from(to, (c) => c.codePointAt(0)!);
    for (let k = i + 1; k < end; k++) cps.push(text.charCodeAt(k));
    editor.replaceIfChanged(i, end, composeSpan(cps), rule);
  }
  return end;
}
