/**
 * Node's `Buffer` over a `Uint16Array`'s memory: its `utf16le` write copies a string's code
 * units into the array as they are (a lone surrogate too: a copy, not an encoding) and its
 * `utf16le` decode reads them back, both natively. On Node 20 either runs several times as fast
 * as a loop of `charCodeAt` (which asks at every unit how the string is stored: a slice of a
 * larger string is read through its parent) or `TextDecoder`. Where the runtime has no `Buffer`
 * (browsers, Deno without its Node globals) or the engine is big-endian (`utf16le` puts the low
 * byte first, where a `Uint16Array` on such an engine keeps the high one), there is none, and
 * the callers read and decode with their own loops and `TextDecoder`: the same units, slower.
 * The one place the fast path looks for `Buffer` (the library is typed without Node's types).
 */

/** The part of a `Buffer` the fast path uses. */
export interface UnitBytes {
  write(text: string, byteOffset: number, encoding: 'utf16le'): number;
  toString(encoding: 'utf16le', byteStart: number, byteEnd: number): string;
  /** Node's own `utf16le` copy, which `write` calls: looked for, not assumed (undocumented). */
  ucs2Write?(text: string, byteOffset: number): number;
  /** Node's own `utf16le` decode, which `toString` calls: looked for, not assumed. */
  ucs2Slice?(byteStart: number, byteEnd: number): string;
}

/*
 * `write` and `toString` with `'utf16le'` check their arguments, look the encoding up and then
 * call `ucs2Write` and `ucs2Slice`, which the `Buffer` of Node, Bun and Deno 2 has: about 100 ns a
 * call on Node 20, which {@link writeUnits} and {@link readUnits} save where the two are there (a
 * fifth of the decode of a 4 KB document's output, which `normalize` makes once or twice a
 * document).
 * Elsewhere the public methods run; both make the same units and the same string. Asked of each
 * `Buffer` at each call (one load), not of the first one made: a test may give another class.
 */

/** Copies the code units of `text` into `bytes` from byte `byteOffset` (as `write` with `utf16le`). */
export function writeUnits(bytes: UnitBytes, text: string, byteOffset: number): void {
  if (bytes.ucs2Write !== undefined) bytes.ucs2Write(text, byteOffset);
  else bytes.write(text, byteOffset, 'utf16le');
}

/** The string of the code units of `bytes[byteStart, byteEnd)` (as `toString` with `utf16le`). */
export function readUnits(bytes: UnitBytes, byteStart: number, byteEnd: number): string {
  return bytes.ucs2Slice !== undefined
    ? bytes.ucs2Slice(byteStart, byteEnd)
    : bytes.toString('utf16le', byteStart, byteEnd);
}

interface BufferClass {
  from(buffer: ArrayBuffer, byteOffset: number, length: number): UnitBytes;
}

/**
 * A `Buffer` over the memory of `array`, or `null` where there is none (see above). Looked up at
 * each call: the callers make one per array they allocate, which is rare.
 */
export function unitBytesOver(array: Uint16Array): UnitBytes | null {
  const buffers = (globalThis as { Buffer?: BufferClass }).Buffer;
  if (!isLittleEndian() || buffers === undefined || typeof buffers.from !== 'function') return null;
  return buffers.from(array.buffer as ArrayBuffer, array.byteOffset, array.byteLength);
}

/**
 * Whether the engine keeps a `Uint16Array`'s units low byte first, as UTF-16LE does (Node's
 * `utf16le`, and `TextDecoder('utf-16le')` reading the array's bytes).
 */
export function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}
