import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFirstDifference } from './support/code-points.js';
import { DOCUMENT_NAMES, EXPECTED_DIR, readDocument } from './support/fixtures.js';
import { GOLDEN_STAGES } from './support/golden-stages.js';

/**
 * Golden files are written by hand from the input (see ../shared/DESIGN.md for the tricky places),
 * never saved from the code's output. `npm run goldens:update` overwrites the existing ones with the
 * current output, for the rare deliberate change whose diff is then read character by character.
 */
const UPDATE = process.env.UPDATE_GOLDENS === '1';

const GOLDEN_NAME = /^(?<document>.+)\.(?<stage>[a-z]+)\.txt$/;

const goldens = readdirSync(EXPECTED_DIR)
  .map((file) => ({ file, match: GOLDEN_NAME.exec(file) }))
  .filter((entry) => entry.match !== null)
  .map(({ file, match }) => ({
    file,
    document: match!.groups!.document!,
    stage: match!.groups!.stage!,
  }))
  .sort((a, b) => a.file.localeCompare(b.file));

describe('golden files', () => {
  it('exist, and each names a fixture document and a known stage', () => {
    expect(goldens.length).toBeGreaterThan(0);
    for (const { file, document, stage } of goldens) {
      expect(DOCUMENT_NAMES, file).toContain(document);
      expect(Object.keys(GOLDEN_STAGES), file).toContain(stage);
    }
  });

  it.each(goldens)('$stage output of $document equals $file', ({ file, document, stage }) => {
    const actual = GOLDEN_STAGES[stage]!(readDocument(document));
    const path = join(EXPECTED_DIR, file);
    if (UPDATE) {
      writeFileSync(path, actual);
      return;
    }
    const expected = readFileSync(path, 'utf8');
    const difference = describeFirstDifference(actual, expected);
    expect(difference, `${file}\n${difference}`).toBeUndefined();
  });
});
