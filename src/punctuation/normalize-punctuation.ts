import { Rule } from '../core/rules.js';
import { type EditRecorder, TextEditor } from '../core/text-editor.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { PunctuationOptions, ResolvedOptions } from '../options/types.js';
import { ARABIC, BREAK, charClasses, DIGIT, LATIN, MARK, OTHER, SPACE } from './char-class.js';
import { keycapEnd } from './keycap.js';
import { rewriteNumber, scanNumber } from './numbers.js';
import {
  arabicAbbreviationEnd,
  arabicEmailSpans,
  continuesToken,
  htmlReferenceEnd,
  latinTokenEnd,
  markdownTargetEnd,
  pathEnd,
  type ScanState,
  startsToken,
  tokenUnits,
} from './protected-spans.js';
import {
  CLAUSE_MARKS,
  CLOSING_BRACKETS,
  COMMAS,
  DASHES,
  HYPHENS,
  LATIN_TO_ARABIC,
  OPENING_BRACKETS,
  SENTENCE_MARKS,
} from './punctuation-marks.js';
import {
  AMBIGUOUS,
  QUOTE_DOUBLE,
  QUOTE_NONE,
  QUOTE_UNITS,
  quoteKind,
  quoteOutput,
  quoteRole,
  ROLE_CLOSE,
  ROLE_OPEN,
} from './quotes.js';

/** Role of a punctuation code unit in the scan (bit flags). */
const CLAUSE = 1;
const SENTENCE = 2;
const COMMA = 4;
const OPENER = 8;
const CLOSER = 16;
const HYPHEN = 32;
const DASH = 64;

/** The lists of punctuation and the role bit each gives its members in {@link ROLES}. */
const ROLE_LISTS: readonly (readonly [list: readonly number[], role: number])[] = [
  [CLAUSE_MARKS, CLAUSE],
  [SENTENCE_MARKS, SENTENCE],
  [COMMAS, COMMA],
  [OPENING_BRACKETS, OPENER],
  [CLOSING_BRACKETS, CLOSER],
  [HYPHENS, HYPHEN],
  [DASHES, DASH],
];

const ROLES = (() => {
  const t = new Uint8Array(0x10000);
  for (const [list, role] of ROLE_LISTS) for (const c of list) t[c]! |= role;
  return t;
})();

/** Latin `, ; ?` to Arabic and back (index by code unit; 0 = none). */
const TO_ARABIC = new Uint16Array(0x10000);
const TO_LATIN = new Uint16Array(0x10000);
for (const [latin, arabic] of LATIN_TO_ARABIC) {
  TO_ARABIC[latin] = arabic;
  TO_LATIN[arabic] = latin;
}

/**
 * Characters the scan may pass over in one tight loop when no clause mark waits for a space: all
 * the general path would do for them is note the word's script in `prev`. None of them is
 * punctuation, a quote, a hyphen or a character that starts a path or a Markdown target. Each kind
 * says when the general path would do more.
 */
const RUN_NONE = 0;
/** A horizontal space. */
const RUN_SPACE = 1;
/**
 * An Arabic letter: only where no dotted abbreviation can start, that is after an Arabic letter or
 * mark, or at the start of a word that no full stop follows (see {@link skipRun}).
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

/** The kind bits of a {@link RUN} entry. */
const RUN_KIND = 7;
/** Flags of a {@link RUN} entry: what the character allows after it. */
const AFTER_ARABIC = 8; // an Arabic letter or mark: no abbreviation starts after it
const AFTER_TOKEN = 16; // it continues a token: no token starts after it
/** Flag of a {@link RUN} entry: {@link RUN_ARABIC}, {@link RUN_MARK} or {@link RUN_SPACE}. */
const IN_ARABIC_TEXT = 32;

const CLASSES = charClasses();

/**
 * For every code unit, its run kind and its `AFTER_` flags (one table: one load per unit). Filled
 * at the first scan, not at import ({@link fillRunTable}); the hot loops read it as a constant.
 */
const RUN = new Uint8Array(0x10000);
let runFilled = false;

/** Fills {@link RUN} (once: later calls return at once). */
function fillRunTable(): void {
  if (runFilled) return;
  runFilled = true;
  const cls = charClasses();
  // A code unit of no class, role or quote that starts or continues no token is RUN_OTHER, as
  // most of the 65,536 are: only the others are worked out one by one, found in the source
  // tables and lists (whose non-zero entries `indexOf` finds natively).
  const t = RUN.fill(RUN_OTHER);
  const units: number[] = [...tokenUnits(), ...QUOTE_UNITS, 0x21, 0x28, 0x2d, 0x2e, 0x2f, 0x7e];
  for (const [list] of ROLE_LISTS) units.push(...list);
  for (const k of [ARABIC, LATIN, DIGIT, MARK, SPACE, BREAK]) {
    for (let c = cls.indexOf(k); c >= 0; c = cls.indexOf(k, c + 1)) units.push(c);
  }
  for (const c of units) t[c] = runEntry(c, cls[c]!);
}

/** The {@link RUN} entry of code unit `c`, of class `k`. */
function runEntry(c: number, k: number): number {
  let entry = 0;
  if (k === ARABIC || k === MARK) entry |= AFTER_ARABIC;
  if (continuesToken(c)) entry |= AFTER_TOKEN;
  if (k === SPACE) return entry | RUN_SPACE | IN_ARABIC_TEXT;
  if (ROLES[c] !== 0 || quoteKind(c) !== QUOTE_NONE) return entry;
  if (c === 0x21 || c === 0x28 || c === 0x2d || c === 0x2e || c === 0x2f || c === 0x7e)
    return entry;
  const token = startsToken(c);
  if (k === MARK && !token) entry |= RUN_MARK | IN_ARABIC_TEXT;
  else if (k === ARABIC && !token) entry |= RUN_ARABIC | IN_ARABIC_TEXT;
  else if (k === LATIN) entry |= token ? RUN_TOKEN_LATIN : RUN_LATIN;
  else if (k === OTHER && !token) entry |= RUN_OTHER;
  return entry;
}

/** The class `prev` takes after the run {@link skipRun} passed over last. */
let skippedKind = 0;

/**
 * The end of the run of {@link RUN} characters from `i` that the general path would only note in
 * `prev` (given `prev` before it; no clause mark pending), with that class left in `skippedKind`.
 * A function of its own, so that its loop keeps everything in registers.
 */
function skipRun(text: string, i: number, prev: number, limit: number): number {
  const run = RUN;
  const n = limit;
  let after = i > 0 ? run[text.charCodeAt(i - 1)]! : 0;
  let kind = prev;
  let j = i;
  while (j < n) {
    const x = run[text.charCodeAt(j)]!;
    const r = x & RUN_KIND;
    if (r === RUN_ARABIC || r === RUN_MARK) {
      // Arabic words and the spaces between them. An abbreviation can only start a word that a
      // full stop follows (or a letter or mark this loop leaves to the general path), so only
      // the last word can be one: if it starts a word, stop before it.
      const from = j;
      j++;
      while (j < n && (run[text.charCodeAt(j)]! & IN_ARABIC_TEXT) !== 0) j++;
      const stop = j < text.length ? text.charCodeAt(j) : SPACE_CODE;
      if (stop === FULL_STOP || (run[stop]! & AFTER_ARABIC) !== 0) {
        let ws = j;
        while (ws > from && (run[text.charCodeAt(ws - 1)]! & AFTER_ARABIC) !== 0) ws--;
        if (
          ws < j &&
          CLASSES[text.charCodeAt(ws)] === ARABIC &&
          (ws > from || (after & AFTER_ARABIC) === 0)
        ) {
          skippedKind = ws > from ? ARABIC : kind;
          return ws;
        }
      }
      kind = ARABIC;
      after = run[text.charCodeAt(j - 1)]!;
      continue;
    }
    if (r === RUN_SPACE) {
      // nothing to note
    } else if (r === RUN_LATIN) kind = LATIN;
    else if (r === RUN_TOKEN_LATIN && (after & AFTER_TOKEN) !== 0) kind = LATIN;
    else if (r === RUN_OTHER) kind = OTHER;
    else break;
    after = x;
    j++;
  }
  skippedKind = kind;
  return j;
}

const NONE = -1; // class before the first significant character of a line
const SPACE_CODE = 0x20;
const FULL_STOP = 0x2e;
const AMPERSAND = 0x26;
const TATWEEL = 0x0640;
const QUESTION_MARK = 0x3f;
const COLON = 0x3a;

/**
 * Characters of code and markup: after one of them (spaces and other marks between), a Latin
 * `, ; ?` is not prose punctuation (`*,?`, `(?<name>`, `[^,]`) and is never made Arabic.
 */
const CODE_SYMBOL = (() => {
  const t = new Uint8Array(0x10000);
  // Not `%`: this stage may make it the Arabic percent sign, and `50%, ثم` is prose. Not `+`:
  // the visual-order repair moves it.
  for (const ch of '#$&*/<=>@\\^_`|~([{') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** How far back {@link afterCodeSymbol} looks over spaces and marks (a constant: linear time). */
const CODE_LOOK_BACK = 16;

/**
 * Stage 3: numerals and punctuation. Digits to one system, number signs to its style, Latin
 * `, ; ?` beside Arabic words to `، ؛ ؟`, spacing around punctuation repaired, quotes and hyphens
 * unified; numbers, dates, times, URLs, e-mail addresses, paths, dotted abbreviations and
 * Markdown link targets are never changed inside (see docs/reference/options.md, "Stage 3").
 */
export function normalizePunctuation(text: string, options?: PunctuationOptions): string {
  assertText(text, 'normalizePunctuation');
  return normalizePunctuationResolved(
    text,
    resolveOptions(options, 'normalizePunctuation', 'punctuation'),
  );
}

/**
 * {@link normalizePunctuation} with options already resolved (used by `normalize`). `recorder`
 * receives every edit, in source order.
 */
export function normalizePunctuationResolved(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder?: EditRecorder,
): string {
  return scanPunctuation(text, options, recorder, true);
}

/**
 * {@link normalizePunctuationResolved} with every character taken through the general path (no
 * skipping through words). Not part of the API: tests check that both give the same output.
 * @internal
 */
export function normalizePunctuationUnskipped(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder?: EditRecorder,
): string {
  return scanPunctuation(text, options, recorder, false);
}

function scanPunctuation(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder: EditRecorder | undefined,
  skipWords: boolean,
): string {
  const cls = charClasses();
  fillRunTable();
  const editor = new TextEditor(text, recorder);
  const n = text.length;
  const spacing = options.punctuationSpacing;
  const scans: ScanState = { failedUpTo: -1, noEmailBefore: -1, noAbbreviationBefore: -1 };
  /** E-mail addresses with an Arabic local part, as `[start, end)` pairs, and the next one's start. */
  const emails = arabicEmailSpans(text);
  let emailIndex = 0;
  let nextEmail = emails.length > 0 ? emails[0]! : n;

  /** Class of the last letter, digit or other non-punctuation character on this line. */
  let prev: number = NONE;
  let lineStart = 0;
  /** The clause mark (as written to the output) that a space may have to follow, or -1. */
  let pendingMark = -1;
  /** `prev` as it was before the pending run of marks. */
  let markPrev: number = NONE;
  /** Whether an ASCII `"` would close a quotation (the last double quote opened one). */
  let doubleOpen = false;
  /** Where the last run of marks (and the closers after it) ended, and its pending state. */
  let markEnd = -1;
  let savedMark = -1;
  let savedMarkPrev: number = NONE;
  /** Spaces `[s, i)` were removed before a closer: a mark right before them is pending again. */
  const rejoinMarks = (s: number, i: number, end: number) => {
    if (s !== i && s === markEnd) {
      pendingMark = savedMark;
      markPrev = savedMarkPrev;
    }
    if (pendingMark >= 0) {
      markEnd = end;
      savedMark = pendingMark;
      savedMarkPrev = markPrev;
    }
  };

  const isSpaceClass = (k: number) => k === SPACE || k === BREAK;
  const isLatinOrDigit = (k: number) => k === LATIN || k === DIGIT;
  const isWordish = (k: number) => k === ARABIC || k === LATIN || k === DIGIT || k === MARK;

  /** Start of the run of U+0020 before `i` that may be removed, or `i` to remove nothing. */
  const removableSpaceStart = (i: number): number => {
    if (!spacing) return i;
    let s = i;
    while (s > lineStart && text.charCodeAt(s - 1) === SPACE_CODE) s--;
    if (s === i || s === lineStart || s < editor.position) return i;
    return isSpaceClass(cls[text.charCodeAt(s - 1)]!) ? i : s;
  };

  /** End of the run of U+0020 after `i` that may be removed, or `i` to remove nothing. */
  const removableSpaceEnd = (i: number): number => {
    if (!spacing) return i;
    let e = i;
    while (e < n && text.charCodeAt(e) === SPACE_CODE) e++;
    if (e === i || e === n || isSpaceClass(cls[text.charCodeAt(e)]!)) return i;
    return e;
  };

  /** A word (class `next`) starts at `i`: put one space before it if a clause mark precedes it. */
  const wordStarts = (i: number, next: number) => {
    if (pendingMark < 0) return;
    const mark = pendingMark;
    pendingMark = -1;
    if (!spacing) return;
    const before = markPrev;
    let insert = false;
    if (next === ARABIC) insert = before === ARABIC || before === LATIN || before === DIGIT;
    else if (next === LATIN) insert = before === ARABIC;
    else if (next === DIGIT) {
      insert = before === ARABIC && mark !== FULL_STOP && !digitBeforeMarks(i);
    }
    if (insert) editor.replace(i, i, ' ', Rule.PunctSpace);
  };

  /**
   * True when the marks that end at `i` follow a digit, directly or across the spaces kept before
   * them (`٧،٨`, `v2.5 ,4`): a space put after them would change what the next pass reads there (a
   * mark between digits, a space that joins two numbers), so none is put.
   */
  const digitBeforeMarks = (i: number): boolean => {
    let p = i - 1;
    while (p >= lineStart && (ROLES[text.charCodeAt(p)]! & CLAUSE) !== 0) p--;
    while (p >= lineStart && text.charCodeAt(p) === SPACE_CODE) p--;
    return p >= lineStart && cls[text.charCodeAt(p)] === DIGIT;
  };

  /**
   * True when the character before `i`, over spaces and other clause marks, is a code symbol
   * (both are the same before and after this stage: it removes spaces and converts marks only).
   */
  const afterCodeSymbol = (i: number): boolean => {
    const stop = Math.max(lineStart, i - CODE_LOOK_BACK);
    for (let p = i - 1; p >= stop; p--) {
      const c = text.charCodeAt(p);
      if (c === SPACE_CODE || (ROLES[c]! & CLAUSE) !== 0) continue;
      return CODE_SYMBOL[c] === 1;
    }
    return false;
  };

  /**
   * True when an Arabic word of two letters or more ends at `end` (a letter other than tatweel, or
   * a mark, before it) and an Arabic letter starts at `start`: the bracket or quote between them
   * (with the spaces inside it that go) is glued to a word of Arabic prose. A one-letter word is
   * a proclitic (`و«`, `ب(`) and a tatweel keeps a prefix a prefix (`لـ«`): they stay glued.
   */
  const arabicOnBothSides = (end: number, start: number): boolean => {
    if (start >= n || cls[text.charCodeAt(start)] !== ARABIC || end <= lineStart) return false;
    let p = end - 1;
    while (p >= lineStart && cls[text.charCodeAt(p)] === MARK) p--;
    if (p < lineStart || cls[text.charCodeAt(p)] !== ARABIC || text.charCodeAt(p) === TATWEEL) {
      return false;
    }
    p--;
    while (p >= lineStart && cls[text.charCodeAt(p)] === MARK) p--;
    return p >= lineStart && cls[text.charCodeAt(p)] === ARABIC;
  };

  /** True when a Latin `, ; ?` at `i` stands beside Arabic words, as prose punctuation. */
  const besideArabic = (i: number): boolean => {
    if (afterCodeSymbol(i)) return false;
    if (prev === ARABIC) return true;
    if (prev === LATIN) return false;
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (cls[c] === SPACE || (ROLES[c]! & OPENER) !== 0 || quoteKind(c) !== QUOTE_NONE) j++;
      else break;
    }
    return j < n && cls[text.charCodeAt(j)] === ARABIC;
  };

  const betweenDigits = (i: number) =>
    i > 0 &&
    i + 1 < n &&
    cls[text.charCodeAt(i - 1)] === DIGIT &&
    cls[text.charCodeAt(i + 1)] === DIGIT;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // An e-mail address inside a span already copied (a URL, a path) is passed with it.
    while (nextEmail < i) {
      emailIndex += 2;
      nextEmail = emailIndex < emails.length ? emails[emailIndex]! : n;
    }
    // With no mark waiting for a space, words and the spaces between them only set `prev`: pass
    // over them in one tight loop, which stops at the first character the general path must see.
    if (skipWords && pendingMark < 0 && (RUN[c]! & RUN_KIND) !== RUN_NONE) {
      const j = skipRun(text, i, prev, nextEmail);
      if (j > i) {
        prev = skippedKind;
        i = j;
        continue;
      }
    }
    const k = cls[c]!;
    if (k === BREAK) {
      lineStart = i + 1;
      prev = NONE;
      pendingMark = -1;
      doubleOpen = false;
      i++;
      continue;
    }
    if (k === SPACE) {
      pendingMark = -1;
      i++;
      continue;
    }
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    const atTokenStart = before < 0 || !continuesToken(before);

    if (i === nextEmail) {
      // An e-mail address with an Arabic local part, found before the scan.
      if (k === ARABIC || k === LATIN || k === DIGIT) wordStarts(i, k);
      i = emails[emailIndex + 1]!;
      emailIndex += 2;
      nextEmail = emailIndex < emails.length ? emails[emailIndex]! : n;
      continue;
    }

    // Spans copied byte for byte.
    if (c === AMPERSAND) {
      const end = htmlReferenceEnd(text, i);
      if (end > i) {
        pendingMark = -1;
        i = end;
        continue;
      }
    }
    if (atTokenStart && startsToken(c)) {
      const end = latinTokenEnd(text, i, scans);
      if (end > i) {
        // A space after a mark only before a token that starts like a word (`-a@b.c` may have
        // been `–a@b.c` before dashes were unified).
        if (k === LATIN || k === DIGIT) wordStarts(i, k);
        else pendingMark = -1;
        // A URL or address is not prose: the words around it decide (prev is left as it was).
        i = end;
        continue;
      }
    }
    if (
      (c === 0x2f || c === 0x2e || c === 0x7e) &&
      atTokenStart &&
      (before < 0 ||
        cls[before] === SPACE ||
        cls[before] === BREAK ||
        (ROLES[before]! & OPENER) !== 0)
    ) {
      const end = pathEnd(text, i);
      if (end > i) {
        pendingMark = -1;
        i = end;
        continue;
      }
    }
    if (c === 0x28 && before === 0x5d) {
      const end = markdownTargetEnd(text, i, scans);
      if (end > i) {
        pendingMark = -1;
        prev = OTHER;
        i = end;
        continue;
      }
    }
    if (c === 0x21 && i + 1 < n && text.charCodeAt(i + 1) === 0x5b) {
      // `![`: a Markdown image, not an exclamation mark.
      pendingMark = -1;
      i++;
      continue;
    }
    if (k === ARABIC && (before < 0 || (cls[before] !== ARABIC && cls[before] !== MARK))) {
      const end = arabicAbbreviationEnd(text, i, scans);
      if (end > i) {
        wordStarts(i, ARABIC);
        prev = ARABIC;
        i = end;
        continue;
      }
    }

    if (k === DIGIT) {
      wordStarts(i, DIGIT);
      const keycap = keycapEnd(text, i);
      i =
        keycap > 0
          ? keycap
          : rewriteNumber(text, i, scanNumber(text, i, options.dashes), editor, options);
      prev = DIGIT;
      continue;
    }

    const role = ROLES[c]!;
    if ((role & CLAUSE) !== 0) {
      let out = c;
      if (options.punctuation === 'arabic' && TO_ARABIC[c] !== 0 && besideArabic(i))
        out = TO_ARABIC[c]!;
      else if (options.punctuation === 'latin' && TO_LATIN[c] !== 0 && !betweenDigits(i)) {
        // `0،5` stays: a Latin comma there would make one number of two.
        out = TO_LATIN[c]!;
      }
      // Before a digit, a full stop may start a decimal (`.5`), and any mark after a digit and a
      // space keeps that space: removing it would join two numbers (`2018 ,5`).
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      let s = next >= 0 && cls[next] === DIGIT && c === FULL_STOP ? i : removableSpaceStart(i);
      if (s < i && next >= 0 && cls[next] === DIGIT && cls[text.charCodeAt(s - 1)] === DIGIT) s = i;
      // A `?` or `:` standing between spaces among Latin words or numbers is code or maths
      // (`x ? y : z`), not prose: its spaces stay.
      if (
        s < i &&
        (out === QUESTION_MARK || out === COLON) &&
        next === SPACE_CODE &&
        isLatinOrDigit(cls[text.charCodeAt(s - 1)]!)
      ) {
        let e = i + 1;
        while (e < n && text.charCodeAt(e) === SPACE_CODE) e++;
        if (e < n && isLatinOrDigit(cls[text.charCodeAt(e)]!)) s = i;
      }
      if (s !== i) editor.remove(s, i, Rule.PunctSpace);
      if (out !== c) editor.replace(i, i + 1, String.fromCharCode(out), Rule.Punctuation);
      if (pendingMark < 0) markPrev = prev;
      pendingMark = out;
      i++;
      // Commas right after a sentence end are leftovers: drop them with the spaces before them.
      if (spacing && (role & SENTENCE) !== 0 && markPrev === ARABIC) {
        let dropEnd = i;
        for (let j = i; ; j++) {
          while (j < n && text.charCodeAt(j) === SPACE_CODE) j++;
          if (j >= n || (ROLES[text.charCodeAt(j)]! & COMMA) === 0) break;
          dropEnd = j + 1;
        }
        if (dropEnd > i) {
          editor.remove(i, dropEnd, Rule.StrayComma);
          i = dropEnd;
        }
      }
      markEnd = i;
      savedMark = pendingMark;
      savedMarkPrev = markPrev;
      continue;
    }

    const quote = quoteKind(c);
    if (quote !== QUOTE_NONE) {
      const found = quoteRole(text, i, doubleOpen);
      const quoteRoleValue = found & ~AMBIGUOUS;
      const ambiguous = (found & AMBIGUOUS) !== 0;
      const out = quoteOutput(c, quoteRoleValue, options.quotes) ?? String.fromCharCode(c);
      let s = i;
      let e = i + 1;
      // A quotation written with spaces inside (`« داعش »`): the spaces go, but only against a
      // word (or, before a closing quote, a mark), so that the role read again is the same.
      if (ambiguous && quote === QUOTE_DOUBLE) {
        if (quoteRoleValue === ROLE_OPEN) {
          e = removableSpaceEnd(i + 1);
          if (e >= n || !isWordish(cls[text.charCodeAt(e)]!)) e = i + 1;
        } else if (quoteRoleValue === ROLE_CLOSE) {
          s = removableSpaceStart(i);
          const p = s < i ? text.charCodeAt(s - 1) : 0;
          if (s < i && !isWordish(cls[p]!) && (ROLES[p]! & CLAUSE) === 0) s = i;
        }
        if (e === i) e = i + 1;
      }
      // A double quote glued to the Arabic word outside it gets its space back there
      // (`قال«داعش»أو`). Its role, not its shape, says which side is outside: once the space is
      // there, the next pass reads the same role from it.
      const double = spacing && quote === QUOTE_DOUBLE;
      const spaceBefore = double && quoteRoleValue === ROLE_OPEN && arabicOnBothSides(i, e);
      const spaceAfter = double && quoteRoleValue === ROLE_CLOSE && arabicOnBothSides(s, i + 1);
      if (s !== i) editor.remove(s, i, Rule.PunctSpace);
      if (spaceBefore) editor.replace(i, i, ' ', Rule.PunctSpace);
      if (out.length !== 1 || out.charCodeAt(0) !== c) editor.replace(i, i + 1, out, Rule.Quote);
      if (spaceAfter) editor.replace(i + 1, i + 1, ' ', Rule.PunctSpace);
      if (e !== i + 1) editor.remove(i + 1, e, Rule.PunctSpace);
      if (quote === QUOTE_DOUBLE) {
        if (quoteRoleValue === ROLE_OPEN) doubleOpen = true;
        else if (quoteRoleValue === ROLE_CLOSE) doubleOpen = false;
      }
      if (quoteRoleValue !== ROLE_CLOSE || spaceAfter) pendingMark = -1;
      else rejoinMarks(s, i, e);
      i = e;
      continue;
    }

    if ((role & OPENER) !== 0) {
      pendingMark = -1;
      // `](` that is not a Markdown target (it has a space): left as it is, so that it does not
      // become one when normalised again.
      const e = c === 0x28 && before === 0x5d ? i + 1 : removableSpaceEnd(i + 1);
      // A bracket glued to the Arabic word before it, with the space on the wrong side
      // (`نصوص( بين`), gets its space back outside. Glued on both sides it may be a suffix
      // (`الملف(ات)`), and stays.
      if (spacing && e > i + 1 && arabicOnBothSides(i, e)) {
        editor.replace(i, i, ' ', Rule.PunctSpace);
      }
      if (e > i + 1) editor.remove(i + 1, e, Rule.PunctSpace);
      i = Math.max(e, i + 1);
      continue;
    }
    if ((role & CLOSER) !== 0) {
      const s = removableSpaceStart(i);
      if (s !== i) editor.remove(s, i, Rule.PunctSpace);
      // A bracket glued to the Arabic word after it, with the space on the wrong side
      // (`أقواس )أو`), gets its space back outside.
      if (spacing && s < i && arabicOnBothSides(s, i + 1)) {
        editor.replace(i + 1, i + 1, ' ', Rule.PunctSpace);
        pendingMark = -1;
      } else {
        rejoinMarks(s, i, i + 1);
      }
      i++;
      continue;
    }
    // Hyphens and dashes leave `prev` alone: the words around them decide, whatever shape the
    // dash has (it may become `-` and then start a token).
    if ((role & (HYPHEN | DASH)) !== 0 || c === 0x2d) {
      if ((role & HYPHEN) !== 0 || ((role & DASH) !== 0 && options.dashes === 'hyphen')) {
        editor.replace(i, i + 1, '-', Rule.Dash);
      }
      pendingMark = -1;
      i++;
      continue;
    }

    if (k === ARABIC || k === LATIN) {
      wordStarts(i, k);
      prev = k;
    } else if (k === MARK) {
      pendingMark = -1;
      prev = ARABIC;
    } else {
      pendingMark = -1;
      prev = OTHER;
    }
    i++;
  }
  return editor.finish();
}
