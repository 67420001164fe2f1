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

describe('the closing table at every size, per document, and in fresh processes', () => {
  const sizes = ['100KB', '1MB', '10MB', '4KB docs'];
  const speeds = (copyLoop: number) => ({
    'normalize (standard)': 100,
    'normalize (search)': 100,
    'normalize (minimal)': 100,
    'table copy loop': copyLoop,
    'bare charCodeAt scan': 1000,
    'arabic-text-normalizer': 20,
    'persian-tools normalizeText': 30,
    splitSentences: 500,
    'Intl.Segmenter (per paragraph)': 100,
  });
  const measured = [
    ...results('100KB', speeds(250)),
    ...results('1MB', speeds(250)),
    ...results('10MB', speeds(250)),
    ...results('4KB docs', speeds(250)),
  ];

  it('holds normalize per 4 KB document to 0.35× the copy loop, and whole text to 0.5×', () => {
    const table: string = targetsTable(evaluateTargets(measured, undefined, sizes), sizes);
    expect(table).toContain(
      '| normalize (standard) ÷ table copy loop | noisy | ≥ 0.5× (0.35× 4KB docs) | 0.40× ✗ | 0.40× ✗ | 0.40× ✗ | 0.40× ✓ |',
    );
  });

  it('holds normalize with offsets within 2× plain normalize (half its speed or more)', () => {
    const withOffsets = [
      ...measured,
      { name: 'normalizeWithOffsets (standard)', corpus: 'noisy 10MB', mbps: 60 },
      { name: 'normalizeWithOffsets (standard)', corpus: 'noisy 4KB docs', mbps: 40 },
    ];
    const table: string = targetsTable(evaluateTargets(withOffsets, undefined, sizes), sizes);
    expect(table).toContain(
      '| normalizeWithOffsets (standard) ÷ normalize (standard) | noisy | ≥ 0.5× | — | — | 0.60× ✓ | 0.40× ✗ |',
    );
  });

  it('reports cold start, import time and the CLI, each against its bound', () => {
    const coldStart = {
      whole: {
        normalize: { firstRatio: 2.5, afterGcRatio: 1.6, steadyMs: 10 },
        splitSentences: { firstRatio: 4, afterGcRatio: 1.1, steadyMs: 2 },
      },
      docs: { normalize: { calls: 12, runs: [12] }, splitSentences: { calls: 150, runs: [150] } },
      importMs: 30,
    };
    const cli = { mbps: 30, baselineMbps: 10, peakMB: 160 };
    const rows = evaluateTargets(measured, undefined, sizes, { coldStart, cli });
    const table: string = targetsTable(rows, sizes);
    for (const line of [
      '| normalize: first call in a fresh process ÷ steady call | noisy, 500K code units | ≤ 3× | 2.50× ✓ |',
      '| normalize: call right after a full GC ÷ steady call | noisy, 500K code units | ≤ 1.5× | 1.60× ✗ |',
      '| splitSentences: first call in a fresh process ÷ steady call | noisy, 500K code units | ≤ 3× | 4.00× ✗ |',
      '| normalize: calls until steady speed | noisy 4KB docs | ≤ 20 calls | 12.0 calls ✓ |',
      '| splitSentences: calls until steady speed | noisy 4KB docs | ≤ 20 calls | 150 calls ✗ |',
      "| import of the root ('arabic-normalize', as Node resolves it) | fresh process | ≤ 25 ms | 30.0 ms ✗ |",
      '| CLI throughput (30.0 MB/s) ÷ main 23de73e (10 MB/s) | 1 GB file | ≥ 3× | 3.00× ✓ |',
      '| CLI peak RSS | 1 GB file | < 150 MB | 160 MB ✗ |',
    ])
      expect(table).toContain(line);
    const slower = { mbps: 20, baselineMbps: 10, peakMB: 149 };
    const belowTable: string = targetsTable(
      evaluateTargets([], undefined, sizes, { cli: slower }),
      sizes,
    );
    expect(belowTable).toContain(
      '| CLI throughput (20.0 MB/s) ÷ main 23de73e (10 MB/s) | 1 GB file | ≥ 3× | 2.00× ✗ |',
    );
    expect(belowTable).toContain('| CLI peak RSS | 1 GB file | < 150 MB | 149 MB ✓ |');
    // 9 ratios at 4 sizes, 4 cold-start ratios, 2 call counts, the import and 2 for the CLI.
    expect(table.trim().split('\n').at(-1)).toMatch(/ of 45 measured ratios meet their target/);
  });

  it('shows beside each cold-start figure the same figure for the table copy loop, the floor', () => {
    const coldStart = {
      whole: { normalize: { firstRatio: 9.5, afterGcRatio: 1.2, steadyMs: 6 } },
      docs: { normalize: { calls: 200, runs: [200] } },
      floor: {
        whole: { firstRatio: 3.1, afterGcRatio: 1.05, steadyMs: 1.7 },
        docs: { calls: 36, runs: [36] },
      },
      importMs: 12,
    };
    const table: string = targetsTable(evaluateTargets([], undefined, sizes, { coldStart }), sizes);
    for (const line of [
      '| normalize: first call in a fresh process ÷ steady call | noisy, 500K code units | ≤ 3× | 9.50× ✗ | 3.10× |',
      '| normalize: call right after a full GC ÷ steady call | noisy, 500K code units | ≤ 1.5× | 1.20× ✓ | 1.05× |',
      '| normalize: calls until steady speed | noisy 4KB docs | ≤ 20 calls | 200 calls ✗ | 36.0 calls |',
      "| import of the root ('arabic-normalize', as Node resolves it) | fresh process | ≤ 25 ms | 12.0 ms ✓ | — |",
    ])
      expect(table).toContain(line);
    // The floor is shown, not counted: 2 cold-start ratios, 1 call count and the import.
    expect(table.trim().split('\n').at(-1)).toBe(
      '2 of 4 measured ratios meet their target (✓ met, ✗ below).',
    );
  });
});
