/**
 * The output of `runInPieces` (src/stream/in-pieces.ts): the outputs of a long text's pieces, in
 * order, read at the end as one string.
 *
 * Where the runtime copies strings natively (Node's `Buffer`, see src/fast/unit-bytes.ts), each
 * piece's output is copied into one array of code units as soon as it is made, and the array is
 * decoded once at the end. Joining the strings instead kept every piece's output alive until the
 * join: each survived the young generation's collections and was copied twice more by them (to
 * the other half and to the old generation), about a quarter of a call on a 10 MB text. The array
 * is kept after the call, weakly (a `WeakRef`: the engine drops it when it collects the old
 * generation), for the next long text: a fresh array's pages cost as much again as the copies it
 * saves (on Linux each first write to a page of a large allocation faults it in). Elsewhere, and
 * for an output too long for the array (see {@link MAX_ARRAY_LENGTH}), the strings are joined.
 */

import { writesNatively } from '../fast/output-buffer.js';
import { readUnits, type UnitBytes, unitBytesOver, writeUnits } from '../fast/unit-bytes.js';

/**
 * The longest output kept in the array, in code units; a longer one is joined as strings, as the
 * engine's own limits then decide (V8's longest string is 2^29 - 24 units).
 */
export const MAX_ARRAY_LENGTH = 1 << 28;

/** The longest array kept for the next text (32 MB): a larger one is given back after its call. */
const MAX_SPARE_LENGTH = 1 << 24;

/** The array of the last long text, for the next; empty while a call holds it. */
let spare: WeakRef<Uint16Array> | undefined;

/** Extra room for outputs longer than their input (a ligature's letters). */
const SLACK = 1024;

export class PieceOutput {
  /** The outputs appended so far as strings, where they are not copied into {@link units}. */
  private readonly parts: string[] = [];
  private units: Uint16Array | undefined;
  private bytes: UnitBytes | null = null;
  /** The code units copied into {@link units}. */
  private copied = 0;

  /**
   * An empty output for a text of `inputLength` code units; `maxArrayLength` (a parameter for the
   * tests) is {@link MAX_ARRAY_LENGTH}.
   */
  constructor(
    inputLength: number,
    private readonly maxArrayLength = MAX_ARRAY_LENGTH,
  ) {
    if (!writesNatively()) return;
    const needed = Math.min(inputLength + SLACK, maxArrayLength);
    const kept = spare?.deref();
    spare = undefined;
    this.units = kept !== undefined && kept.length >= needed ? kept : new Uint16Array(needed);
    this.bytes = unitBytesOver(this.units);
    if (this.bytes === null) this.units = undefined;
  }

  /** Appends the output of the next piece. */
  add(piece: string): void {
    if (this.bytes !== null && !this.fits(piece.length)) this.spill();
    if (this.bytes === null) {
      this.parts.push(piece);
      return;
    }
    writeUnits(this.bytes, piece, 2 * this.copied);
    this.copied += piece.length;
  }

  /**
   * The whole output. Where it was copied, the array goes back for the next text; a string
   * longer than the engine allows throws the engine's error, as a join would.
   */
  text(): string {
    if (this.bytes === null) return this.parts.join('');
    const text = readUnits(this.bytes, 0, 2 * this.copied);
    if (this.units!.length <= MAX_SPARE_LENGTH) spare = new WeakRef(this.units!);
    return text;
  }

  /** Whether `length` more code units fit in the array (grown by doubling where they may). */
  private fits(length: number): boolean {
    const needed = this.copied + length;
    const units = this.units!;
    if (needed <= units.length) return true;
    if (needed > this.maxArrayLength) return false;
    const larger = new Uint16Array(
      Math.min(Math.max(2 * units.length, needed), this.maxArrayLength),
    );
    const bytes = unitBytesOver(larger);
    // No `Buffer` any more: the units copied so far stay where `spill` reads them.
    if (bytes === null) return false;
    larger.set(units.subarray(0, this.copied));
    this.units = larger;
    this.bytes = bytes;
    return true;
  }

  /** Goes on with strings: what was copied becomes the first part (rare: a huge output). */
  private spill(): void {
    this.parts.push(readUnits(this.bytes!, 0, 2 * this.copied));
    this.bytes = null;
    this.units = undefined;
  }
}
