import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split-sentences.js';

/**
 * Hand-judged sentence cases from a news corpus, kept outside the project for licence reasons
 * (research use only): read at test time from `../shared/real-text/`, skipped when absent.
 */
const FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/real-text/news-split-cases.json',
);

interface NewsCase {
  id: string;
  input: string;
  expected: string[];
}

const cases: NewsCase[] = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : [];

describe.skipIf(cases.length === 0)('splitSentences on the hand-judged news cases', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
    expect(splitSentences(c.input).map((s) => s.text)).toEqual(c.expected);
  });
});
