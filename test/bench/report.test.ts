import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without declarations
import { evaluateTargets, targetsTable } from '../../bench/report.mjs';

/** MB/s of every contender the targets compare, on both noisy and clean corpora of one size. */
function results(size: string, mbps: Record<string, number>) {
  return Object.entries(mbps).flatMap(([name, value]) =>
    ['noisy', 'clean'].map((kind) => ({ name, corpus: `${kind} ${size}`, mbps: value })),
  );
}

describe('the benchmark closing table (bench/report.mjs)', () => {
  const speeds = {
    'normalize (standard)': 100,
    'normalize (search)': 100,
    'normalize (minimal)': 100,
    'table copy loop': 150,
    'bare charCodeAt scan': 1000,
    'arabic-text-normalizer': 20,
    'persian-tools normalizeText': 30,
    splitSentences: 500,
    'Intl.Segmenter (per paragraph)': 100,
  };
  const rows = evaluateTargets(results('100KB', speeds), undefined, ['100KB']);
  const table: string = targetsTable(rows, ['100KB']);

  it('marks each ratio against its target: ✓ when it meets it, ✗ when below', () => {
    expect(table).toContain(
      '| normalize (standard) ÷ table copy loop | noisy | ≥ 0.5× | 0.67× ✓ |',
    );
    expect(table).toContain(
      '| normalize (standard) ÷ bare charCodeAt scan | clean | ≥ 0.5× | 0.10× ✗ |',
    );
    expect(table).toContain(
      '| normalize (search) ÷ arabic-text-normalizer | noisy | ≥ 4× | 5.00× ✓ |',
    );
    expect(table).toContain(
      '| normalize (minimal) ÷ persian-tools normalizeText | noisy | ≥ 4× | 3.33× ✗ |',
    );
    expect(table).toContain(
      '| splitSentences ÷ Intl.Segmenter (per paragraph) | noisy | ≥ 8× | 5.00× ✗ |',
    );
  });

  it('covers every preset against both peers, and counts what it measured', () => {
    expect(rows).toHaveLength(9);
    expect(table.trim().split('\n').at(-1)).toBe(
      '4 of 9 measured ratios meet their target (✓ met, ✗ below).',
    );
  });

  it('marks peak memory against its bound', () => {
    const memory = [
      { name: 'normalize (standard)', inputBytes: 100e6, peakHeapGrowthBytes: 200e6 },
    ];
    const withMemory = targetsTable(evaluateTargets([], memory, ['100KB']), ['100KB']);
    expect(withMemory).toContain(
      'peak heap growth ÷ input size | 100 MB string | ≤ 2.5× input | 2.00× input ✓ |',
    );
  });
});
