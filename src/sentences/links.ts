import { CHAR_CLASS, CharClass } from './character-classes.js';
import type { ScanState } from './scan-state.js';

const SPACE = CharClass.Space;
const BREAK = CharClass.LineBreak;

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
  for (let p = known + 1; p > stop; p--) {
    const c = CHAR_CLASS[text.charCodeAt(p - 1)];
    if (c === SPACE || c === BREAK) {
      scan.tokenStart = p;
      break;
    }
  }
  scan.tokenScanned = q;
}

/** `/` at `i`: the token is a path or a URL when it starts with it or `:` comes before it. */
export function atSlash(scan: ScanState, text: string, i: number): void {
  updateToken(scan, text, i);
  const token = scan.tokenStart;
  if (i === token || text.charCodeAt(i - 1) === 0x3a /* : */) scan.linkToken = token;
}

/** `@` at `i`: the token is an e-mail address (or a handle) when something visible follows. */
export function atCommercialAt(scan: ScanState, text: string, i: number): void {
  updateToken(scan, text, i);
  const token = scan.tokenStart;
  if (i > token && i + 1 < text.length) {
    const next = CHAR_CLASS[text.charCodeAt(i + 1)];
    if (next !== SPACE && next !== BREAK) scan.linkToken = token;
  }
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
    const p = searchLine(text, Math.max(pairAt + 2, scan.parenSearched), 0x29 /* ) */);
    scan.parenAt = p < text.length && text.charCodeAt(p) === 0x29 ? p : -1;
    scan.parenSearched = p;
  }
  if (scan.parenAt >= 0) scan.imageEnd = scan.parenAt + 1;
}

/** The first `](` at or after `from` on its line, or where the search stopped (a line break or n - 1). */
function searchPair(text: string, from: number): number {
  const n = text.length;
  let p = from;
  while (p + 1 < n) {
    const c = text.charCodeAt(p);
    if (CHAR_CLASS[c] === BREAK) break;
    if (c === 0x5d && text.charCodeAt(p + 1) === 0x28) break;
    p++;
  }
  return p;
}

/** `](` starts at `p`. */
const isPair = (text: string, p: number) =>
  text.charCodeAt(p) === 0x5d && text.charCodeAt(p + 1) === 0x28;

/** The first `code` at or after `from` on its line, or where the search stopped. */
function searchLine(text: string, from: number, code: number): number {
  const n = text.length;
  let p = from;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (CHAR_CLASS[c] === BREAK || c === code) break;
    p++;
  }
  return p;
}
