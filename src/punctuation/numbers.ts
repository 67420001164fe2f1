import { lazyRegExp } from '../core/lazy-regexp.js';
import { Rule, type RuleNumber } from '../core/rules.js';
import { fillOnFirstUse } from '../core/table-fills.js';
import { unitBytes, unitWords } from '../core/unit-tables.js';
import type { ResolvedOptions } from '../options/types.js';
import { DIGIT_ZERO, digitValue } from './digit-systems.js';
import { NUMERIC_SIGNS } from './numeric-signs.js';
import { DASHES, DIGIT_HYPHENS } from './punctuation-marks.js';

const HYPHEN_MINUS = 0x2d;
const PLUS = 0x2b;
const SPACE = 0x20;

const SEP_NONE = 0;
const SEP_DECIMAL = 1; // . or U+066B
const SEP_THOUSANDS = 2; // , or U+066C
const SEP_HYPHEN = 3; // - and its look-alikes
const SEP_OTHER = 4; // : and /
const SEP_DASH = 5; // en and em dash, horizontal bar: a separator only with `dashes: 'hyphen'`
/** ARABIC COMMA: a thousands separator only between a group of one to three digits and one of three. */
const SEP_ARABIC_COMMA = 6;
const ARABIC_COMMA = 0x060c;

/** What a code unit between two digits is, as a separator inside one number. */
const SEPARATORS = (() => {
  const t = unitBytes();
  t[0x2e] = SEP_DECIMAL; // FULL STOP
  t[NUMERIC_SIGNS.decimal.arabic] = SEP_DECIMAL;
  t[0x2c] = SEP_THOUSANDS; // COMMA
  t[NUMERIC_SIGNS.thousands.arabic] = SEP_THOUSANDS;
  t[HYPHEN_MINUS] = SEP_HYPHEN;
  for (const code of DIGIT_HYPHENS) t[code] = SEP_HYPHEN;
  t[0x3a] = SEP_OTHER; // COLON
  t[0x2f] = SEP_OTHER; // SOLIDUS
  for (const code of DASHES) t[code] = SEP_DASH;
  t[ARABIC_COMMA] = SEP_ARABIC_COMMA;
  return t;
})();

/** Percent, per mille and per ten thousand signs (either form) to their Latin and Arabic forms. */
const PERCENT_ASCII = unitWords();
const PERCENT_ARABIC = unitWords();
/** The same signs as a list: what the number rule reads after a number (and one space). */
export const PERCENT_SIGNS: number[] = [];

/** Fills the percent tables and {@link PERCENT_SIGNS}, on first use (src/core/table-fills.ts). */
function fillPercentSigns(): void {
  for (const sign of [
    NUMERIC_SIGNS.percent,
    NUMERIC_SIGNS.perMille,
    NUMERIC_SIGNS.perTenThousand,
  ]) {
    for (const code of [sign.ascii, sign.arabic]) {
      PERCENT_ASCII[code] = sign.ascii;
      PERCENT_ARABIC[code] = sign.arabic;
      PERCENT_SIGNS.push(code);
    }
  }
}
fillOnFirstUse(fillPercentSigns);

const isDigit = (code: number) => digitValue(code) >= 0;

/**
 * Where {@link rewriteNumber} writes its edits: the scan's `TextEditor`, or a probe that only
 * notes that an edit would be made (`unchanged.ts`).
 */
export interface NumberEdits {
  replace(start: number, end: number, replacement: string, rule: RuleNumber): void;
}

let buffer = new Uint16Array(64);

/** Up to this many code units, {@link fromCodeUnits} passes them as arguments (`shortString`). */
const SHORT_NUMBER = 8;

/** The first `length` code units of `units` as a string, converted in chunks. */
function fromCodeUnits(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  // A short number (most are): its units passed as arguments, several times cheaper than `apply`
  // on a view.
  if (length <= SHORT_NUMBER) return shortString(units, length);
  if (length <= CHUNK) {
    return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  }
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    const slice = units.subarray(i, Math.min(length, i + CHUNK));
    parts.push(String.fromCharCode.apply(null, slice as unknown as number[]));
  }
  return parts.join('');
}

const fromCharCode = String.fromCharCode;

/**
 * The first `length` ({@link SHORT_NUMBER} at most) code units of `units`, made in one call: a
 * string grown unit by unit made a string per unit (`23` made `2` first), a quarter or more of
 * the strings the stage makes for its number edits on noisy text.
 */
function shortString(u: Uint16Array, length: number): string {
  switch (length) {
    case 1:
      return fromCharCode(u[0]!);
    case 2:
      return fromCharCode(u[0]!, u[1]!);
    case 3:
      return fromCharCode(u[0]!, u[1]!, u[2]!);
    case 4:
      return fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!);
    case 5:
      return fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!);
    case 6:
      return fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!);
    case 7:
      return fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!);
    case 8:
      return fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!);
    default:
      return '';
  }
}

/**
 * The end of the number that starts at `start` (a digit): digit groups joined by single
 * separators (`. , ٫ ٬ : / -` and hyphen look-alikes), each separator between two digits. This is
 * what covers decimals (`7.3`, `١٠٫٥`), thousands (`110,000`), times (`10:30`), dates
 * (`2024-05-03`, `15/04/2024`) and phone numbers; nothing inside one is ever punctuation.
 */
export function scanNumber(
  text: string,
  start: number,
  dashes: ResolvedOptions['dashes'] = 'keep',
): number {
  let i = start;
  const n = text.length;
  for (;;) {
    const group = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    const sep = i < n ? SEPARATORS[text.charCodeAt(i)]! : SEP_NONE;
    if (
      i + 1 < n &&
      sep !== SEP_NONE &&
      (sep !== SEP_DASH || dashes === 'hyphen') &&
      (sep !== SEP_ARABIC_COMMA || isThousandsGroup(text, group, i)) &&
      isDigit(text.charCodeAt(i + 1))
    ) {
      i++;
      continue;
    }
    return i;
  }
}

/**
 * True when the Arabic comma at `at`, after the digits `[group, at)`, separates thousands
 * (`٢٠،٠٠٠`): one to three digits before it and exactly three after it. Elsewhere (`١،٢،٣`) it is
 * a comma between numbers.
 */
function isThousandsGroup(text: string, group: number, at: number): boolean {
  const before = at - group;
  if (before < 1 || before > 3) return false;
  for (let k = at + 1; k <= at + 3; k++)
    if (k >= text.length || !isDigit(text.charCodeAt(k))) return false;
  return at + 4 >= text.length || !isDigit(text.charCodeAt(at + 4));
}

/**
 * True when the separators of the number `[start, end)` read as thousands and decimal separators:
 * `1,234,567.89`, `١٠٫٥`, `7.3`: at most one decimal separator, last; every thousands separator
 * followed by exactly three digits, and the first group one to three digits long.
 */
function isPlainNumber(text: string, start: number, end: number): boolean {
  let groupStart = start;
  let firstGroup = -1;
  let sawThousands = false;
  let sawDecimal = false;
  let lastSep = SEP_NONE;
  for (let i = start; i <= end; i++) {
    const sep = i < end ? SEPARATORS[text.charCodeAt(i)]! : SEP_NONE;
    if (i < end && sep === SEP_NONE) continue;
    const length = i - groupStart;
    if (firstGroup < 0) firstGroup = length;
    if ((lastSep === SEP_THOUSANDS || lastSep === SEP_ARABIC_COMMA) && length !== 3) return false;
    if (i === end) break;
    if (sep === SEP_DECIMAL) {
      if (sawDecimal) return false;
      sawDecimal = true;
    } else if (sep === SEP_THOUSANDS || sep === SEP_ARABIC_COMMA) {
      if (sawDecimal) return false;
      sawThousands = true;
    } else {
      return false;
    }
    lastSep = sep;
    groupStart = i + 1;
  }
  return !sawThousands || firstGroup <= 3;
}

/** The zero of the system the digits of `[start, end)` go to, or -1 to leave them. */
function targetZero(text: string, start: number, end: number, digits: ResolvedOptions['digits']) {
  if (digits !== 'keep') return DIGIT_ZERO[digits];
  // keep: a number mixing systems takes the system of its first digit.
  const first = text.charCodeAt(start);
  const zero = first - digitValue(first);
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = digitValue(code);
    if (value >= 0 && code - value !== zero) return zero;
  }
  return -1;
}

/**
 * Rewrites the number token `[start, end)` through `editor` (digits to the target system,
 * thousands and decimal separators to its style, hyphen look-alikes to `-`), then the percent sign
 * after it, and returns where the scan continues.
 */
export function rewriteNumber(
  text: string,
  start: number,
  end: number,
  editor: NumberEdits,
  options: Readonly<ResolvedOptions>,
): number {
  const zero = targetZero(text, start, end, options.digits);
  const signs =
    options.digits === 'keep' ? undefined : options.digits === 'ascii' ? 'ascii' : 'arabic';
  const plain = signs !== undefined && isPlainNumber(text, start, end);

  if (options.visualOrderNumbers) {
    const after = repairVisualOrder(text, start, end, zero);
    if (after !== undefined) {
      editor.replace(start, end + 1, after, Rule.VisualOrderNumber);
      // A sign after it is the repaired number's, as it would be when normalised again.
      return rewriteSignAfter(text, end + 1, editor, signs);
    }
  }

  // The token is rewritten as one edit, built in a code-unit buffer.
  const length = end - start;
  if (buffer.length < length) buffer = new Uint16Array(Math.max(length, 2 * buffer.length));
  // The edit's rule: digits if any changed, else separators, else hyphens.
  let rule: RuleNumber | -1 = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = digitValue(code);
    let out = code;
    if (value >= 0) {
      if (zero >= 0) out = zero + value;
      if (out !== code) rule = Rule.Digit;
    } else {
      const sep = SEPARATORS[code];
      // With ASCII digits, the Arabic separators (which say what they are) become ASCII ones in
      // any number (`٢٫٠٫١` -> `2.0.1`): a number never comes out in two systems. ASCII ones
      // become Arabic only in a number they read as thousands and decimals.
      const follow = plain || (signs === 'ascii' && code !== 0x2e && code !== 0x2c);
      if (sep === SEP_HYPHEN || sep === SEP_DASH) out = HYPHEN_MINUS;
      else if (follow && sep === SEP_DECIMAL) out = NUMERIC_SIGNS.decimal[signs!];
      else if (follow && (sep === SEP_THOUSANDS || sep === SEP_ARABIC_COMMA)) {
        out = NUMERIC_SIGNS.thousands[signs!];
      }
      if (out !== code && rule !== Rule.Digit) {
        if (out !== HYPHEN_MINUS) rule = Rule.NumberSeparator;
        else if (rule === -1) rule = Rule.NumberDash;
      }
    }
    buffer[i - start] = out;
  }
  if (rule !== -1) editor.replace(start, end, fromCodeUnits(buffer, length), rule);

  return rewriteSignAfter(text, end, editor, signs);
}

/**
 * For a gate that reads what {@link rewriteNumber} would do at `start` (a digit that no keycap
 * holds) without running it: the end of the number there when it is its commonest kind, digits
 * alone, all of one system that `digits` keeps, with nothing after them that the rule reads (no
 * separator before a digit, which would extend it; no `+`, which may end a number in visual
 * order; no percent sign, after one space or none); the rule then edits nothing and returns that
 * end. -1 when the
 * number is of another kind: the rule itself must be asked.
 */
export function keptDigitsEnd(
  text: string,
  start: number,
  digits: ResolvedOptions['digits'],
): number {
  const first = text.charCodeAt(start);
  const zero = first - digitValue(first);
  if (digits !== 'keep' && DIGIT_ZERO[digits] !== zero) return -1;
  const n = text.length;
  let end = start + 1;
  for (; end < n; end++) {
    const code = text.charCodeAt(end);
    const value = digitValue(code);
    if (value < 0) break;
    if (code - value !== zero) return -1;
  }
  return readsNothingAfter(text, end) ? end : -1;
}

/**
 * True when the number rule reads nothing at `end`, just after a run of digits: the end of the
 * text, or no separator before a digit (which would extend the number), no `+` (which may end a
 * number in visual order), no percent sign after one space or none.
 */
function readsNothingAfter(text: string, end: number): boolean {
  const n = text.length;
  if (end === n) return true;
  const next = text.charCodeAt(end);
  if (next === PLUS || PERCENT_ASCII[next] !== 0) return false;
  if (SEPARATORS[next] !== SEP_NONE && end + 1 < n && isDigit(text.charCodeAt(end + 1)))
    return false;
  return !(next === SPACE && end + 1 < n && PERCENT_ASCII[text.charCodeAt(end + 1)] !== 0);
}

/**
 * The end of the run of digits from `start` when the digit style `digits` writes one of them in
 * another system (the number rule then edits the number: its token holds that run); -1 when it
 * writes none of them otherwise (or keeps every digit).
 */
export function changedDigitRunEnd(
  text: string,
  start: number,
  digits: ResolvedOptions['digits'],
): number {
  if (digits === 'keep') return -1;
  const zero = DIGIT_ZERO[digits];
  const n = text.length;
  let end = start;
  let changed = false;
  for (; end < n; end++) {
    const code = text.charCodeAt(end);
    const value = digitValue(code);
    if (value < 0) break;
    if (code - value !== zero) changed = true;
  }
  return changed ? end : -1;
}

/**
 * {@link rewriteNumber} at `start` (a digit that no keycap holds) for its commonest edit, read
 * without scanning the number's separators and signs: digits alone, with nothing after them that
 * the rule reads (as for {@link keptDigitsEnd}), some of them of a system that `digits` changes.
 * The rule's one edit (the digits in the target system, by the digit rule) is given to `edits`,
 * and its end returned, as the rule does; -1 when the number is of another kind (the rule itself
 * must be run).
 */
export function convertedDigitsEnd(
  text: string,
  start: number,
  digits: ResolvedOptions['digits'],
  edits: NumberEdits,
): number {
  if (digits === 'keep') return -1;
  const end = changedDigitRunEnd(text, start, digits);
  if (end < 0 || !readsNothingAfter(text, end)) return -1;
  const zero = DIGIT_ZERO[digits];
  // Built in the code-unit buffer, as rewriteNumber builds its token: a string grown unit by unit
  // is a chain of one-unit pieces, which made a long number cost more than linear time.
  const length = end - start;
  if (buffer.length < length) buffer = new Uint16Array(Math.max(length, 2 * buffer.length));
  for (let k = 0; k < length; k++) buffer[k] = zero + digitValue(text.charCodeAt(start + k));
  edits.replace(start, end, fromCodeUnits(buffer, length), Rule.Digit);
  return end;
}

/**
 * Rewrites a percent, per mille or per ten thousand sign right after the number that ends at `end`
 * (or after one space) to the style `signs`, and returns where the scan continues.
 */
function rewriteSignAfter(
  text: string,
  end: number,
  editor: NumberEdits,
  signs: 'ascii' | 'arabic' | undefined,
): number {
  let p = end;
  if (p < text.length && text.charCodeAt(p) === SPACE) p++;
  const sign = p < text.length ? text.charCodeAt(p) : 0;
  if (PERCENT_ASCII[sign] === 0) return end;
  if (signs !== undefined) {
    const out = signs === 'ascii' ? PERCENT_ASCII[sign]! : PERCENT_ARABIC[sign]!;
    if (out !== sign) editor.replace(p, p + 1, String.fromCharCode(out), Rule.Percent);
  }
  return p + 1;
}

/** A letter or a mark of any script: what a number in visual order may not be glued to. */
const LETTER_OR_MARK = lazyRegExp('\\p{L}|\\p{M}', 'u');

/** True when `text[at]` is an Arabic comma, semicolon or question mark and `text[other]` a digit. */
function isArabicMarkBetween(text: string, at: number, other: number): boolean {
  if (at < 0 || other < 0 || other >= text.length) return false;
  const c = text.charCodeAt(at);
  return (c === 0x060c || c === 0x061b || c === 0x061f) && isDigit(text.charCodeAt(other));
}

/**
 * A number stored in visual order by a PDF or a right-to-left copy: three or more digit groups
 * joined by `-`, ending in `+` directly after a one-to-three-digit group (the country code), and
 * not itself preceded by `+` or glued to a letter or digit on either side: `1037-294-202-1+` is
 * `+1-202-294-1037`. Returns the repaired text for `[start, end + 1)`, or undefined.
 */
function repairVisualOrder(text: string, start: number, end: number, zero: number) {
  if (end >= text.length || text.charCodeAt(end) !== PLUS) return undefined;
  const after = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
  if (after >= 0 && (isDigit(after) || LETTER_OR_MARK().test(String.fromCharCode(after))))
    return undefined;
  // A separator and a digit after the plus (`1-2-3+−4`) would join the repaired number to them.
  if (after >= 0 && SEPARATORS[after] !== SEP_NONE && isDigit(text.charCodeAt(end + 2))) {
    return undefined;
  }
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if (before === PLUS || LETTER_OR_MARK().test(String.fromCharCode(before))) return undefined;
  }
  // An Arabic mark between this number and another digit stays between digits (which decides
  // its form with Latin punctuation): the repair would put a plus sign beside it.
  if (
    isArabicMarkBetween(text, start - 1, start - 2) ||
    isArabicMarkBetween(text, end + 1, end + 2)
  ) {
    return undefined;
  }
  const groups: string[] = [];
  let groupStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && isDigit(text.charCodeAt(i))) continue;
    const sep = i < end ? SEPARATORS[text.charCodeAt(i)] : SEP_HYPHEN;
    if (sep !== SEP_HYPHEN && sep !== SEP_DASH) return undefined;
    let group = '';
    for (let k = groupStart; k < i; k++) {
      const code = text.charCodeAt(k);
      group += String.fromCharCode(zero >= 0 ? zero + digitValue(code) : code);
    }
    groups.push(group);
    groupStart = i + 1;
  }
  const country = groups[groups.length - 1]!;
  if (groups.length < 3 || country.length > 3) return undefined;
  return `+${groups.reverse().join('-')}`;
}
