/**
 * Tables indexed by UTF-16 code unit (65,536 entries), all cut from a few large shared buffers.
 *
 * Why: the library keeps about forty such tables, and most of each is zero (a table says
 * something about a few hundred code units). A buffer of its own per table is zeroed, page by
 * page, when it is allocated, which made allocation most of the cost of importing the library.
 * A large buffer is handed out by the engine as memory already zero that is mapped only when a
 * page is first written or read, so a table costs the pages its own entries and the text read
 * through it touch. The views behave exactly like `new Uint8Array(0x10000)`: zero-filled,
 * 65,536 entries, never shared between tables.
 */

const UNITS = 0x10000;
/**
 * Bytes of one shared buffer: 64 tables of bytes (a table of 16-bit entries takes two). An import
 * takes one buffer, where 1 MiB buffers made four (each allocation of a large buffer is a call
 * into the system: about 0.05 ms, measured alone); memory is mapped only where it is touched.
 */
const BLOCK_BYTES = 64 * UNITS;

let block: ArrayBuffer | undefined;
let used = BLOCK_BYTES;

/**
 * Where the next `bytes` start in {@link block} (a new block when they do not fit). The offset
 * alone is returned: a pair would be destructured at each of the ~60 calls made at import.
 */
function take(bytes: number): number {
  if (used + bytes > BLOCK_BYTES) {
    block = new ArrayBuffer(BLOCK_BYTES);
    used = 0;
  }
  const at = used;
  used += bytes;
  return at;
}

/** A new zero-filled `Uint8Array` of one entry per code unit. */
export function unitBytes(): Uint8Array {
  const at = take(UNITS);
  return new Uint8Array(block!, at, UNITS);
}

/** A new zero-filled `Uint16Array` of one entry per code unit. */
export function unitWords(): Uint16Array {
  const at = take(2 * UNITS);
  return new Uint16Array(block!, at, UNITS);
}
