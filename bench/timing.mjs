// Timing: every contender on the same text in the same process, alternating, after warm-up.
//
// For one corpus: each contender is first warmed up (called until `warmupMs` has passed: once for
// a slow call on a large corpus, after the small corpora have already warmed the JIT), which also tells how many calls make one sample of at least `minSampleMs` (one call for
// the 10 MB corpora, many for 100 KB). Then `runs` rounds take one sample of every contender each,
// in an order shuffled every round (seeded: the same orders in every run), so that drift (GC
// pressure, thermal, other processes) is spread over all of them. A contender's time is the
// median per-call time of its samples.
//
// Why shuffled, not rotated: a sample pays for the garbage collections that the contenders before
// it made due, and in an order rotated by one each round every contender follows the same one in
// every round. On the 1 MB and 10 MB corpora the first contender listed, `normalize (standard)`,
// always followed `sbd`, the heaviest allocator, and read about half the speed of `search` and
// `minimal` (14.7, 9.2 and 8.8 ms a call at 1 MB), though the three run alike alone (6.2-6.6 ms);
// with `search` listed first, `search` read 19.0 ms and `standard` 10.2.
//
// Samples are CPU time of this process (`process.cpuUsage`, user + system), not wall-clock time:
// on a shared machine another process taking the core stretches wall-clock samples of one
// contender and not the others, while the CPU time a call costs barely moves. (It includes the
// engine's own helper threads, GC and compilation, which are part of what a call costs.)

import { performance } from 'node:perf_hooks';
import { prng } from './corpora.mjs';

/** Keeps results alive so that no call can be optimised away. */
let sink = 0;
function consume(result) {
  if (typeof result === 'number') sink ^= result;
  else if (result != null) sink ^= result.length;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function sample(fn, text, reps) {
  const t0 = process.cpuUsage();
  for (let k = 0; k < reps; k++) consume(fn(text));
  const spent = process.cpuUsage(t0);
  return (spent.user + spent.system) / 1000 / reps;
}

/**
 * Times `contenders` on `text`. Returns `Map<name, { medianMs, samples }>`. `onProgress(done,
 * total)` is called after each warm-up and each sample.
 * @param {{ runs?: number, warmupMs?: number, minSampleMs?: number, onProgress?: Function }} options
 */
export function timeCorpus(
  contenders,
  text,
  { runs = 5, warmupMs = 60, minSampleMs = 25, onProgress = () => {} } = {},
) {
  const total = contenders.length * (runs + 1);
  let done = 0;
  const plan = [];
  for (const c of contenders) {
    let calls = 0;
    const t0 = performance.now();
    let elapsed = 0;
    try {
      while (elapsed < warmupMs) {
        consume(c.fn(text));
        calls++;
        elapsed = performance.now() - t0;
      }
    } catch (error) {
      // A contender that throws is reported, not timed; the others still run.
      console.error(`${c.name} threw, not timed: ${error?.message ?? error}`);
      continue;
    }
    onProgress(++done, total);
    const perCall = elapsed / calls;
    plan.push({ c, reps: Math.max(1, Math.ceil(minSampleMs / perCall)), samples: [] });
  }
  const random = prng(ORDER_SEED);
  for (let round = 0; round < runs; round++) {
    for (const p of shuffled(plan, random)) {
      p.samples.push(sample(p.c.fn, text, p.reps));
      onProgress(++done, total);
    }
  }
  const results = new Map();
  for (const p of plan) results.set(p.c.name, { medianMs: median(p.samples), samples: p.samples });
  // Contenders that threw are absent from the map.
  return results;
}

/** The seed of the orders in which {@link timeCorpus} takes the samples of a round. */
const ORDER_SEED = 0x0bde5eed;

/** A copy of `items` in an order drawn with `random` (Fisher-Yates). */
function shuffled(items, random) {
  const copy = [...items];
  for (let k = copy.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [copy[k], copy[j]] = [copy[j], copy[k]];
  }
  return copy;
}

/** MB/s of UTF-16 input (2 bytes per code unit, 10^6 bytes per MB). */
export const mbps = (units, ms) => (units * 2) / 1e6 / (ms / 1000);

export const sinkValue = () => sink;

/** Code units (or items) in a contender's result: what the per-document wrapper adds up. */
const resultSize = (result) => (typeof result === 'number' ? result : (result?.length ?? 0));

/**
 * The same contender applied to a list of documents, one call per document: `fn(docs)` calls
 * the contender's `fn` on each and returns the sum of their result sizes.
 */
export function perDocumentContender(contender) {
  const one = contender.fn;
  const fn = (docs) => {
    let total = 0;
    for (let i = 0; i < docs.length; i++) total += resultSize(one(docs[i]));
    return total;
  };
  return { ...contender, fn };
}
