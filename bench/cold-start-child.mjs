// Child process for the cold-start measurement (run by cold-start.mjs, always in a fresh process):
//
//   node --expose-gc bench/cold-start-child.mjs whole <normalize|splitSentences|copyLoop> <text file>
//   node --expose-gc bench/cold-start-child.mjs docs  <normalize|splitSentences|copyLoop> <JSON file of documents>
//
// `copyLoop` is the benchmark's table copy loop (copy-loop.mjs), timed the same way without
// importing the library: the floor, what the engine gives one small loop before it is optimised.
//
// The input is read from a file so that nothing of the library runs before the timed calls (the
// corpora are built with `normalize`). Prints one JSON line:
//   whole: { firstMs, steadyMs, afterGcMs } — the first call in this process; the median of calls
//          STEADY_FROM..WHOLE_CALLS; the median of AFTER_GC calls each made right after a full GC;
//   docs:  { perUnitNs } — the time per code unit of each of DOC_CALLS calls, one document each,
//          the documents taken in order (and again from the first when they run out).

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const WHOLE_CALLS = 30;
const STEADY_FROM = 11;
const AFTER_GC = 5;
const DOC_CALLS = 300;

const [mode, name, file] = process.argv.slice(2);
const input = readFileSync(file, 'utf8');
const fn = await timedFunction(name);
if (!fn || !globalThis.gc) throw new Error(`usage: node --expose-gc ${process.argv[1]} ...`);

/** The function timed: the library's, or the copy loop (the library is then not imported). */
async function timedFunction(which) {
  if (which === 'copyLoop') return (await import('./copy-loop.mjs')).copyLoop;
  if (which !== 'normalize' && which !== 'splitSentences') return undefined;
  // The root as Node resolves it (the `node` export condition: dist/node/index.js), as
  // cold-start.mjs times its import.
  const lib = await import('arabic-normalize');
  return which === 'normalize' ? (t) => lib.normalize(t) : (t) => lib.splitSentences(t);
}

/** Keeps results alive so that no call can be optimised away. */
let sink = 0;
function timed(text) {
  const t0 = performance.now();
  sink ^= fn(text).length;
  return performance.now() - t0;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

let report;
if (mode === 'whole') {
  const calls = [];
  for (let i = 0; i < WHOLE_CALLS; i++) calls.push(timed(input));
  const afterGc = [];
  for (let i = 0; i < AFTER_GC; i++) {
    globalThis.gc();
    afterGc.push(timed(input));
  }
  report = {
    firstMs: calls[0],
    steadyMs: median(calls.slice(STEADY_FROM - 1)),
    afterGcMs: median(afterGc),
  };
} else if (mode === 'docs') {
  const docs = JSON.parse(input);
  const perUnitNs = [];
  for (let i = 0; i < DOC_CALLS; i++) {
    const doc = docs[i % docs.length];
    perUnitNs.push((timed(doc) * 1e6) / doc.length);
  }
  report = { perUnitNs };
} else throw new Error(`unknown mode ${JSON.stringify(mode)}`);

console.log(JSON.stringify({ ...report, sink }));
