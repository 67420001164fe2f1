import { fillOnFirstUse } from '../core/table-fills.js';
import { unitBytes } from '../core/unit-tables.js';
import type { ResolvedOptions } from '../options/types.js';
import { BREAK, charClasses, isWordClass, SPACE } from './char-class.js';
import {
  CLAUSE_MARKS,
  CLOSING_BRACKETS,
  DOUBLE_QUOTES,
  OPENING_BRACKETS,
  QUOTE_OUTPUT,
  SINGLE_QUOTES,
} from './punctuation-marks.js';

/** Kind of quote: 0 none, 1 double, 2 single. Nominal direction: 1 open, 2 close, 3 either. */
const KIND = unitBytes();
const NOMINAL = unitBytes();
const NOMINAL_CODE = { open: 1, close: 2, either: 3 } as const;

/**
 * Characters after which a quote opens ({@link OPENS_AFTER}), and before which a quote closes
 * ({@link CLOSES_BEFORE}), besides spaces: a table (read at every quote by the gates, where a
 * set's look-up cost more than the rest of {@link quoteRole}).
 */
const QUOTE_NEIGHBOUR = unitBytes();
const OPENS_AFTER = 1;
const CLOSES_BEFORE = 2;

/** Fills {@link KIND}, {@link NOMINAL} and {@link QUOTE_NEIGHBOUR}, on first use (src/core/table-fills.ts). */
function fillQuoteTables(): void {
  for (const [code, nominal] of DOUBLE_QUOTES) {
    KIND[code] = 1;
    NOMINAL[code] = NOMINAL_CODE[nominal];
  }
  for (const [code, nominal] of SINGLE_QUOTES) {
    KIND[code] = 2;
    NOMINAL[code] = NOMINAL_CODE[nominal];
  }
  for (const code of OPENING_BRACKETS) QUOTE_NEIGHBOUR[code]! |= OPENS_AFTER;
  for (const code of [...CLAUSE_MARKS, ...CLOSING_BRACKETS])
    QUOTE_NEIGHBOUR[code]! |= CLOSES_BEFORE;
}
fillOnFirstUse(fillQuoteTables);

/** The code units that are quotes (those {@link quoteKind} does not give QUOTE_NONE). */
export const QUOTE_UNITS: readonly number[] = [...DOUBLE_QUOTES, ...SINGLE_QUOTES].map(
  ([code]) => code,
);

export const QUOTE_NONE = 0;
export const QUOTE_DOUBLE = 1;
export const QUOTE_SINGLE = 2;

/** 0 for a character that is no quote, else {@link QUOTE_DOUBLE} or {@link QUOTE_SINGLE}. */
export const quoteKind = (code: number) => KIND[code]!;

export const ROLE_OPEN = 1;
export const ROLE_CLOSE = 2;
export const ROLE_APOSTROPHE = 3;
export const ROLE_UNKNOWN = 4;
/** Flag added to a role that the neighbours did not decide. */
export const AMBIGUOUS = 8;

/**
 * The role of the quote at `i`, from its neighbours first: after a space (or line start or
 * opening bracket) and before a non-space it opens; after a non-space and before a space (or
 * line end or a clause mark) it closes. Between two letters a single quote is an apostrophe.
 * When the neighbours do not tell (spaces on both sides, or text on both sides), a double quote
 * of any shape opens unless a quotation is open on the line (`doubleOpen`), and a single quote
 * keeps the direction it was written for.
 * The result is a role, with the {@link AMBIGUOUS} bit set when the neighbours did not tell.
 */
export function quoteRole(text: string, i: number, doubleOpen: boolean): number {
  const cls = charClasses();
  const code = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  const prevCls = prev < 0 ? BREAK : cls[prev]!;
  const nextCls = next < 0 ? BREAK : cls[next]!;
  // (-1, no neighbour, is a BREAK: the table is not read for it.)
  const spaceBefore =
    prevCls === SPACE || prevCls === BREAK || (QUOTE_NEIGHBOUR[prev]! & OPENS_AFTER) !== 0;
  const spaceAfter =
    nextCls === SPACE || nextCls === BREAK || (QUOTE_NEIGHBOUR[next]! & CLOSES_BEFORE) !== 0;
  if (KIND[code] === QUOTE_SINGLE && isWordClass(prevCls) && isWordClass(nextCls)) {
    return ROLE_APOSTROPHE;
  }
  if (spaceBefore && !spaceAfter) return ROLE_OPEN;
  if (!spaceBefore && spaceAfter) return ROLE_CLOSE;
  // Double quotes of every shape alternate here, so that a quote rewritten to another shape
  // (or with its spaces repaired) gets the same role when the text is normalised again.
  if (KIND[code] === QUOTE_DOUBLE) return (doubleOpen ? ROLE_CLOSE : ROLE_OPEN) | AMBIGUOUS;
  const nominal = NOMINAL[code];
  if (nominal === NOMINAL_CODE.open) return ROLE_OPEN | AMBIGUOUS;
  if (nominal === NOMINAL_CODE.close) return ROLE_CLOSE | AMBIGUOUS;
  return ROLE_UNKNOWN | AMBIGUOUS;
}

/** The character a quote of `kind` in `role` becomes with `style`, or undefined to keep it. */
export function quoteOutput(
  code: number,
  role: number,
  style: ResolvedOptions['quotes'],
): string | undefined {
  if (style === 'keep') return undefined;
  const kind = KIND[code];
  if (kind === QUOTE_SINGLE && (role === ROLE_APOSTROPHE || role === ROLE_UNKNOWN)) return "'";
  const pair = kind === QUOTE_DOUBLE ? QUOTE_OUTPUT[style].double : QUOTE_OUTPUT[style].single;
  return role === ROLE_CLOSE ? pair[1] : pair[0];
}
