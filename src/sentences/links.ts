import { BREAK, CHAR_CLASS, classMembers, SPACE } from './character-classes.js';
import type { ScanState } from './scan-state.js';

/**
 * Brings `scan.tokenStart` up to the token holding the code unit at `q`: it starts after the last
 * space or line break before `q`, looked for back to the previous look-up or the last boundary.
 */
export const updateToken = (scan: ScanState, text: string, q: number): void =>
  updateTokenFrom(scan, text, q, q - 1);

/**
 * {@link updateToken} when no space or line break stands in `(known, q)`: the look-back starts at
 * `known`.
 */
export function updateTokenFrom(scan: ScanState, text: string, q: number, known: number): void {
  const resetAt = scan.resetAt;
  let stop = scan.tokenScanned;
  if (stop <= resetAt) {
    scan.tokenStart = resetAt;
    stop = resetAt;
  }
  // The units where the scan has them (`ScanState.units`), else the string.
  const units = scan.units;
  const from = scan.unitsFrom;
  const to = scan.unitsTo;
  for (let p = known + 1; p > stop; p--) {
    const k = p - 1;
    const c = CHAR_CLASS[k >= from && k < to ? units[k - from]! : text.charCodeAt(k)];
    if (c === SPACE || c === BREAK) {
      scan.tokenStart = p;
      break;
    }
  }
  scan.tokenScanned = q;
}

/**
 * Marks the current token as a URL, an e-mail address or a path (`scan.linkToken`) when a `/` or
 * an `@` in `[scan.linksFrom, to)` says so: a `/` that starts the token or follows `:`, an `@`
 * inside the token with something visible after it. Called before a terminator is decided, so
 * that the scan does not stop at every `/` and `@` of the text: a `/` or an `@` before the token
 * cannot mark it, and those in a stretch that the scan passed over (a terminator run and the
 * footnote glued to it, `.[a/b]`) are not looked at (`linksFrom` is set past it).
 */
export function resolveLinks(scan: ScanState, text: string, to: number): void {
  const token = scan.tokenStart;
  for (let k = Math.max(scan.linksFrom, token); k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x2f /* / */) {
      if (k === token || text.charCodeAt(k - 1) === 0x3a /* : */) scan.linkToken = token;
    } else if (code === 0x40 /* @ */ && k > token && k + 1 < text.length) {
      const next = CHAR_CLASS[text.charCodeAt(k + 1)];
      if (next !== SPACE && next !== BREAK) scan.linkToken = token;
    }
  }
  scan.linksFrom = to;
}

/**
 * The token starting at `token` is a URL, an e-mail address or a path: it starts with `www.`, or
 * a `/` or an `@` in it marked it.
 */
export function isLink(scan: ScanState, text: string, token: number): boolean {
  if (token === scan.linkToken) return true;
  const code = text.charCodeAt(token);
  return (
    (code === 0x77 || code === 0x57) &&
    (text.charCodeAt(token + 1) | 0x20) === 0x77 &&
    (text.charCodeAt(token + 2) | 0x20) === 0x77 &&
    text.charCodeAt(token + 3) === 0x2e
  );
}

/** `![` ending at `i`: finds `](` and then `)` on the same line, and notes where the image ends. */
export function atImageStart(scan: ScanState, text: string, i: number): void {
  if (scan.pairAt < i + 1) {
    const p = searchPair(text, Math.max(i + 1, scan.pairSearched));
    scan.pairAt = p + 1 < text.length && isPair(text, p) ? p : -1;
    scan.pairSearched = p;
  }
  const pairAt = scan.pairAt;
  if (pairAt < 0) return;
  if (scan.parenAt < pairAt + 2) {
    const p = searchParen(text, Math.max(pairAt + 2, scan.parenSearched));
    scan.parenAt = p < text.length && text.charCodeAt(p) === 0x29 ? p : -1;
    scan.parenSearched = p;
  }
  if (scan.parenAt >= 0) scan.imageEnd = scan.parenAt + 1;
}

/**
 * The searches of a Markdown image, as regular expressions built at the first `![`: their search
 * is native code, where a loop in JavaScript over the rest of the line ran interpreted, and was
 * compiled by the engine, in the first calls that held an image.
 */
let pairSearch: RegExp | undefined;
let parenSearch: RegExp | undefined;

/** A line break, or the `]` of a `](`. */
export const pairSearchRegExp = (): RegExp =>
  (pairSearch ??= new RegExp(`[${classMembers(BREAK)}]|\\](?=\\()`, 'g'));
/** A line break or a `)`. */
export const parenSearchRegExp = (): RegExp =>
  (parenSearch ??= new RegExp(`[${classMembers(BREAK)}\\u0029]`, 'g'));

/**
 * The first `](` at or after `from` on its line, or where the search stopped: the line break, or
 * the last code unit of the text (`from` itself when it is past it).
 */
function searchPair(text: string, from: number): number {
  const search = pairSearchRegExp();
  search.lastIndex = from;
  return search.test(text) ? search.lastIndex - 1 : Math.max(from, text.length - 1);
}

/** `](` starts at `p`. */
const isPair = (text: string, p: number) =>
  text.charCodeAt(p) === 0x5d && text.charCodeAt(p + 1) === 0x28;

/** The first `)` at or after `from` on its line, or where the search stopped (a line break or the end). */
function searchParen(text: string, from: number): number {
  const search = parenSearchRegExp();
  search.lastIndex = from;
  return search.test(text) ? search.lastIndex - 1 : text.length;
}
