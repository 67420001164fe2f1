import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without declarations
import { longFunctions, readBaseline } from '../../scripts/check-function-length.mjs';

/** A function `name` of exactly `lines` lines, declared with `head` (e.g. `function f()`). */
function body(head: string, lines: number): string {
  const inner = Array.from({ length: lines - 2 }, (_, i) => `  x += ${i};`);
  return [`${head} {`, ...inner, '}'].join('\n');
}

const find = (text: string, limit = 10) => longFunctions('virtual.ts', limit, text);

describe('the function-length check (scripts/check-function-length.mjs)', () => {
  it('finds a function over the limit, with its name, first line and length', () => {
    const text = `const a = 1;\n${body('function tooLong(x: number)', 12)}\n${body('function short()', 10)}\n`;
    expect(find(text)).toEqual([
      { file: 'virtual.ts', name: 'tooLong', line: 2, lines: 12, explained: false },
    ]);
  });

  it('names arrow functions by their variable, and methods by their class', () => {
    const text = [
      body('export const arrow = (x: number) =>', 11),
      'class Editor {',
      body('  apply(x: number)', 11),
      '}',
    ].join('\n');
    expect(find(text).map((f: { name: string }) => f.name)).toEqual(['arrow', 'Editor.apply']);
  });

  it('accepts a long function when a comment right above it says why, after `long:`', () => {
    const line = `// long: one switch over every case of the table\n${body('function f()', 12)}`;
    const jsdoc = `/**\n * Does f.\n * long: the states share locals\n */\n${body('export function g()', 12)}`;
    const arrow = `// long: kept together\n${body('const h = () =>', 12)}`;
    const found = find([line, jsdoc, arrow].join('\n'));
    expect(found.map((f: { explained: boolean }) => f.explained)).toEqual([true, true, true]);
  });

  it('does not accept a `long:` comment without a reason, or a comment elsewhere', () => {
    const empty = `// long:\n${body('function f()', 12)}`;
    const inside = body('function g()', 12).replace('{', '{\n  // long: not above it');
    const found = find([empty, inside].join('\n'));
    expect(found.map((f: { explained: boolean }) => f.explained)).toEqual([false, false]);
  });

  it('counts a nested function inside its parent too', () => {
    const text = body('function outer()', 30).replace('{', `{\n${body('  function inner()', 12)}`);
    expect(find(text).map((f: { name: string }) => f.name)).toEqual(['outer', 'inner']);
  });

  it('reads the baseline names, skipping comments and blank lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baseline-'));
    const file = join(dir, 'baseline.txt');
    writeFileSync(file, '# a comment\n\nscanPunctuation\n  helpText  # why\n');
    expect([...readBaseline(file)]).toEqual(['scanPunctuation', 'helpText']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('has an empty baseline: every long function in src/ is split or says why', () => {
    expect([...readBaseline()]).toEqual([]);
  });
});
