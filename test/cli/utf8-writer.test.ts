import { describe, expect, it } from 'vitest';
import type { Sink } from '../../src/cli/process.js';
import { Utf8Writer } from '../../src/cli/utf8-writer.js';

/** A sink that keeps a copy of every write and says when each buffer is written (or never). */
function recordingSink(confirms: boolean) {
  const received: Buffer[] = [];
  const handed: (string | Uint8Array)[] = [];
  const pendingConfirmations: (() => void)[] = [];
  const sink: Sink = {
    write(data, written) {
      handed.push(data);
      received.push(Buffer.from(typeof data === 'string' ? Buffer.from(data) : Buffer.from(data)));
      if (confirms && written) pendingConfirmations.push(written);
    },
  };
  const confirmAll = () => {
    for (const done of pendingConfirmations.splice(0)) done();
  };
  return { sink, received, handed, confirmAll, text: () => Buffer.concat(received).toString() };
}

describe('Utf8Writer', () => {
  it('writes the UTF-8 of every text, in order, across many buffers', async () => {
    const { sink, text, confirmAll } = recordingSink(true);
    const writer = new Utf8Writer(sink);
    const parts = Array.from({ length: 3000 }, (_, i) => `قال الوزير ${i} 😀\n`.repeat(i % 40));
    for (const part of parts) {
      await writer.write(part);
      confirmAll();
    }
    await writer.flush();
    expect(text()).toBe(parts.join(''));
  });

  it('reuses a buffer only after the sink says it was written', async () => {
    const handed: Uint8Array[] = [];
    const confirmations: (() => void)[] = [];
    const sink: Sink = {
      write(data, written) {
        handed.push(data as Uint8Array);
        if (written) confirmations.push(written);
      },
    };
    const writer = new Utf8Writer(sink);
    await writer.write('أ'.repeat(100_000));
    await writer.flush();
    await writer.write('ب'.repeat(100_000));
    await writer.flush();
    const [first, second] = handed as [Uint8Array, Uint8Array];
    expect(second.buffer === first.buffer).toBe(false); // the first is not confirmed yet
    confirmations[0]!();
    await writer.write('ت');
    await writer.flush();
    expect(handed[2]!.buffer === first.buffer).toBe(true);
    expect(Buffer.from(handed[2]!).toString()).toBe('ت');
  });

  it('hands a text too long for a buffer to the sink as it is, after what was gathered', async () => {
    const { sink, handed, text } = recordingSink(false);
    const writer = new Utf8Writer(sink);
    const long = 'ق'.repeat(1 << 20);
    await writer.write('أول\n');
    await writer.write(long);
    await writer.flush();
    expect(handed[1]).toBe(long);
    expect(text()).toBe(`أول\n${long}`);
  });

  it('waits when the sink asks it to', async () => {
    let release = () => {};
    const order: string[] = [];
    const sink: Sink = {
      write() {
        order.push('write');
        return new Promise<void>((resolve) => {
          release = () => {
            order.push('released');
            resolve();
          };
        });
      },
    };
    const writer = new Utf8Writer(sink);
    writer.write('ب'.repeat(300_000));
    const waiting = writer.write('ب'.repeat(300_000)); // does not fit: the first buffer is flushed
    expect(waiting).toBeInstanceOf(Promise);
    setTimeout(() => release(), 5);
    await waiting;
    expect(order).toEqual(['write', 'released']);
  });
});
