// `npm run bench`: times this library against baselines and peers on the built dist/.
//
//   node bench/run.mjs [--quick] [--json] [--runs N] [--no-memory] [--no-cold] [--cli-1gb]
//     --quick      100 KB corpora (and their 4 KB documents) only, memory measured on 10 MB,
//                  3 fresh processes per cold-start measurement (for development and CI)
//     --json       also write bench/results/latest.json
//     --runs N     samples per contender and corpus (default 5; use at least 5)
//     --no-memory  skip the 100 MB memory measurement
//     --no-cold    skip the cold-start and import measurements (fresh processes)
//     --cli-1gb    also run the CLI on 1 GB (bench/cli-scale.mjs 1024: several minutes)
//     --only TEXT  time only contenders whose name contains TEXT, or one of the comma-separated
//                  TEXTs (plus normalize (standard)): `--only splitSentences,Segmenter`
//     --warmup-ms N  milliseconds of calls before each contender's samples on each corpus (default
//                  60, the measurement the targets are read from); a long warm-up (1000 or more)
//                  reads the ratios nearer steady speed, to tell what a slow warm-up costs a cell

import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lib from '../dist/index.js';
import { printChecks, runChecks } from './checks.mjs';
import { CLI_BASELINE, runCli1GB } from './cli-1gb.mjs';
import { COLD_START_METHOD, measureColdStart } from './cold-start.mjs';
import { contenders as allContenders } from './contenders.mjs';
import {
  buildCorpora,
  cutDocuments,
  NOISE_RATE,
  NOISE_SEED,
  PER_DOCUMENT,
  perDocument,
} from './corpora.mjs';
import { measureAll, memoryTable } from './memory.mjs';
import { evaluateTargets, resultsTable, targetsTable } from './report.mjs';
import { mbps, perDocumentContender, timeCorpus } from './timing.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : 5;
const warmupArg = args.indexOf('--warmup-ms');
/** Milliseconds of calls before a contender's samples on each corpus (timing.mjs: 60 by default). */
const warmupMs = warmupArg >= 0 ? Number(args[warmupArg + 1]) : 60;
if (!(warmupMs >= 0)) throw new RangeError('--warmup-ms: a number of milliseconds, 0 or more');
const started = performance.now();

/** Progress on standard error, so that standard output stays the report. */
const tty = process.stderr.isTTY;
function progress(message, { last = true } = {}) {
  const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  if (tty) process.stderr.write(`\r\x1b[2K[${elapsed} s] ${message}${last ? '\n' : ''}`);
  else if (last) process.stderr.write(`[${elapsed} s] ${message}\n`);
}

/** This library's standard output, iterated to a fixed point: text that needs no change. */
function cleanText(text) {
  let out = text;
  for (let i = 0; i < 5; i++) {
    const next = lib.normalize(out);
    if (next === out) return out;
    out = next;
  }
  return out;
}

function packageVersion(name) {
  try {
    const file = join(HERE, '..', 'node_modules', name, 'package.json');
    return JSON.parse(readFileSync(file, 'utf8')).version;
  } catch {
    return undefined;
  }
}

function environment() {
  let commit;
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: HERE, encoding: 'utf8' }).trim();
  } catch {}
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    v8: process.versions.v8,
    icu: process.versions.icu,
    unicode: process.versions.unicode,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus[0]?.model,
    cpus: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    commit,
    library: JSON.parse(readFileSync(join(HERE, '..', 'package.json'), 'utf8')).version,
    peers: Object.fromEntries(
      ['arabic-text-normalizer', '@persian-tools/persian-tools', 'sentencex', 'sbd'].map((n) => [
        n,
        packageVersion(n),
      ]),
    ),
    runs,
    warmupMs,
    quick,
    noise: { rate: NOISE_RATE, seed: NOISE_SEED },
  };
}

const env = environment();
console.log(
  `# arabic-normalize benchmark — ${env.date}\n\n` +
    `Node ${env.node} (V8 ${env.v8}, ICU ${env.icu}), ${env.platform}, ${env.cpus}× ${env.cpu}; ` +
    `commit ${env.commit}; median of ${runs} alternating runs after ${warmupMs} ms of warm-up ` +
    'per contender and corpus. ' +
    'MB/s = UTF-16 bytes (2 × length) / 10^6 per second.\n',
);

// Corpora ------------------------------------------------------------------------------------

progress('building the corpora');
const wholeSizes = quick ? ['100KB'] : ['100KB', '1MB', '10MB'];
const sizes = [...wholeSizes, PER_DOCUMENT];
const wholeCorpora = buildCorpora({ sizes: wholeSizes, clean: cleanText });
// The per-document corpora: the 1 MB corpora (100 KB in quick mode) cut into ~4 KB documents.
const documentSource = quick ? '100KB' : '1MB';
const corpora = [
  ...wholeCorpora,
  ...wholeCorpora.filter((c) => c.size === documentSource).map((c) => perDocument(c, cleanText)),
];
for (const corpus of corpora) {
  const docs = corpus.docs ? ` in ${corpus.docs.length} documents, one call each` : '';
  const line = `- ${corpus.name}: ${corpus.text.length.toLocaleString('en')} code units${docs}`;
  if (corpus.noise) {
    const edits = Object.values(corpus.noise).reduce((a, b) => a + b, 0);
    const kinds = Object.entries(corpus.noise)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(`${line}; noise ${((100 * edits) / corpus.text.length).toFixed(1)}% (${kinds})`);
  } else {
    const unchanged = (corpus.docs ?? [corpus.text]).every((doc) => lib.normalize(doc) === doc);
    console.log(`${line}; normalize leaves it unchanged: ${unchanged ? 'yes' : 'NO'}`);
  }
}
console.log('');

// Output checks ------------------------------------------------------------------------------

const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1].split(',') : undefined;
const contenders = allContenders().filter(
  (c) => !only || only.some((text) => c.name.includes(text)) || c.name === 'normalize (standard)',
);
progress(`checking the output of ${contenders.length} contenders`);
const checks = runChecks(contenders);
printChecks(checks);

// Timing -------------------------------------------------------------------------------------

const results = [];
for (const corpus of corpora) {
  // Per document, a contender's limit on one string applies to the longest document.
  const longest = corpus.docs ? Math.max(...corpus.docs.map((d) => d.length)) : corpus.text.length;
  const eligible = contenders
    .filter((c) => !c.maxUnits || longest <= c.maxUnits)
    .map((c) => (corpus.docs ? perDocumentContender(c) : c));
  const t0 = performance.now();
  const timed = timeCorpus(eligible, corpus.docs ?? corpus.text, {
    runs,
    warmupMs,
    onProgress: (done, total) =>
      progress(`timing ${corpus.name}: ${done}/${total} samples`, {
        last: done === total || (!tty && done % eligible.length === 0),
      }),
  });
  for (const c of eligible) {
    if (!timed.has(c.name)) continue;
    const { medianMs } = timed.get(c.name);
    results.push({
      name: c.name,
      group: c.group,
      corpus: corpus.name,
      mbps: mbps(corpus.text.length, medianMs),
      medianMs,
    });
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  progress(`timed ${corpus.name} in ${secs} s`);
}

const targetCorpus = quick ? 'noisy 100KB' : 'noisy 10MB';
console.log(`## Throughput (MB/s; ratio = MB/s ÷ normalize (standard), ${targetCorpus})\n`);
console.log(
  resultsTable(
    contenders,
    corpora.map((c) => c.name),
    results,
    targetCorpus,
  ),
);
console.log(
  '\nIntl.Segmenter is quadratic on one long string in Node 20: it is fed one paragraph (line) at ' +
    'a time, and the whole-string run is timed on the 100 KB corpora only.\n',
);

// Memory -------------------------------------------------------------------------------------

let memory;
if (!args.includes('--no-memory')) {
  const size = quick ? 10 : 100;
  try {
    progress(`measuring memory on a ${size} MB string (two child processes)`);
    memory = measureAll(size);
    console.log(`## Memory (one ~${size} MB string, each in its own child process)\n`);
    console.log(memoryTable(memory));
    console.log('');
  } catch (error) {
    console.log(`## Memory\n\nnot measured: ${error.message}\n`);
  }
}

// Cold start and import time, in fresh processes ----------------------------------------------

let coldStart;
if (!args.includes('--no-cold')) {
  // 500K code units of the noisy 1 MB corpus (built here in quick mode too), and its documents.
  const noisy1MB =
    corpora.find((c) => c.name === 'noisy 1MB') ??
    buildCorpora({ sizes: ['1MB'], clean: cleanText }).find((c) => c.variant === 'noisy');
  const children = quick ? 3 : 7;
  try {
    coldStart = measureColdStart({
      text: noisy1MB.text.slice(0, 500_000),
      docs: cutDocuments(noisy1MB.text),
      children,
      imports: quick ? 5 : 10,
      onProgress: (message) => progress(message),
    });
    console.log(`## Cold start (median of ${children} fresh processes each)\n`);
    console.log(`${COLD_START_METHOD}\n`);
    console.log(
      '| function | first ÷ steady | after GC ÷ steady | steady ms | calls until steady (each process) |',
    );
    console.log('| --- | ---: | ---: | ---: | --- |');
    const row = (name, r, docs) =>
      console.log(
        `| ${name} | ${r.firstRatio.toFixed(2)}× | ${r.afterGcRatio.toFixed(2)}× | ${r.steadyMs.toFixed(1)} | ${docs.calls} (${docs.runs.join(', ')}) |`,
      );
    for (const [name, r] of Object.entries(coldStart.whole)) row(name, r, coldStart.docs[name]);
    row('table copy loop (the floor)', coldStart.floor.whole, coldStart.floor.docs);
    console.log(
      "\nThe floor: the benchmark's table copy loop, one loop over the code units with no library " +
        'imported, timed the same way: what this engine gives the smallest JavaScript that reads ' +
        'every code unit.',
    );
    console.log(`\nImporting the root: ${coldStart.importMs.toFixed(1)} ms.\n`);
  } catch (error) {
    console.log(`## Cold start\n\nnot measured: ${error.message}\n`);
  }
}

// The CLI on 1 GB (opt-in) --------------------------------------------------------------------

let cli;
if (args.includes('--cli-1gb')) {
  progress('the CLI on 1 GB (bench/cli-scale.mjs 1024; several minutes)');
  try {
    cli = { ...(await runCli1GB()), baselineMbps: CLI_BASELINE.mbps };
    console.log('## The CLI on a 1 GB file (bench/cli-scale.mjs 1024)\n');
    console.log(`${cli.output.trim()}\n`);
    console.log(
      `Throughput at main ${CLI_BASELINE.commit}: ${CLI_BASELINE.mbps} MB/s (${CLI_BASELINE.how}).\n`,
    );
  } catch (error) {
    console.log(`## The CLI on 1 GB\n\nnot measured: ${error.message}\n`);
  }
}

// Targets: the closing table ------------------------------------------------------------------

const targets = evaluateTargets(results, memory, sizes, { coldStart, cli });
const load = os.loadavg().map((x) => x.toFixed(2));
progress(
  `done in ${((performance.now() - started) / 1000).toFixed(0)} s; load average at start ` +
    `${env.loadAverage.join(' ')}, at end ${load.join(' ')} on ${env.cpus} CPUs`,
);
if (args.includes('--json')) {
  const dir = join(HERE, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  writeFileSync(
    file,
    `${JSON.stringify({ env, results, checks, memory, coldStart, cli, targets }, null, 2)}\n`,
    'utf8',
  );
  progress(`wrote ${file}`);
}

console.log(
  `## Ratios against the baselines and peers, measured in this run${quick ? ' (quick: 100 KB and its 4 KB documents only)' : ''}\n`,
);
console.log(targetsTable(targets, sizes));
