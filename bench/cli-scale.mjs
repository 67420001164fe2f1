#!/usr/bin/env node
// Scale check of the command-line tool (issue 8): constant memory on a large input, throughput of
// the CLI against `normalize` on an in-memory string, and the speed-up of --jobs 2 on many files.
//
//   npm run build && node bench/cli-scale.mjs [sizeMB=1024] [--keep] [--large-only]
//
// Besides wall-clock speeds it reports CPU-time speeds (user + system seconds of the process),
// which a busy shared machine disturbs much less; --large-only skips the many-files part.
//
// Inputs are generated from the five press releases in fixtures/ (CRLF line ends, blank lines,
// and a few bytes of invalid UTF-8 once per ~10 MB) into a temporary folder.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli.js');
const sizeMB = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1024);
const keep = process.argv.includes('--keep');
const largeOnly = process.argv.includes('--large-only');
// The build a Node user gets, as the CLI is: 'arabic-normalize' as Node resolves it (dist/node/).
const { normalize } = await import('arabic-normalize');

const documents = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
const corpus = Buffer.from(documents.map((d) => d.replace(/\n/g, '\r\n')).join('\r\n\r\n\r\n'));
const bad = Buffer.from([0xff, 0xd8, 0x20]);

async function generate(file, bytes) {
  const out = createWriteStream(file);
  let written = 0;
  let sinceBad = 0;
  while (written < bytes) {
    let chunk = corpus;
    sinceBad += chunk.length;
    if (sinceBad > 10e6) {
      chunk = Buffer.concat([corpus, bad]);
      sinceBad = 0;
    }
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
    written += chunk.length;
  }
  await new Promise((r) => out.end(r));
  return written;
}

/** Preloaded into the CLI: writes its CPU seconds (user + system) to CPU_REPORT_FILE at exit. */
const CPU_REPORT = join(tmpdir(), `cli-scale-cpu-${process.pid}.cjs`);
writeFileSync(
  CPU_REPORT,
  `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.CPU_REPORT_FILE, String((u.userCPUTime + u.systemCPUTime) / 1e6)); });`,
);

/** Runs the CLI; returns seconds, CPU seconds and the peak resident set size in MB (VmHWM from /proc). */
function runCli(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const cpuFile = join(dir, `cpu-${process.hrtime.bigint()}`);
    const child = spawn(process.execPath, [cli, '--quiet', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `--require ${CPU_REPORT}`, CPU_REPORT_FILE: cpuFile },
    });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peak = Math.max(peak, kb / 1024);
      } catch {}
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`exit ${code}: ${stderr}`));
      else
        resolve({
          seconds,
          cpuSeconds: Number(readFileSync(cpuFile, 'utf8')),
          peakMB: peak,
          stderr,
        });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'cli-scale-'));
const mb = (n) => (n / 1e6).toFixed(1);
try {
  console.log(`node ${process.version}; input ${sizeMB} MB; temp ${dir}`);

  // 1. One large file: memory and throughput.
  const big = join(dir, 'big.txt');
  const bigBytes = await generate(big, sizeMB * 1e6);
  const run1 = await runCli([big, '-o', join(dir, 'big.out.txt')]);
  console.log(
    `large file: ${mb(bigBytes)} MB in ${run1.seconds.toFixed(1)} s = ${mb(bigBytes / run1.seconds)} MB/s (CPU ${run1.cpuSeconds.toFixed(1)} s = ${mb(bigBytes / run1.cpuSeconds)} MB/s), peak RSS ${run1.peakMB.toFixed(0)} MB`,
  );
  console.log(`  summary: ${run1.stderr.trim().split('\n').at(-1)}`);

  // 2. In-memory baselines on a 64 MB sample of the same text: `normalize` alone, and the whole
  // in-memory pipeline a file tool cannot avoid (UTF-8 bytes to string, normalize, back to bytes).
  const sample = Buffer.alloc(64e6);
  for (let at = 0; at < sample.length; at += corpus.length) corpus.copy(sample, at);
  const cpuOf = new Map();
  const time = (f) => {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    cpuOf.set(seconds, (c.user + c.system) / 1e6);
    return seconds;
  };
  const text = sample.toString('utf8');
  normalize(text.slice(0, 1e6)); // warm-up
  const alone = time(() => normalize(text));
  const pipeline = time(() => Buffer.from(normalize(sample.toString('utf8'))));
  const cliRate = bigBytes / run1.seconds;
  for (const [name, seconds] of [
    ['normalize(string)', alone],
    ['bytes -> string -> normalize -> bytes', pipeline],
  ]) {
    const rate = sample.length / seconds;
    const cpuRate = sample.length / cpuOf.get(seconds);
    const cliCpuRate = bigBytes / run1.cpuSeconds;
    console.log(
      `in-memory ${name}: ${mb(sample.length)} MB in ${seconds.toFixed(2)} s = ${mb(rate)} MB/s (CPU ${mb(cpuRate)} MB/s); CLI at ${((cliRate / rate) * 100).toFixed(0)}% of it (CPU time: ${((cliCpuRate / cpuRate) * 100).toFixed(0)}%)`,
    );
  }
  if (!largeOnly) {
    // 3. Many files: --jobs 1 against --jobs 2.
    const files = [];
    for (let i = 0; i < 8; i++) {
      const f = join(dir, `part-${i}.txt`);
      await generate(f, (Math.min(sizeMB, 512) * 1e6) / 8);
      files.push(f);
    }
    const total = files.reduce((n, f) => n + statSync(f).size, 0);
    const serial = await runCli(['--out-dir', join(dir, 'out1'), '--jobs', '1', ...files]);
    const parallel = await runCli(['--out-dir', join(dir, 'out2'), '--jobs', '2', ...files]);
    console.log(
      `8 files, ${mb(total)} MB: --jobs 1 ${serial.seconds.toFixed(1)} s (peak ${serial.peakMB.toFixed(0)} MB), --jobs 2 ${parallel.seconds.toFixed(1)} s (peak ${parallel.peakMB.toFixed(0)} MB): speed-up ${(serial.seconds / parallel.seconds).toFixed(2)}x`,
    );
  }
} finally {
  rmSync(CPU_REPORT, { force: true });
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
