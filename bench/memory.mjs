// Memory: peak RSS and heap growth while normalising one ~100 MB (UTF-16) string, for this
// library and for the regex chain, each in its own child process (with --expose-gc) so that
// neither disturbs the other or the timings.

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'memory-child.mjs');

/** Runs one measurement in a child process and returns its parsed JSON report. */
export function measureMemory(which, megabytes = 100) {
  const child = spawnSync(process.execPath, ['--expose-gc', CHILD, which, String(megabytes)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) {
    throw new Error(`memory child (${which}) failed:\n${child.stderr}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

/** Both measurements: this library's normalize and the regex chain. */
export function measureAll(megabytes = 100) {
  return ['library', 'regex'].map((which) => measureMemory(which, megabytes));
}

const mb = (bytes) => (bytes / 1e6).toFixed(0);
const times = (bytes, input) => (bytes / input).toFixed(2);

/** Markdown table of the memory reports. */
export function memoryTable(reports) {
  const lines = [
    '| contender | input MB | time ms | peak heap growth MB (× input) | peak RSS growth MB (× input) | GCs | retained after GC MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of reports) {
    lines.push(
      `| ${r.name} | ${mb(r.inputBytes)} | ${r.ms.toFixed(0)} | ${mb(r.peakHeapGrowthBytes)} (${times(r.peakHeapGrowthBytes, r.inputBytes)}×) | ${mb(r.peakRssGrowthBytes)} (${times(r.peakRssGrowthBytes, r.inputBytes)}×) | ${r.gcCount} | ${mb(r.retainedAfterGcBytes)} |`,
    );
  }
  return lines.join('\n');
}
