import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without declarations
import { parseCliScale } from '../../bench/cli-1gb.mjs';
// @ts-expect-error: a plain .mjs module without declarations
import { callsToSteady } from '../../bench/cold-start.mjs';
// @ts-expect-error: a plain .mjs module without declarations
import { cutDocuments } from '../../bench/corpora.mjs';

/** Time per code unit of 300 calls: `slow` calls at 10, then steady calls at 1. */
const calls = (slow: number) => [...Array(slow).fill(10), ...Array(300 - slow).fill(1)];

describe('calls until per-document calls run at steady speed (bench/cold-start.mjs)', () => {
  it('counts the calls up to the first one at steady speed', () => {
    expect(callsToSteady(calls(30))).toBe(31);
    expect(callsToSteady(calls(0))).toBe(1);
  });

  it('is not fooled by one slow call after steady speed is reached (a GC, another process)', () => {
    const perUnit = calls(10);
    perUnit[100] = 50;
    perUnit[150] = 50;
    expect(callsToSteady(perUnit)).toBe(11);
  });

  it('counts calls within 1.3× of the median of calls 200–300 as steady', () => {
    const perUnit = [...Array(40).fill(1.5), ...Array(40).fill(1.25), ...Array(220).fill(1)];
    expect(callsToSteady(perUnit)).toBe(41);
  });
});

describe('the cold-start child (bench/cold-start-child.mjs)', () => {
  const child = join(__dirname, '../../bench/cold-start-child.mjs');
  const run = (mode: string, file: string) =>
    spawnSync(process.execPath, ['--expose-gc', child, mode, 'copyLoop', file], {
      encoding: 'utf8',
    });

  it('times the table copy loop (the floor) in a fresh process: first, steady and after-GC calls on one text, and 300 per-document calls', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cold-start-test-'));
    try {
      writeFileSync(join(dir, 'text.txt'), 'نص عربي قصير ۱۲۳ '.repeat(200), 'utf8');
      writeFileSync(join(dir, 'docs.json'), JSON.stringify(['نص ۱', 'کتاب']), 'utf8');
      const whole = JSON.parse(run('whole', join(dir, 'text.txt')).stdout);
      for (const key of ['firstMs', 'steadyMs', 'afterGcMs']) expect(whole[key]).toBeGreaterThan(0);
      const docs = JSON.parse(run('docs', join(dir, 'docs.json')).stdout);
      expect(docs.perUnitNs).toHaveLength(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a function it does not know, with its usage', () => {
    const unknown = spawnSync(
      process.execPath,
      ['--expose-gc', child, 'whole', 'nothing', join(__dirname, '../../package.json')],
      { encoding: 'utf8' },
    );
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/usage/);
  });
});

describe('the per-document corpora (bench/corpora.mjs)', () => {
  const text = Array.from({ length: 400 }, (_, i) => `سطر رقم ${i} فيه كلمات`).join('\n');

  it('cuts a text into documents of about 4 KB that join back to it, at line ends', () => {
    const docs: string[] = cutDocuments(text);
    expect(docs.join('')).toBe(text);
    expect(docs.length).toBeGreaterThan(1);
    for (const doc of docs.slice(0, -1)) {
      expect(doc.length * 2).toBeLessThanOrEqual(4000);
      expect(doc.length * 2).toBeGreaterThan(2000);
      expect(doc.endsWith('\n')).toBe(true);
    }
  });

  it('cuts a line longer than a document after a space, never inside a word', () => {
    const docs: string[] = cutDocuments('كلمة '.repeat(2000));
    expect(docs.join('')).toBe('كلمة '.repeat(2000));
    for (const doc of docs.slice(0, -1)) expect(doc.endsWith(' ')).toBe(true);
  });
});

describe('the CLI on 1 GB (bench/cli-1gb.mjs)', () => {
  it("reads the CPU-time throughput and peak RSS from cli-scale.mjs's report", () => {
    const output =
      'node v20; input 1024 MB\nlarge file: 1024.0 MB in 58.2 s = 17.6 MB/s (CPU 60.9 s = 16.8 MB/s), peak RSS 111 MB\n';
    expect(parseCliScale(output)).toEqual({ mbps: 16.8, peakMB: 111 });
    // The wall-clock figure alone is not enough: on a shared machine it moves between runs.
    expect(() =>
      parseCliScale('large file: 1024.0 MB in 145.2 s = 7.1 MB/s, peak RSS 110 MB'),
    ).toThrow(/CPU/);
    expect(() => parseCliScale('nothing')).toThrow(/large file/);
  });
});
