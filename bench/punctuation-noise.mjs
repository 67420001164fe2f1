// What punctuation that stage 3 must rewrite costs `normalize`: the benchmark's noisy corpus has
// none (its noise is presentation forms, controls, spaces, digits, Farsi letters, marks), so its
// stage 3 gate passes every line; real text has Latin commas and curly quotes, and there the gate
// stops and the scanner takes the line. Prints MB/s and the ratio to the corpus as it is:
//
//   node bench/punctuation-noise.mjs [--size 100KB|1MB] [--ms 1500]
//
// Cases, each on the noisy corpus (text of the built dist/, run `npx tsup` first):
// - as it is;
// - every other Arabic comma `،` made a Latin one (which `standard` makes `،` again);
// - every ASCII double quote made a curly one `“` (which `standard` makes `"`);
// - as it is with `punctuation: 'latin'` (every Arabic comma rewritten).
// Each figure is the median of 5 samples of about `--ms` milliseconds, the cases in alternating
// rounds.

import { performance } from 'node:perf_hooks';
import * as lib from '../dist/index.js';
import { buildCorpora } from './corpora.mjs';
import { corpusSize, option } from './script-options.mjs';
import { median } from './timing.mjs';

const size = corpusSize();
const sampleMs = Number(option('--ms', '1500')) / 5;
if (!(sampleMs > 0)) throw new RangeError('--ms: expected a positive number of milliseconds');

const noisy = buildCorpora({ sizes: [size], clean: (t) => lib.normalize(t) }).find(
  (c) => c.variant === 'noisy',
).text;
let commas = 0;
const cases = [
  ['as it is', noisy, undefined],
  [
    'every other Arabic comma Latin',
    noisy.replace(/\u060c/g, (comma) => (commas++ % 2 === 1 ? ',' : comma)),
    undefined,
  ],
  ['curly double quotes', noisy.replace(/"/g, '\u201c'), undefined],
  ["punctuation: 'latin'", noisy, { punctuation: 'latin' }],
];

/** Keeps every result alive long enough that no call can be optimised away. */
let sink = 0;

/** MB/s of `normalize(text, options)` over one sample of about {@link sampleMs}. */
function sample(text, options) {
  const t0 = performance.now();
  let calls = 0;
  do {
    sink ^= lib.normalize(text, options).length;
    calls++;
  } while (performance.now() - t0 < sampleMs);
  return (2 * text.length * calls) / 1e3 / (performance.now() - t0);
}

for (const [, text, options] of cases) for (let i = 0; i < 20; i++) sample(text, options);
const samples = cases.map(() => []);
for (let round = 0; round < 5; round++) {
  for (let k = 0; k < cases.length; k++) samples[k].push(sample(cases[k][1], cases[k][2]));
}
const base = median(samples[0]);
console.log(`| noisy ${size} | normalize (standard) MB/s | ÷ as it is |`);
console.log('| --- | ---: | ---: |');
cases.forEach(([name], k) => {
  const mbps = median(samples[k]);
  console.log(`| ${name} | ${mbps.toFixed(0)} | ${(mbps / base).toFixed(2)}× |`);
});
if (sink === 0.5) console.log(sink);
