import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NormalizeChunker } from '../../src/stream/chunker.js';
import { anchorFor, endsAtLineStart, lastLineStartCut } from '../../src/stream/safe-cut.js';
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

  it('cuts at a line start whatever the line begins with: a letter of any script, a digit, a dash, a guillemet, after indentation', () => {
    for (const next of [
      'ب',
      'b',
      'پ',
      'گ',
      '3',
      '٣',
      '۳',
      '-',
      '«',
      '"',
      '(',
      '•',
      '*',
      '\u{1F534}',
    ]) {
      expect(anchorFor(next.charCodeAt(0))).toBeDefined();
      expect(lastLineStartCut(`ab\n${next}`, false, 4)).toBe(3);
      expect(lastLineStartCut(`ab\n \t${next}`, false, 6)).toBe(5);
    }
    expect(lastLineStartCut('بق', true, 2)).toBe(0);
    expect(lastLineStartCut('  بق', true, 4)).toBe(2);
    expect(lastLineStartCut('  بق', false, 4)).toBe(-1);
    expect(lastLineStartCut('ab\r۳', false, 4)).toBe(3);
  });

  it('never cuts before a mark, a space, a line break, an invisible character, a tatweel or a form written as one', () => {
    for (const next of [
      '\u064e',
      '\u0670',
      ' ',
      '\u00a0',
      '\n',
      '\r',
      '\u2029',
      '\u200c',
      '\u200f',
      '\ufeff',
      '\u0640',
      '\ufe70',
      '\ufcf2',
      '\ufcf4',
      '\u0301',
      '\udc00',
    ]) {
      expect(anchorFor(next.charCodeAt(0))).toBeUndefined();
      expect(lastLineStartCut(`ab\n${next}`, false, 4)).toBe(-1);
    }
    expect(lastLineStartCut('ab3', false, 3)).toBe(-1);
  });

  it('knows whether text ends at a line start across chunks of spaces', () => {
    expect(endsAtLineStart('ab\n', false)).toBe(true);
    expect(endsAtLineStart('ab\r \t', false)).toBe(true);
    expect(endsAtLineStart('   ', true)).toBe(true);
    expect(endsAtLineStart('   ', false)).toBe(false);
    expect(endsAtLineStart('\nab', true)).toBe(false);
  });

  it.each([
    ['digits', (i: number) => `${i}. البند رقم ${i}`],
    ['spaces', (i: number) => `    سطر مزاح ${i}`],
    ['dashes', (i: number) => `- عنصر ${i}`],
    ['guillemets', (i: number) => `«قال ${i}» ثم مضى`],
    ['Persian letters', (i: number) => `گفت ${i} که`],
    ['Arabic-Indic digits', (i: number) => `٣٤ - بند ${i}`],
  ])('holds no more than a few lines of a text whose lines begin with %s', (_name, line) => {
    const chunker = new NormalizeChunker((text) => text);
    let longest = 0;
    let released = '';
    const input = Array.from({ length: 2000 }, (_, i) => `${line(i)}\n`).join('');
    for (let at = 0; at < input.length; at += 997) {
      released += chunker.push(input.slice(at, at + 997));
      longest = Math.max(longest, input.slice(0, at + 997).length - released.length);
    }
    released += chunker.end();
    expect(released).toBe(input);
    expect(longest).toBeLessThan(997 + 100);
  });
});
