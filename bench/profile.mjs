// Where the time goes: profiles one contender on the noisy 10 MB corpus and prints the functions
// with the most self time (from V8's CPU profile of this process).
//
//   node bench/profile.mjs [contender name, default "normalize (standard)"] [--clean] [--top N]
//
// Uses the built dist/ (run `npx tsup` first). The profile is taken with node:inspector, so no
// command-line flag is needed; `node --cpu-prof` on this script gives the same data as a file.

import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import * as lib from '../dist/index.js';
import { contenders } from './contenders.mjs';
import { buildCorpora } from './corpora.mjs';

const args = process.argv.slice(2);
const topArg = args.indexOf('--top');
const top = topArg >= 0 ? Number(args[topArg + 1]) : 15;
const name = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
const target = contenders().find((c) => c.name === (name ?? 'normalize (standard)'));
if (!target) {
  console.error(
    `unknown contender; one of:\n${contenders()
      .map((c) => `  ${c.name}`)
      .join('\n')}`,
  );
  process.exit(1);
}
const corpus = buildCorpora({ sizes: ['10MB'], clean: (t) => lib.normalize(t) }).find(
  (c) => c.variant === (args.includes('--clean') ? 'clean' : 'noisy'),
);

for (let i = 0; i < 3; i++) target.fn(corpus.text); // warm-up
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
const calls = 10;
for (let i = 0; i < calls; i++) target.fn(corpus.text);
const ms = (performance.now() - t0) / calls;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const self = new Map();
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
let total = 0;
for (const node of profile.nodes) {
  const us = dt.get(node.id) ?? 0;
  if (us === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? url.replace(/^.*\/(dist|bench|node_modules)\//, '$1/') : '';
  const key = `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
  self.set(key, (self.get(key) ?? 0) + us);
  total += us;
}
console.log(
  `${target.name} on ${corpus.name}: ${ms.toFixed(1)} ms per call, ` +
    `${((corpus.text.length * 2) / 1e3 / ms).toFixed(0)} MB/s (under the profiler)\n`,
);
console.log('self time  function');
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%     ${key}`);
}
