import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NormalizeChunker } from '../../src/stream/chunker.js';
import { anchorFor, lastLineStartCut } from '../../src/stream/safe-cut.js';
import { cutAt } from './chunking.js';

function runChunked(run: (text: string) => string, chunks: string[]) {
  const chunker = new NormalizeChunker(run);
  const out = chunks.map((c) => chunker.push(c));
  out.push(chunker.end());
  return out;
}

const lines = fc
  .array(fc.constantFrom('قال', 'abc', ' ', '\n', '\r\n', '\n\n', '-', '٣'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('NormalizeChunker', () => {
  it('refuses a cut when the rule reaches across the line break, and still gives run(whole)', () => {
    // A made-up rule that looks at the next line: it marks the first letter of every line.
    const marksLineStarts = (text: string) => text.replace(/\n(.)/g, '\n[$1]');
    fc.assert(
      fc.property(lines, fc.array(fc.nat(), { maxLength: 8 }), (text, positions) => {
        const out = runChunked(marksLineStarts, cutAt(text, positions));
        expect(out.join('')).toBe(marksLineStarts(text));
      }),
    );
  });

  it('releases each chunk up to its last line start when the rule is local', () => {
    const capitalA = (text: string) => text.replace(/a/g, 'A');
    expect(runChunked(capitalA, ['ab\ncd\n', 'ef\na'])).toEqual(['Ab\n', 'cd\nef\n', 'A']);
  });

  it('never cuts before a digit, a mark, a space or a line break', () => {
    for (const next of ['3', '\u064e', ' ', '\n', '\u200c', '"']) {
      expect(anchorFor(next.charCodeAt(0))).toBeUndefined();
      expect(lastLineStartCut(`ab\n${next}`, -1, 4)).toBe(-1);
    }
    expect(lastLineStartCut('ab\nب', -1, 4)).toBe(3);
    expect(lastLineStartCut('بق', 0x0d, 2)).toBe(0);
  });
});
