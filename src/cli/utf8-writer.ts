import type { Sink } from './process.js';

/** Bytes gathered before they are handed to the sink (and the size of each buffer). */
const CAPACITY = 1 << 20;
/** The most UTF-8 bytes one UTF-16 code unit can take. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Encodes output text as UTF-8 into reused buffers and hands them to a sink, instead of letting
 * the stream encode each string into a new buffer (measured: about 130 MB/s for `Buffer.from` on
 * chunks of Arabic text, about 900 MB/s for encoding into a buffer that already exists).
 *
 * A buffer given to the sink is reused once the sink says it has been written out (a sink that
 * cannot tell gets a new buffer each time). A text too long for a buffer goes to the sink as it is.
 */
export class Utf8Writer {
  private buffer: Buffer | undefined;
  private used = 0;
  /** Buffers written out, ready to be filled again. */
  private readonly spare: Buffer[] = [];

  constructor(private readonly sink: Sink) {}

  /** Adds `text`; resolves when the sink can take more (only after a flush that had to wait). */
  write(text: string): void | Promise<void> {
    if (text.length === 0) return;
    if (text.length * MAX_BYTES_PER_UNIT > CAPACITY) {
      const flushed = this.flush();
      return flushed === undefined
        ? this.sink.write(text)
        : flushed.then(() => this.sink.write(text));
    }
    if (this.buffer !== undefined && this.used + text.length * MAX_BYTES_PER_UNIT > CAPACITY) {
      const waited = this.flush();
      if (waited !== undefined) return waited.then(() => this.encode(text));
    }
    this.encode(text);
  }

  /** Hands the bytes gathered so far to the sink. */
  flush(): void | Promise<void> {
    const buffer = this.buffer;
    if (buffer === undefined || this.used === 0) return;
    const bytes = buffer.subarray(0, this.used);
    this.buffer = undefined;
    this.used = 0;
    return this.sink.write(bytes, () => this.spare.push(buffer));
  }

  private encode(text: string): void {
    this.buffer ??= this.spare.pop() ?? Buffer.allocUnsafeSlow(CAPACITY);
    this.used += this.buffer.write(text, this.used);
  }
}
