import { fillOnFirstUse } from '../core/table-fills.js';
import { unitBytes } from '../core/unit-tables.js';
import { ARABIC, BREAK, charClasses, DIGIT, LATIN, MARK, OTHER, SPACE } from './char-class.js';
import {
  DOUBLE_QUOTES,
  HYPHEN_LOOKALIKES,
  OPENING_BRACKETS,
  SINGLE_QUOTES,
} from './punctuation-marks.js';

/**
 * Detectors for the spans stage 3 copies byte for byte: URLs, e-mail addresses, paths, dotted
 * Latin tokens (`example.com`, `U.S`), Arabic dotted abbreviations (`أ.د.`, `ص.ب.`) and Markdown
 * link targets. Each is a forward scan from a token start that returns the end of the span or -1;
 * callers only try them where a token starts, so every code unit is scanned a bounded number of
 * times and the pass stays linear.
 */

/** Characters of a Latin token: ASCII letters and digits and `. _ % + -` (e-mail local parts). */
const TOKEN = unitBytes();

/**
 * Sets the units of {@link TOKEN} to 1 in `t` (the tables below that hold them are built with
 * this, not by copying all 65,536 entries of TOKEN).
 */
function markTokenUnits(t: Uint8Array): void {
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = 1;
  for (const ch of '._%+-') t[ch.charCodeAt(0)] = 1;
  // Hyphen and dash look-alikes: this stage may make them `-`, so they join a token as `-` does.
  for (const c of HYPHEN_LOOKALIKES) t[c] = 1; // HYPHEN .. HORIZONTAL BAR, MINUS SIGN...
  // Arabic-Indic and Persian digits, and the Arabic decimal separator and percent sign: this
  // stage may make them ASCII digits, `.` and `%`, which are token characters.
  t.fill(1, 0x0660, 0x066c); // ARABIC-INDIC DIGIT ZERO .. NINE, PERCENT SIGN, DECIMAL SEPARATOR
  t.fill(1, 0x06f0, 0x06fa); // EXTENDED ARABIC-INDIC DIGIT ZERO .. NINE
}

/** Hyphen-minus and the look-alikes above: no token starts with one. */
const HYPHEN_LIKE = unitBytes();
const isHyphenLike = (c: number) => HYPHEN_LIKE[c] === 1;

/**
 * Characters of an e-mail local part: RFC 5322 `atext` and the dot, less the apostrophe, grave
 * accent, braces and bar, which this stage reads as quotes and brackets in prose, plus
 * Arabic-Indic and Persian digits.
 */
const LOCAL_PART = unitBytes();

/** Characters that end a URL or path: whitespace, and the quotes and brackets around it. */
const URL_STOP = unitBytes();

/**
 * True when no protected span holds the code unit `c`, a space or a line break: the spans that
 * may hold other units than token characters (a URL, a path, a Markdown target) end at each of
 * these ({@link URL_STOP}); the others (e-mail addresses, dotted tokens, abbreviations, character
 * references) hold no space. Not OGHAM SPACE MARK or MEDIUM MATHEMATICAL SPACE, which a URL may
 * hold.
 */
export function noSpanHolds(c: number): boolean {
  const k = charClasses()[c];
  return (k === SPACE || k === BREAK) && URL_STOP[c] === 1;
}

/** Characters trimmed from the end of a URL: sentence punctuation that follows it. */
const URL_TRAILING = new Set(
  Array.from(".,;:!?'*\u060c\u061b\u061f\u2018\u2019\u201a\u201b\u2039\u203a", (ch) =>
    ch.charCodeAt(0),
  ),
);

/** A full stop, or the Arabic decimal separator this stage may make one. */
const isDot = (c: number) => c === 0x2e || c === 0x066b;

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
/** An ASCII letter or a digit of any of the three systems. */
const isAlnumLike = (c: number) =>
  isAsciiAlnum(c) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);

/**
 * Characters after which no token starts: token characters, `/` and `@`, and every character this
 * stage may rewrite into one of them or from one (other digits, hyphen and dash look-alikes, the
 * Arabic decimal separator and percent sign), so that a token starts at the same place when the
 * output is normalised again.
 */
const CONTINUES = unitBytes();

/** True when `code` may continue a token, so a token cannot start after it. */
export const continuesToken = (code: number) => CONTINUES[code] === 1;

/**
 * True when `code` may start a Latin token or an e-mail address (hyphen look-alikes included, so
 * that `‐a@b.co` is found whether or not its hyphen has been made `-`).
 */
export const startsToken = (code: number) => LOCAL_PART[code] === 1;

/** The code units for which {@link startsToken} holds, in order. */
export function tokenStartUnits(): number[] {
  const units: number[] = [];
  for (let c = LOCAL_PART.indexOf(1); c >= 0; c = LOCAL_PART.indexOf(1, c + 1)) units.push(c);
  return units;
}

/** The code units for which {@link continuesToken} or {@link startsToken} holds. */
export function tokenUnits(): number[] {
  const units: number[] = [];
  for (const table of [CONTINUES, LOCAL_PART]) {
    for (let c = table.indexOf(1); c >= 0; c = table.indexOf(1, c + 1)) units.push(c);
  }
  return units;
}

/** The end of a URL or path whose body starts at `from`, closing punctuation left outside. */
export function urlEnd(text: string, from: number, start: number = from): number {
  let end = from;
  const n = text.length;
  let open = 0;
  let close = 0;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (URL_STOP[c] === 1) break;
    if (c === 0x28) open++;
    else if (c === 0x29) close++;
    end++;
  }
  // Trailing punctuation, and closing brackets with no opening one in the URL, are the text's.
  for (;;) {
    const c = end > start ? text.charCodeAt(end - 1) : -1;
    if (c === 0x3b && endsHtmlReference(text, end, start)) break;
    if (URL_TRAILING.has(c)) end--;
    else if (c === 0x29 && close > open) {
      close--;
      end--;
    } else break;
  }
  return end;
}

/**
 * The protected span that starts with the Latin token at `start`, or -1: a URL (`scheme://…`,
 * `www.…`), an e-mail address, a domain or file name with a path, or a dotted Latin token that
 * holds a letter (`example.com`, `e.g`, `U.S`, `v1.2`; a final full stop is left outside).
 */
export function latinTokenEnd(text: string, start: number, state: ScanState): number {
  const n = text.length;
  if (isPlainToken(text, start, state)) return -1;
  const email = emailEnd(text, start, state);
  if (email > start) return email;
  if (text.charCodeAt(start) === 0x2e) {
    const name = dotNameEnd(text, start);
    if (name > start) return name;
  }
  const windows = windowsPathEnd(text, start);
  if (windows > start) return windows;
  let r = start;
  while (r < n && TOKEN[text.charCodeAt(r)] === 1) r++;
  if (r === start) return -1;
  // Token characters glued before a scheme or `www.` (`-`, `_`, digits) stay with the URL.
  let letter = start;
  while (letter < r && !isAsciiLetter(text.charCodeAt(letter))) letter++;
  // scheme://
  if (text.startsWith('://', r) && r + 3 < n) {
    if (letter < r) {
      const end = urlEnd(text, r + 3, start);
      if (end > r + 3) return end;
    }
  }
  let hasLetter = false;
  let innerDot = false;
  for (let i = start; i < r; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) hasLetter = true;
    else if (
      isDot(c) &&
      i > start &&
      i + 1 < r &&
      isAlnumLike(text.charCodeAt(i - 1)) &&
      isAlnumLike(text.charCodeAt(i + 1))
    ) {
      innerDot = true;
    }
  }
  // www. before a label of any script (`www.مثال.com`).
  if (
    r === letter + 4 &&
    startsWithWww(text, letter) &&
    r < n &&
    charClasses()[text.charCodeAt(r)] === ARABIC
  ) {
    return urlEnd(text, r, start);
  }
  if (!hasLetter || !innerDot) return -1;
  // www.example.com/… or example.com/… : a host with a path.
  if (startsWithWww(text, letter) || (r < n && text.charCodeAt(r) === 0x2f)) {
    return urlEnd(text, r, start);
  }
  let end = r;
  while (end > start && !isAlnumLike(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * True when the token at `start` is no span at all, told by one loop (a number, the common case):
 * it does not start with a full stop, and its run of local-part characters holds no ASCII letter
 * and is not followed by `@`. Every span {@link latinTokenEnd} finds needs one of the three: an
 * e-mail address the `@`, a dotfile name the full stop, and a Windows path, a URL, `www.` or a
 * dotted token an ASCII letter inside the token's run (a part of the local-part run). Notes the
 * run's end in `state` as {@link emailEnd} would.
 */
function isPlainToken(text: string, start: number, state: ScanState): boolean {
  if (text.charCodeAt(start) === 0x2e) return false;
  let r: number;
  if (start >= state.plainFrom && start < state.plainTo) {
    // Inside a run already read: the same run, plain from here too (else `&#1&#1…` was read
    // again from every token start in it, in quadratic time).
    r = state.plainTo;
  } else {
    const n = text.length;
    for (r = start; r < n; r++) {
      const c = text.charCodeAt(r);
      if (LOCAL_PART[c] !== 1) break;
      if (isAsciiLetter(c)) return false;
    }
    if (r < n && text.charCodeAt(r) === 0x40) return false;
    state.plainFrom = start;
    state.plainTo = r;
  }
  if (start >= state.noEmailBefore) state.noEmailBefore = r;
  return true;
}

/**
 * False when no protected span starts at `i`, a digit at a token start, told by one loop over
 * the local-part characters, Arabic letters and marks from there: a Latin token (URL, domain,
 * dotted token, e-mail address) needs an ASCII letter in its run of local-part characters or an
 * `@` right after it (see {@link isPlainToken}), and an e-mail address with an Arabic local part
 * an `@` after such characters, letters and marks. True when one may start there.
 */
export function spanMayStartAtDigit(text: string, i: number): boolean {
  const classes = charClasses();
  const n = text.length;
  let r = i;
  for (; r < n; r++) {
    const c = text.charCodeAt(r);
    if (LOCAL_PART[c] === 1) {
      if (isAsciiLetter(c)) return true;
      continue;
    }
    const k = classes[c];
    if (k !== ARABIC && k !== MARK) break;
  }
  return r < n && text.charCodeAt(r) === 0x40;
}

/**
 * True when `www.` (any case) starts at `at`. Read unit by unit, not by slicing and lower-casing:
 * this runs at every token start. No other code unit lower-cases to `w` or `.`, so it says what
 * `text.slice(at, at + 4).toLowerCase() === 'www.'` says.
 */
function startsWithWww(text: string, at: number): boolean {
  return (
    at + 4 <= text.length &&
    (text.charCodeAt(at) | 0x20) === 0x77 &&
    (text.charCodeAt(at + 1) | 0x20) === 0x77 &&
    (text.charCodeAt(at + 2) | 0x20) === 0x77 &&
    text.charCodeAt(at + 3) === 0x2e
  );
}

/**
 * The end of a file extension or dotfile name that starts with the full stop at `start`, or -1.
 * After a letter or mark (`التقرير.docx`, `ملف.tar.gz`) the extension must have the shape of one:
 * one to five ASCII letters and digits, starting with a letter, all in one case (so `ملف.pdf` and
 * `ملف.PDF` are file names, and `الاجتماع.وبدأ` or `الاجتماع.The` stay sentence ends to repair).
 * After a space, a line start, a bracket or a quote (`.gitignore`, `امتداد .csv`) any ASCII letter
 * starts a dotfile name, which runs over token characters.
 */
function dotNameEnd(text: string, start: number): number {
  const n = text.length;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const afterWord = charClasses()[before] === ARABIC || charClasses()[before] === MARK;
  if (!afterWord && !(before <= 0x20 || URL_STOP[before] === 1 || OPENS_NAME[before] === 1)) {
    return -1;
  }
  if (!afterWord) {
    if (start + 1 >= n || !isAsciiLetter(text.charCodeAt(start + 1))) return -1;
    let end = start + 1;
    while (end < n && TOKEN[text.charCodeAt(end)] === 1) end++;
    while (!isAlnumLike(text.charCodeAt(end - 1))) end--;
    return end;
  }
  let end = start;
  let groups = 0;
  while (end < n && text.charCodeAt(end) === 0x2e) {
    let j = end + 1;
    let upper = false;
    let lower = false;
    // Eastern digits count as the ASCII digits this stage may make them.
    while (j < n && j - end <= 6 && isAlnumLike(text.charCodeAt(j))) {
      const c = text.charCodeAt(j);
      if (c >= 0x41 && c <= 0x5a) upper = true;
      else if (c >= 0x61 && c <= 0x7a) lower = true;
      j++;
    }
    const length = j - end - 1;
    if (length < 1 || length > 5 || !isAsciiLetter(text.charCodeAt(end + 1)) || (upper && lower)) {
      break;
    }
    groups++;
    end = j;
  }
  if (groups === 0) return -1;
  // A letter or digit of any script glued after it: not an extension.
  const next = end < n ? charClasses()[text.charCodeAt(end)] : OTHER;
  if (next === ARABIC || next === LATIN || next === MARK || next === DIGIT) return -1;
  return end;
}

/**
 * Opening brackets and every quote (this stage may turn a quote of one direction into the other)
 * after which a dotfile name may start.
 */
const OPENS_NAME = unitBytes();

/** Fills the tables of this module, on first use (src/core/table-fills.ts). */
function fillSpanTables(): void {
  markTokenUnits(TOKEN);
  HYPHEN_LIKE[0x2d] = 1; // HYPHEN-MINUS
  for (const c of HYPHEN_LOOKALIKES) HYPHEN_LIKE[c] = 1;
  markTokenUnits(LOCAL_PART);
  for (const ch of '!#$&*/=?^_~') LOCAL_PART[ch.charCodeAt(0)] = 1;
  for (let c = 0; c <= 0x20; c++) URL_STOP[c] = 1;
  for (const ch of '<>"\u00ab\u00bb\u201c\u201d\u00a0\u2028\u2029\u0085\u202f\u3000') {
    URL_STOP[ch.charCodeAt(0)] = 1;
  }
  for (let c = 0x2000; c <= 0x200a; c++) URL_STOP[c] = 1;
  markTokenUnits(CONTINUES);
  CONTINUES[0x2f] = 1; // SOLIDUS
  CONTINUES[0x40] = 1; // COMMERCIAL AT
  // ARABIC-INDIC DIGIT ZERO .. ARABIC DECIMAL SEPARATOR (and PERCENT SIGN)
  CONTINUES.fill(1, 0x0660, 0x066c);
  CONTINUES.fill(1, 0x06f0, 0x06fa); // EXTENDED ARABIC-INDIC DIGIT ZERO .. NINE
  for (const c of HYPHEN_LOOKALIKES) CONTINUES[c] = 1; // HYPHEN .. HORIZONTAL BAR, MINUS SIGN...
  for (const c of OPENING_BRACKETS) OPENS_NAME[c] = 1;
  for (const [c] of DOUBLE_QUOTES) OPENS_NAME[c] = 1;
  for (const [c] of SINGLE_QUOTES) OPENS_NAME[c] = 1;
  OPENS_NAME[0x60] = 1; // GRAVE ACCENT
}
fillOnFirstUse(fillSpanTables);

/**
 * The end of the e-mail address `local@domain.tld` that starts at `start`, or -1. A local part
 * that led nowhere is remembered in `state`, so a later start inside it fails without a rescan.
 */
function emailEnd(text: string, start: number, state: ScanState): number {
  if (start < state.noEmailBefore) return -1;
  const n = text.length;
  let r = start;
  while (r < n && LOCAL_PART[text.charCodeAt(r)] === 1) r++;
  if (r === start || r >= n || text.charCodeAt(r) !== 0x40) {
    state.noEmailBefore = r;
    return -1;
  }
  const d = domainEnd(text, r);
  if (d > r) return d;
  // Every later start before this `@` reaches the same `@` and the same domain, and fails too.
  state.noEmailBefore = r;
  return -1;
}

/** A letter (ASCII or Arabic) or a digit of any system, or an Arabic mark: a domain label's. */
const isLabelUnit = (c: number) => {
  const k = charClasses()[c];
  return isAlnumLike(c) || k === ARABIC || k === MARK;
};

/**
 * The end of the domain `label.label…` after the `@` at `at`, or -1: labels of ASCII or Arabic
 * letters and digits of any system (the domain must be the same one once this stage has made them
 * ASCII) joined by dots and hyphens, the last label ending in a letter.
 */
function domainEnd(text: string, at: number): number {
  const n = text.length;
  let d = at + 1;
  while (d < n) {
    const c = text.charCodeAt(d);
    if (isLabelUnit(c) || isDot(c) || isHyphenLike(c)) d++;
    else break;
  }
  while (d > at + 1 && !isLabelUnit(text.charCodeAt(d - 1))) d--;
  let lastDot = -1;
  for (let k = at + 1; k < d; k++) if (isDot(text.charCodeAt(k))) lastDot = k;
  const last = text.charCodeAt(d - 1);
  const endsInLetter =
    isAsciiLetter(last) || charClasses()[last] === ARABIC || charClasses()[last] === MARK;
  return lastDot > at + 1 && lastDot < d - 1 && endsInLetter ? d : -1;
}

/**
 * The e-mail addresses whose local part holds an Arabic letter (`محمد@example.com`,
 * `م.علي@وزارة.مصر`), as `[start, end)` pairs in order. Found from each `@` before the scan, since
 * the local part comes before the `@`: its scan back stops at the previous `@`, so the search is
 * linear.
 */
export function arabicEmailSpans(text: string): number[] {
  const spans: number[] = [];
  const cls = charClasses();
  let previousAt = -1;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    let arabic = false;
    while (start > previousAt + 1) {
      const c = text.charCodeAt(start - 1);
      const k = cls[c];
      if (k === ARABIC || k === MARK) arabic = true;
      else if (LOCAL_PART[c] !== 1) break;
      start--;
    }
    const stoppedAtAt = start === previousAt + 1 && previousAt >= 0;
    previousAt = at;
    // The local part starts with a letter or digit, at a word start.
    while (start < at && !isLabelUnit(text.charCodeAt(start))) start++;
    if (!arabic || stoppedAtAt || start === at) continue;
    const k = cls[text.charCodeAt(start)];
    if (k !== ARABIC && k !== LATIN && k !== DIGIT) continue;
    const end = domainEnd(text, at);
    if (end < 0) continue;
    if (spans.length > 0 && start < spans[spans.length - 1]!) continue;
    spans.push(start, end);
  }
  return spans;
}

/**
 * The end of a path that starts at `start` with `/` (`/gc1/images/…`, `/usr/lib`) or `./`, `../`,
 * `~/`, or -1. A single `/` between words (`نيسان/أبريل`) is never a path: callers only try this
 * where a token starts.
 */
export function pathEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && (text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x7e)) i++;
  if (i - start > 2 || text.charCodeAt(i) !== 0x2f) return -1;
  const next = text.charCodeAt(i + 1);
  // Eastern digits count as the ASCII digits this stage may make them.
  if (isAlnumLike(next) || next === 0x5f || next === 0x2e || next === 0x7e) {
    const end = urlEnd(text, i + 1, start);
    return end > i + 1 ? end : -1;
  }
  // A folder with an Arabic name: `/مستندات/ملف.txt`, `~/مستندات`. From the root, two folders at
  // least, so that a slash before a word (`و /أو`) is not taken for a path.
  if (charClasses()[next] !== ARABIC) return -1;
  const end = urlEnd(text, i + 1, start);
  if (i > start) return end > i + 1 ? end : -1;
  for (let k = i + 2; k < end - 1; k++) if (text.charCodeAt(k) === 0x2f) return end;
  return -1;
}

/**
 * The end of a Windows path that starts at `start` with a drive (`C:\المستندات\ملف.txt`), or -1.
 */
function windowsPathEnd(text: string, start: number): number {
  if (!isAsciiLetter(text.charCodeAt(start))) return -1;
  if (text.charCodeAt(start + 1) !== 0x3a || text.charCodeAt(start + 2) !== 0x5c) return -1;
  if (start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) return -1;
  const end = urlEnd(text, start + 3, start);
  return end > start + 3 ? end : -1;
}

/** Remembers where failed scans stopped, so no code unit is scanned more than a few times. */
export interface ScanState {
  /** A Markdown target scan starting before this failed. */
  failedUpTo: number;
  /** An e-mail local part starting before this is not followed by `@` and a domain. */
  noEmailBefore: number;
  /** A dotted Arabic abbreviation starting before this runs into a Latin letter. */
  noAbbreviationBefore: number;
  /**
   * The last plain token run read (see `isPlainToken`): `[plainFrom, plainTo)` holds local-part
   * characters and no ASCII letter, and no `@` follows it.
   */
  plainFrom: number;
  plainTo: number;
}

/**
 * The end of a Markdown link or image target `(…)` that starts at `start` right after `]`, or -1:
 * everything up to the first `)` with no whitespace before it.
 */
export function markdownTargetEnd(text: string, start: number, state: ScanState): number {
  if (start < state.failedUpTo) return -1;
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x29) return i + 1;
    if (URL_STOP[c] === 1 || c === 0x28) break;
    i++;
  }
  state.failedUpTo = i;
  return -1;
}

/**
 * The end of an Arabic abbreviation written with dots that starts at `start` (a letter at a word
 * start), or -1: two or more groups of one or two letters each followed by `.` (`أ.د.`, `ص.ب.`,
 * `ش.م.ع.`), or one such group followed by a last group of one or two letters (`أ.د`).
 */
export function arabicAbbreviationEnd(text: string, start: number, state: ScanState): number {
  if (start < state.noAbbreviationBefore) return -1;
  const cls = charClasses();
  const n = text.length;
  let i = start;
  let groups = 0;
  for (;;) {
    let letters = 0;
    let j = i;
    while (j < n) {
      const c = cls[text.charCodeAt(j)];
      if (c === ARABIC) {
        letters++;
        if (letters > 2) return groups >= 2 ? i : -1;
      } else if (c !== MARK) break;
      j++;
    }
    if (letters === 0) return groups >= 2 ? i : -1;
    if (j < n && text.charCodeAt(j) === 0x2e) {
      groups++;
      i = j + 1;
      if (i < n && cls[text.charCodeAt(i)] === ARABIC) continue;
      return groups >= 2 ? i : -1;
    }
    if (j < n && cls[text.charCodeAt(j)] === LATIN) {
      // A later start in this chain of groups reaches the same Latin letter and fails too.
      state.noAbbreviationBefore = j;
      return -1;
    }
    return groups >= 1 && i !== start ? j : -1;
  }
}

/**
 * The end of the HTML character reference that starts with the `&` at `start` (`&#1575;`,
 * `&#x627;`, `&amp;`, `&nbsp;`), or -1. Its semicolon is markup, not prose punctuation.
 */
export function htmlReferenceEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  if (i < n && text.charCodeAt(i) === 0x23) {
    i++;
    const hex = i < n && (text.charCodeAt(i) | 0x20) === 0x78;
    if (hex) i++;
    const first = i;
    while (i < n && i - first < 8) {
      const c = text.charCodeAt(i);
      const isHex = (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
      // Eastern digits too, which this stage would make ASCII ones.
      if (hex ? isAsciiAlnum(c) && (c <= 0x39 || isHex) : isAlnumLike(c) && !isAsciiLetter(c)) i++;
      else break;
    }
    if (i === first) return -1;
  } else {
    const first = i;
    while (i < n && i - first < 32 && isAsciiAlnum(text.charCodeAt(i))) i++;
    if (i === first || !isAsciiLetter(text.charCodeAt(first))) return -1;
  }
  return i < n && text.charCodeAt(i) === 0x3b ? i + 1 : -1;
}

/** True when the `;` before `end` closes an HTML character reference that starts after `from`. */
function endsHtmlReference(text: string, end: number, from: number): boolean {
  for (let p = end - 2; p >= from && p >= end - 36; p--) {
    const c = text.charCodeAt(p);
    if (c === 0x26) return htmlReferenceEnd(text, p) === end;
    if (!isAlnumLike(c) && c !== 0x23) return false;
  }
  return false;
}
