import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_NAMES, FIXTURES_DIR } from './support/fixtures.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const recorded = new Map(
  readFileSync(join(FIXTURES_DIR, 'SHA256SUMS'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [hash, name] = line.split(/\s+/);
      return [name!, hash!] as const;
    }),
);

const SEEDS_DIR = join(FIXTURES_DIR, '..', '..', 'shared', 'seeds');

describe('fixture documents', () => {
  it('are the five seed documents', () => {
    expect(DOCUMENT_NAMES).toHaveLength(5);
    expect([...recorded.keys()].sort()).toEqual(DOCUMENT_NAMES.map((n) => `${n}.txt`));
  });

  it.each(DOCUMENT_NAMES)('%s is byte-identical to its recorded SHA-256', (name) => {
    expect(sha256(join(FIXTURES_DIR, `${name}.txt`))).toBe(recorded.get(`${name}.txt`));
  });

  it.runIf(existsSync(SEEDS_DIR)).each(DOCUMENT_NAMES)(
    '%s is byte-identical to the original in ../shared/seeds',
    (name) => {
      expect(sha256(join(FIXTURES_DIR, `${name}.txt`))).toBe(
        sha256(join(SEEDS_DIR, `${name}.txt`)),
      );
    },
  );
});
