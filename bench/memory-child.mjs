// Child process for the memory measurement (run by memory.mjs with --expose-gc):
//   node --expose-gc bench/memory-child.mjs <library|regex|contender name> <megabytes>
// Builds a noisy corpus of <megabytes> UTF-16 MB, normalises it once, and prints one JSON line:
// input size, time, peak V8 heap growth (the largest used heap V8 reports before any GC during the
// call, or at its end, via v8.GCProfiler), peak RSS growth (sampled every millisecond by a worker
// thread, since RSS is process-wide), and what stays retained after a full GC (the output).

import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
// The build a Node user gets: `arabic-normalize` as Node resolves it (dist/node/index.js).
import * as lib from 'arabic-normalize';
import { contenders } from './contenders.mjs';
import { buildCorpora } from './corpora.mjs';

const [which = 'library', mb = '100'] = process.argv.slice(2);
// 'library' and 'regex' are the two reported; any contender name works too (e.g. a stage alone).
const name =
  { library: 'normalize (standard)', regex: 'regex chain (10 replaces)' }[which] ?? which;
const contender = contenders().find((c) => c.name === name);
if (!contender) throw new Error(`unknown contender ${JSON.stringify(which)}`);
const fn = contender.fn;

// The 10 MB noisy corpus, repeated to the requested size as one flat string.
const [, noisy] = buildCorpora({ sizes: ['10MB'], clean: (t) => lib.normalize(t) });
const copies = Math.max(1, Math.round((Number(mb) * 1e6) / (noisy.text.length * 2)));
const input = new Array(copies).fill(noisy.text).join('');
noisy.text = '';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new BigInt64Array(workerData);
const pause = new Int32Array(new SharedArrayBuffer(4));
for (;;) {
  const rss = BigInt(process.memoryUsage.rss());
  if (rss > Atomics.load(peak, 0)) Atomics.store(peak, 0, rss);
  if (Atomics.load(peak, 1) === 1n) break;
  Atomics.wait(pause, 0, 0, 1);
}`;
const shared = new SharedArrayBuffer(16);
const peak = new BigInt64Array(shared);
const worker = new Worker(SAMPLER, { eval: true, workerData: shared });
await new Promise((resolve) => setTimeout(resolve, 200));

globalThis.gc();
globalThis.gc();
const before = process.memoryUsage();
const heapBefore = v8.getHeapStatistics().used_heap_size;
Atomics.store(peak, 0, BigInt(before.rss));
const gcProfiler = new v8.GCProfiler();
gcProfiler.start();
const t0 = performance.now();
const output = fn(input);
const ms = performance.now() - t0;
const heapAtEnd = v8.getHeapStatistics().used_heap_size;
const gcs = gcProfiler.stop().statistics;
const after = process.memoryUsage();
// The used heap peaks just before a collection or at the end of the call.
const heapPeak = Math.max(heapAtEnd, ...gcs.map((g) => g.beforeGC.heapStatistics.usedHeapSize));
await new Promise((resolve) => setTimeout(resolve, 20));
Atomics.store(peak, 1, 1n);
await worker.terminate();
const peakRss = Number(Atomics.load(peak, 0));
globalThis.gc();
globalThis.gc();
const retained = process.memoryUsage();

const heapish = (m) => m.heapUsed + m.arrayBuffers;
console.log(
  JSON.stringify({
    name,
    inputBytes: input.length * 2,
    outputBytes: output.length * 2,
    ms,
    peakRssGrowthBytes: peakRss - before.rss,
    // Peak V8 heap growth (from the heap statistics V8 records before every GC during the call),
    // plus any growth of array buffers, which live outside the V8 heap.
    peakHeapGrowthBytes:
      heapPeak - heapBefore + Math.max(0, after.arrayBuffers - before.arrayBuffers),
    gcCount: gcs.length,
    retainedAfterGcBytes: heapish(retained) - heapish(before),
  }),
);
