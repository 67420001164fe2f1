// The CLI on a 1 GB file, for the closing table of run.mjs (opt-in: `--cli-1gb`, several minutes).
// Runs bench/cli-scale.mjs (which owns the measurement) in a child process and reads its
// "large file: ... = X MB/s, peak RSS Y MB" line.

import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'cli-scale.mjs');

/**
 * The throughput the CLI target (3× or more) is measured against: the CLI at main 23de73e, before
 * the redesign of issue 21, in CPU time (user + system seconds of the CLI process: on a shared
 * machine wall-clock speeds of one run moved 4× between runs), measured by this script's own
 * child, cli-scale.mjs, on the same machine right before the current build (docs/benchmarks.md).
 */
export const CLI_BASELINE = Object.freeze({
  commit: '23de73e',
  mbps: 16.8,
  how: 'CPU time; `npx tsup && node bench/cli-scale.mjs 1024 --large-only` on a build of 23de73e, 2026-12-01, 2 shared vCPUs; see docs/benchmarks.md',
});

/**
 * Reads the CLI's CPU-time throughput (MB/s) and peak RSS (MB) from the output of cli-scale.mjs
 * ("large file: ... = W MB/s (CPU S s = C MB/s), peak RSS R MB").
 */
export function parseCliScale(output) {
  const line = /large file:.*?\(CPU [\d.]+ s = ([\d.]+) MB\/s\),\s*peak RSS\s*([\d.]+)\s*MB/.exec(
    output,
  );
  if (!line)
    throw new Error(`no "large file: ... (CPU ... MB/s), peak RSS ... MB" line in:\n${output}`);
  return { mbps: Number(line[1]), peakMB: Number(line[2]) };
}

/** Runs `node bench/cli-scale.mjs <sizeMB>`; resolves to `{ mbps, peakMB, output }`. */
export function runCli1GB(sizeMB = 1024) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, String(sizeMB)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      errors += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`cli-scale.mjs exited ${code}: ${errors}`));
      else {
        try {
          resolve({ ...parseCliScale(output), output });
        } catch (error) {
          reject(error);
        }
      }
    });
  });
}
