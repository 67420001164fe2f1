// Cold start and import time, each measured in fresh child processes (median over the children):
//
// - first call ÷ steady call, and a call right after a full GC ÷ steady call, for `normalize` and
//   `splitSentences` on one text (500K code units of the noisy corpus): cold-start-child.mjs;
// - per-document calls (~4 KB documents, one call each): the number of calls until the calls run
//   at steady speed (defined at `callsToSteady`);
// - importing the root entry (as Node resolves `arabic-normalize`) in a fresh process, in milliseconds;
// - the first two for the benchmark's table copy loop too (copy-loop.mjs): the floor. On Node 20
//   and 22 one loop of one line already takes about 3× its steady time on its first call and 30–80
//   calls to reach steady speed, so the library's figures are read against it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './timing.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, 'cold-start-child.mjs');
/**
 * The root entry as Node resolves `import 'arabic-normalize'` (the `node` export condition:
 * dist/node/index.js, the root in one file); the bundlers' build (dist/index.js, in chunks) where
 * `import.meta.resolve` is missing.
 */
const ROOT_ENTRY =
  typeof import.meta.resolve === 'function'
    ? import.meta.resolve('arabic-normalize')
    : pathToFileURL(join(HERE, '..', 'dist', 'index.js')).href;

/** Steady speed of per-document calls: the median time per code unit of calls STEADY_CALLS. */
export const STEADY_CALLS = [200, 300];
/** A call runs at steady speed when within this factor of the steady median. */
export const STEADY_WITHIN = 1.3;
/** Width of the sliding median that decides when the calls have reached steady speed. */
export const STEADY_WINDOW = 9;

/** How the cold-start figures are defined, for the report (the call counts are cold-start-child.mjs's). */
export const COLD_START_METHOD =
  'First call ÷ steady: the first call in a fresh process against the median of calls 11–30 ' +
  'in the same process. After GC ÷ steady: a call right after a full `gc()` (`--expose-gc`; ' +
  'median of 5 such calls) against the same steady median. Calls until steady: per-document ' +
  'calls (~4 KB each, one document per call, in order); steady = the median time per code unit ' +
  `of calls ${STEADY_CALLS.join('–')}; the count is the first call from which every call up to ` +
  `call ${STEADY_CALLS[0]} is within ${STEADY_WITHIN}× steady by the median of the ${STEADY_WINDOW} calls centred ` +
  'on it (a sliding median, so that one call slowed by a GC or another process does not count). ' +
  "Import: `await import('arabic-normalize')` (resolved as Node resolves it: dist/node/index.js) " +
  'timed inside a fresh process. Floor: the same figures for the table copy loop (one loop over ' +
  'the code units, no library imported), the least any JavaScript doing per-unit work costs.';

function runChild(args) {
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 22 });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

/**
 * The number of per-document calls until steady speed, from the time per code unit of each call:
 * steady is the median of calls 200–300 (1-based); the answer is the first call k such that every
 * call from k up to call 200 is at steady speed (within 1.3×) by the median of the 9 calls centred
 * on it. A median, not single calls, so that one call slowed by a GC or by another process does
 * not count as "not yet steady".
 */
export function callsToSteady(perUnit) {
  const [from, to] = STEADY_CALLS;
  const bound = median(perUnit.slice(from - 1, to)) * STEADY_WITHIN;
  const half = STEADY_WINDOW >> 1;
  const centred = (call) => median(perUnit.slice(Math.max(0, call - 1 - half), call + half));
  let k = from;
  while (k > 1 && centred(k - 1) <= bound) k--;
  return k;
}

/** Milliseconds to import the root entry in one fresh process. */
function importOnce() {
  const code = `const t0 = performance.now(); await import(${JSON.stringify(ROOT_ENTRY)}); console.log(JSON.stringify({ ms: performance.now() - t0 }));`;
  return runChild(['--input-type=module', '-e', code]).ms;
}

/**
 * Runs every measurement: `text` is the one text, `docs` the documents, `children` the number of
 * fresh processes per measurement (`imports` for the import time). `onProgress(message)` is called
 * before each. Returns `{ whole: { normalize, splitSentences }, docs: {...}, floor, importMs }`,
 * where a whole entry is `{ firstRatio, afterGcRatio, steadyMs }` and a docs entry
 * `{ calls, runs }`; `floor` is `{ whole, docs }`, the same two for the benchmark's table copy
 * loop: what the engine gives one small loop, the floor these targets are read against.
 */
export function measureColdStart({
  text,
  docs,
  children = 5,
  imports = 10,
  onProgress = () => {},
}) {
  const dir = mkdtempSync(join(tmpdir(), 'cold-start-'));
  try {
    const files = { text: join(dir, 'text.txt'), docs: join(dir, 'docs.json') };
    writeFileSync(files.text, text, 'utf8');
    writeFileSync(files.docs, JSON.stringify(docs), 'utf8');
    const result = { whole: {}, docs: {} };
    for (const name of ['normalize', 'splitSentences']) {
      const measured = measureFunction(name, files, children, onProgress);
      result.whole[name] = measured.whole;
      result.docs[name] = measured.docs;
    }
    result.floor = measureFunction('copyLoop', files, children, onProgress);
    onProgress(`import time: ${imports} fresh processes`);
    const importMs = [];
    for (let i = 0; i < imports; i++) importMs.push(importOnce());
    result.importMs = median(importMs);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first call, the call after a GC and the calls until steady of one function (see above). */
function measureFunction(name, files, children, onProgress) {
  onProgress(`cold start of ${name}: ${children} fresh processes on one text`);
  const runs = [];
  for (let i = 0; i < children; i++)
    runs.push(runChild(['--expose-gc', CHILD, 'whole', name, files.text]));
  const whole = {
    firstRatio: median(runs.map((r) => r.firstMs / r.steadyMs)),
    afterGcRatio: median(runs.map((r) => r.afterGcMs / r.steadyMs)),
    steadyMs: median(runs.map((r) => r.steadyMs)),
  };
  onProgress(`cold start of ${name}: ${children} fresh processes on 4 KB documents`);
  const calls = [];
  for (let i = 0; i < children; i++)
    calls.push(callsToSteady(runChild(['--expose-gc', CHILD, 'docs', name, files.docs]).perUnitNs));
  return { whole, docs: { calls: median(calls), runs: calls } };
}
