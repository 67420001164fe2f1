/**
 * A reusable `Uint16Array` that texts' code units are copied into, with a Node `Buffer` over its
 * memory for copying them natively (src/fast/unit-bytes.ts). It grows by doubling when a text does
 * not fit and can be given back when very large. The view is looked up at the first copy into
 * each array, not when the array is made, so that a runtime without `Buffer` (or a test that takes
 * it away) is seen by the next array. One instance per reader whose copy may be held while
 * another reader copies (the fused pass's input, stage 1's passes); each is a module constant, so
 * that a call creates no object.
 */

import { type UnitBytes, unitBytesOver, writeUnits } from './unit-bytes.js';

export class UnitCopy {
  /** The array; replaced by a larger one when a text does not fit. */
  units: Uint16Array;
  /**
   * {@link units}'s memory read as 32-bit words, word `k` holding units `2k` and `2k + 1` (in the
   * engine's byte order, which a test of both halves need not know): for the skip loops that test
   * eight units with four loads. Made with the array, so that a call makes no view.
   */
  pairs: Int32Array<ArrayBufferLike>;
  /** The `Buffer` over {@link units}'s memory, `null` where none, `undefined` until looked up. */
  private bytes: UnitBytes | null | undefined;

  constructor(private readonly initialLength: number) {
    this.units = new Uint16Array(initialLength);
    this.pairs = pairsOver(this.units);
  }

  /**
   * Makes {@link units} hold at least `length` units; returns the `Buffer` over it, or `null`
   * where the caller fills it by a loop (or reads its string instead).
   */
  room(length: number): UnitBytes | null {
    if (length > this.units.length) {
      let size = this.units.length * 2;
      while (size < length) size *= 2;
      this.units = new Uint16Array(size);
      this.pairs = pairsOver(this.units);
      this.bytes = undefined;
    }
    if (this.bytes === undefined) this.bytes = unitBytesOver(this.units);
    return this.bytes;
  }

  /**
   * The array holding the code units of `text` at `[0, text.length)`, copied natively (each unit
   * as it is, a lone surrogate too), or `null` where the runtime has no `Buffer`.
   */
  native(text: string): Uint16Array | null {
    const bytes = this.room(text.length);
    if (bytes === null) return null;
    writeUnits(bytes, text, 0);
    return this.units;
  }

  /** Gives back an array longer than `limit` units, so that one huge text does not pin memory. */
  releaseIfLonger(limit: number): void {
    if (this.units.length <= limit) return;
    this.units = new Uint16Array(this.initialLength);
    this.pairs = pairsOver(this.units);
    this.bytes = undefined;
  }
}

/** `units` (of an even length, from byte 0 of its own buffer) as words of two units. */
function pairsOver(units: Uint16Array): Int32Array<ArrayBufferLike> {
  return new Int32Array(units.buffer, 0, units.length >> 1);
}
