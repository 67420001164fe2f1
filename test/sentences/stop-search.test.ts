import { describe, expect, it } from 'vitest';
import { BREAK, CHAR_CLASS, DOT, ELLIPSIS, STRONG } from '../../src/sentences/character-classes.js';
import { pairSearchRegExp, parenSearchRegExp } from '../../src/sentences/links.js';
import { STOP_SEARCH } from '../../src/sentences/split-sentences.js';

describe('where the sentence scan stops to look', () => {
  it('STOP_SEARCH matches exactly `[`, line breaks, full stops, strong terminators and ellipses', () => {
    const stops = new Set<number>([BREAK, DOT, STRONG, ELLIPSIS]);
    const differing: number[] = [];
    const single = new RegExp(STOP_SEARCH.source);
    for (let code = 0; code < 0x10000; code++) {
      const expected = code === 0x5b || stops.has(CHAR_CLASS[code]!);
      if (single.test(String.fromCharCode(code)) !== expected) differing.push(code);
    }
    expect(differing).toEqual([]);
    expect(STOP_SEARCH.flags).toBe('g');
  });

  it("a Markdown image's searches stop at exactly the line breaks and at `](` (the pair) or `)`", () => {
    const pair = pairSearchRegExp();
    const paren = parenSearchRegExp();
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      const isBreak = CHAR_CLASS[code] === BREAK;
      if (new RegExp(pair.source).test(`${unit}(`) !== (isBreak || code === 0x5d))
        differing.push(code);
      if (new RegExp(pair.source).test(unit) !== isBreak) differing.push(code);
      if (new RegExp(paren.source).test(unit) !== (isBreak || code === 0x29)) differing.push(code);
    }
    expect(differing).toEqual([]);
    expect([pair.flags, paren.flags]).toEqual(['g', 'g']);
  });
});
