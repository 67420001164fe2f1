import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');
export const EXPECTED_DIR = join(FIXTURES_DIR, 'expected');

/** The five seed documents, by file name without `.txt` (e.g. `001_c071b164ffc9d72d`). */
export const DOCUMENT_NAMES = readdirSync(FIXTURES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4))
  .sort();

export function readDocument(name: string): string {
  return readFileSync(join(FIXTURES_DIR, `${name}.txt`), 'utf8');
}

/** A document found by its numeric prefix, e.g. `document('001')`. */
export function document(prefix: string): string {
  const name = DOCUMENT_NAMES.find((n) => n.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no fixture document starts with ${prefix}_`);
  return readDocument(name);
}
