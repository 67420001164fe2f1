import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type NormalizeOptions, normalize } from '../../src/index.js';

/**
 * Hand-judged `normalize` cases from real news (SaudiNewsNet, CC BY-NC-SA 4.0: research use only).
 * They are read at test time from `../shared/real-text/`, next to the repository, and never
 * copied into it; the test is skipped where the folder is absent.
 */
interface NewsCase {
  id: string;
  input: string;
  expected: string;
  preset: NonNullable<NormalizeOptions['preset']>;
  why: string;
}

const FILE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'real-text',
  'news-normalize-cases.json',
);
const cases: NewsCase[] = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : [];

/** The classes of cases stage 1 answers for: detached case endings and tatweel. */
const STAGE_ONE_CLASSES = /^(marks|tatweel)-/;

/** The number of cases that pass at least: all but a bare name whose twin spelling is a word too. */
const FLOOR = 25;

const outcome = (c: NewsCase) => normalize(c.input, { preset: c.preset }) === c.expected;

describe.skipIf(cases.length === 0)('news normalize cases (../shared/real-text)', () => {
  it('passes every case about case endings and tatweel', () => {
    const own = cases.filter((c) => STAGE_ONE_CLASSES.test(c.id));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((c) => !outcome(c)).map((c) => c.id)).toEqual([]);
  });

  it(`passes at least ${FLOOR} cases in all, and lists those that fail`, () => {
    const failing = cases.filter((c) => !outcome(c)).map((c) => c.id);
    console.info(
      `news normalize cases: ${cases.length - failing.length} of ${cases.length} pass` +
        (failing.length > 0 ? `; failing: ${failing.join(', ')}` : ''),
    );
    expect(cases.length - failing.length).toBeGreaterThanOrEqual(FLOOR);
  });
});
