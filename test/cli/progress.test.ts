import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../src/cli/progress.js';

function fakeTerminal() {
  const writes: string[] = [];
  const stream = { columns: 100, write: (s: string) => writes.push(s) > 0 };
  return { writes, stream: stream as unknown as NodeJS.WriteStream };
}

describe('ProgressBar', () => {
  it('draws bytes done of the total, throughput, records per second and time left on one line', () => {
    const { writes, stream } = fakeTerminal();
    const bar = new ProgressBar(4_000_000, stream);
    bar.tick(1_000_000, 500);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(
      /^\r\[#+\.+\] {2}25% {2}1\.0\/4\.0 MB {2}[\d.]+ MB\/s {2}[\d,]+ rec\/s {2}ETA \d+:\d\d\x1b\[K$/,
    );
  });

  it('redraws at most ten times a second and clears its line when done', () => {
    const { writes, stream } = fakeTerminal();
    const bar = new ProgressBar(100, stream);
    for (let i = 0; i < 50; i++) bar.tick(1, 0);
    expect(writes).toHaveLength(1);
    expect(writes[0]).not.toContain('rec/s');
    bar.done();
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('clears its line before a warning and draws itself again on the next tick', () => {
    const { writes, stream } = fakeTerminal();
    const bar = new ProgressBar(100, stream);
    bar.tick(10, 0);
    bar.clear();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    bar.tick(10, 0);
    expect(writes.at(-1)).toMatch(/^\r\[#+/);
    const count = writes.length;
    bar.clear();
    bar.clear(); // nothing on the screen: nothing to clear
    expect(writes.length).toBe(count + 1);
  });
});
