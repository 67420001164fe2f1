import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanAndMapLetters } from '../../src/fast/clean-and-map.js';
import { mapLettersInBuffer, recordHit, resetHits } from '../../src/fast/line-letters.js';
import { decode, ensureCapacity, writeString } from '../../src/fast/output-buffer.js';
import { mapFarsiLettersResolved } from '../../src/letters/map-farsi-letters.js';
import { resolveOptions } from '../../src/options/resolve.js';
import type { NormalizeOptions, ResolvedOptions } from '../../src/options/types.js';
import { zwnjLeftForStage2 } from '../../src/pipeline.js';
import { cleanUnicodeResolved } from '../../src/unicode/clean-unicode.js';
import { propertyRuns } from '../support/property-runs.js';

/**
 * Stage 2 as the fused pass runs it on one line (`mapLettersInBuffer`): the deferred ZWNJs it
 * removes move the rest of the line left stretch by stretch, from the first removed one; the
 * reference passes are its specification.
 */
const RUNS = propertyRuns(5_000, 500);

const ZWNJ = '\u200c';

function reference(text: string, options: Readonly<ResolvedOptions>): string {
  const zwnj = zwnjLeftForStage2(options);
  const cleaned = cleanUnicodeResolved(text, options, undefined, zwnj !== undefined);
  return mapFarsiLettersResolved(cleaned, options, undefined, zwnj);
}

function agree(text: string, options: NormalizeOptions): void {
  const resolved = resolveOptions(options, 'normalize');
  expect(cleanAndMapLetters(text, resolved, zwnjLeftForStage2(resolved))).toBe(
    reference(text, resolved),
  );
}

/** Each way stage 1 leaves ZWNJs inside words to stage 2 (removed, made a space), and none. */
const ZWNJ_OPTIONS: NormalizeOptions[] = [
  { preset: 'standard' },
  { preset: 'standard', zwnj: 'remove' },
  { preset: 'standard', zwnj: 'space' },
  { preset: 'search' },
  { preset: 'standard', zwnj: 'keep' },
  { preset: 'standard', farsiLetters: 'arabic' },
];

/** Arabic words with Farsi look-alikes and ZWNJs inside them, and Persian words (ZWNJ too). */
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('في', 'على', 'التي', 'كانت', 'الولايات', 'هذه') },
  { weight: 4, arbitrary: fc.constantFrom('فی', 'علی', 'کان', 'ہذا', 'التی', 'تحديات') },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      `ال${ZWNJ}تي`,
      `ک${ZWNJ}ان`,
      `عل${ZWNJ}ی`,
      `${ZWNJ}في`,
      `في${ZWNJ}`,
      `م${ZWNJ}${ZWNJ}ن`,
      `ی${ZWNJ}ی${ZWNJ}ی`,
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom('است', `می${ZWNJ}شود`, 'این', 'پدر', 'کتاب‌ها', 'ہے') },
  { weight: 1, arbitrary: fc.constantFrom('،', '.', '5', '\u0640', '\u064e') },
);
const line = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', ZWNJ, '')), { maxLength: 16 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('stage 2 in the fused pass, removing deferred ZWNJs', () => {
  it('equals the reference on lines with several ZWNJs inside words around Farsi letters, in each ZWNJ treatment', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...ZWNJ_OPTIONS),
        (lines, options) => agree(lines.join('\n'), options),
      ),
      { numRuns: RUNS },
    );
  });

  it('equals the reference where the first removed ZWNJ comes after a Farsi letter, at the end, twice in a row, or far from the next', () => {
    const lines = [
      `کان ال${ZWNJ}تي`,
      `ک${ZWNJ}ان`,
      `كان ک${ZWNJ}`,
      `ی${ZWNJ}ی${ZWNJ}ی`,
      `م${ZWNJ}${ZWNJ}ن کان`,
      `فی ال${ZWNJ}تي والم${ZWNJ}ن علی`,
      `في هذه على ${'ه'.repeat(300)}ک${ZWNJ}ان ${'و'.repeat(200)} ال${ZWNJ}تي ${'ل'.repeat(100)}`,
      `می${ZWNJ}شود این کتاب${ZWNJ}ها است`,
    ];
    for (const text of lines) for (const options of ZWNJ_OPTIONS) agree(text, options);
  });

  it('removes a ZWNJ noted twice once, keeping the units after it', () => {
    resetHits();
    // Two ZWNJs are two pieces of Persian evidence; the three Arabic words outweigh them.
    const text = `في على هذه كا${ZWNJ}ن ال${ZWNJ}تي`;
    ensureCapacity(text.length + 16, 0);
    const end = writeString(text, 0);
    const first = text.indexOf(ZWNJ);
    recordHit(first);
    recordHit(first);
    recordHit(text.indexOf(ZWNJ, first + 1));
    const options = resolveOptions({ preset: 'standard' }, 'normalize');
    const mappedEnd = mapLettersInBuffer(0, end, options, 'remove', 0);
    expect(decode(0, mappedEnd)).toBe('في على هذه كان التي');
  });
});
