import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/cli/did-you-mean.js';
import { globToRegExp } from '../../src/cli/inputs.js';
import { JsonLinesSniffer } from '../../src/cli/sniff.js';

describe('JsonLinesSniffer', () => {
  it.each([
    ['{"text":"قال"}\n{"text":"x"}\n', true],
    ['\ufeff\n  {"id": 1}\r\n', true],
    ['قال {"a":1}\n', false],
    ['{ not json }\n', false],
    ['[1,2]\n', false],
    ['', false],
  ])('tells whether %j looks like JSON Lines', (text, verdict) => {
    expect(new JsonLinesSniffer('x').look(text, true)).toBe(verdict);
  });

  it('waits for the end of the first line, then decides', () => {
    const sniffer = new JsonLinesSniffer('dump.jsonl');
    expect(sniffer.look('{"text":', false)).toBeUndefined();
    expect(sniffer.undecided).toBe(true);
    expect(sniffer.look('{"text":"x"}\n', false)).toBe(true);
    expect(sniffer.undecided).toBe(false);
    expect(sniffer.message).toMatch(/^dump\.jsonl: looks like JSON Lines.*--jsonl/);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.txt.bak', false],
    ['?.md', 'a.md', true],
    ['*.{txt,md}', 'notes.md', true],
    ['*.{txt,md}', 'notes.html', false],
    ['a+b.txt', 'a+b.txt', true],
  ])('%s matches %s: %s', (pattern, name, matches) => {
    expect(globToRegExp(pattern).test(name)).toBe(matches);
  });
});

describe('closestName', () => {
  it('finds a near or abbreviated name, and nothing for a far one', () => {
    const known = ['--sentences', '--strict', '--jsonl'];
    expect(closestName('--sentense', known)).toBe('--sentences');
    expect(closestName('--st', known)).toBeUndefined();
    expect(closestName('--str', known)).toBe('--strict');
    expect(closestName('--xyzzy', known)).toBeUndefined();
  });
});
