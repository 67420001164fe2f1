import { isUtf8 } from 'node:buffer';

/** Where an input held bytes that are not UTF-8: the byte offset of each bad sequence. */
export interface Utf8Report {
  text: string;
  /** Byte offsets (from the start of the input) of invalid sequences, each decoded as one U+FFFD. */
  errors: number[];
  /** With line counting on: the line number (from 1) of each invalid sequence. */
  lines?: number[];
}

const replacingDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Byte offsets of the invalid sequences in `bytes`, as the WHATWG decoder finds them (one U+FFFD
 * per maximal invalid subpart). `atEnd`: an unfinished sequence at the end is an error too.
 */
export function invalidUtf8Offsets(bytes: Uint8Array, base: number, atEnd: boolean): number[] {
  const errors: number[] = [];
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b <= 0x7f) continue;
      start = i;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else errors.push(base + i);
      continue;
    }
    if (b < lower || b > upper) {
      errors.push(base + start);
      needed = 0;
      seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--; // this byte starts afresh
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      needed = 0;
      seen = 0;
    }
  }
  if (atEnd && needed !== 0) errors.push(base + start);
  return errors;
}

/** Length of the prefix of `bytes` that ends on a sequence the next bytes cannot change. */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let j = length - 1; j >= 0 && j >= length - 3; j--) {
    const b = bytes[j]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need =
      b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 1;
    return length - j < need ? j : length;
  }
  return length;
}

/**
 * Decodes UTF-8 chunk by chunk exactly as one WHATWG decode of the whole input would (a BOM is
 * kept as text), and reports the byte offset of every invalid sequence.
 */
export class Utf8Decoder {
  private carry: Uint8Array = new Uint8Array(0);
  private offset = 0;
  /** Line breaks (LF) seen so far, when counting. */
  private breaks = 0;

  /** `countLines`: also give the line number of each invalid sequence (for JSON Lines). */
  constructor(private readonly countLines = false) {}

  push(chunk: Uint8Array): Utf8Report {
    const bytes = this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    const cut = completeLength(bytes);
    // A copy (a Buffer's `slice` is a view): the reader may reuse the chunk's memory.
    this.carry = new Uint8Array(bytes.subarray(cut));
    return this.decode(bytes.subarray(0, cut));
  }

  end(): Utf8Report {
    const bytes = this.carry;
    this.carry = new Uint8Array(0);
    return this.decode(bytes);
  }

  private decode(part: Uint8Array): Utf8Report {
    const base = this.offset;
    this.offset += part.length;
    if (part.length === 0) return { text: '', errors: [] };
    // TextDecoder replaces bad bytes exactly as the WHATWG decoder does (Buffer#toString ran at the
    // same speed, about 230 MB/s on Arabic text); isUtf8 is nearly free on valid input.
    const text = replacingDecoder.decode(part);
    const errors = isUtf8(part) ? [] : invalidUtf8Offsets(part, base, true);
    if (!this.countLines) return { text, errors };
    const lines = errors.map((offset) => this.breaks + 1 + countBreaks(part, 0, offset - base));
    this.breaks += countBreaks(part, 0, part.length);
    return { text, errors, lines };
  }
}

/** LF bytes in `bytes[from, to)`. */
function countBreaks(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a, from); i >= 0 && i < to; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
