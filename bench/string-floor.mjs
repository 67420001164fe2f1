// What the engine charges for making one string of n code units, the cost every contender pays at
// least once per call for its output, whatever it does before:
//
//   node bench/string-floor.mjs [--ms 200]
//
// For each length: nanoseconds per code unit to decode a Uint16Array into a string (Node's
// `Buffer#toString('utf16le')`, which `normalize` uses, and `TextDecoder`, which the copy loop
// uses), and the benchmark's table copy loop (copy-loop.mjs) for reference, each the median of 5
// samples of about `--ms` milliseconds. Lengths straddle V8's large-object size (a string of
// 128 KB or more, about 65,500 code units, is allocated in fresh pages of its own rather than in
// the young generation, and each page is then faulted in) and go on past Node's external strings
// (a decode of over about 516K code units is copied into memory outside V8's heap). No library
// code runs: this is the floor under the 1 MB and 10 MB figures of run.mjs. On the development
// machine (docs/benchmarks.md) the large-object strings cost 5-9 ns a code unit to make, about
// 100 times a young one and most of the copy loop's time at 1 MB; 5M code units moved between runs.

import { performance } from 'node:perf_hooks';
import { copyLoop } from './copy-loop.mjs';
import { median } from './timing.mjs';

const LENGTHS = [16_384, 65_535, 65_537, 250_000, 500_000, 1_000_000, 5_000_000];
const SAMPLES = 5;
const msArg = process.argv.indexOf('--ms');
const sampleMs = msArg > 0 ? Number(process.argv[msArg + 1]) : 200;
if (!(sampleMs > 0)) throw new RangeError('--ms: expected a positive number of milliseconds');

const longest = LENGTHS[LENGTHS.length - 1];
// Arabic letters, spaces and a Persian digit now and then: text the copy loop maps in part.
const units = new Uint16Array(longest);
for (let i = 0; i < longest; i++)
  units[i] = i % 7 === 6 ? 0x20 : i % 97 === 0 ? 0x06f4 : 0x0627 + (i % 30);
const bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
const decoder = new TextDecoder('utf-16le');
const source = decoder.decode(units);

/** Keeps every result alive long enough that no call can be optimised away. */
let sink = 0;

/** Median nanoseconds per code unit of `make(n)` over {@link SAMPLES} samples. */
function nsPerUnit(n, make) {
  for (let i = 0; i < 3; i++) sink ^= make(n).length;
  const samples = [];
  for (let s = 0; s < SAMPLES; s++) {
    const t0 = performance.now();
    let calls = 0;
    do {
      const out = make(n);
      sink ^= out.charCodeAt(calls % n);
      calls++;
    } while (performance.now() - t0 < sampleMs);
    samples.push(((performance.now() - t0) * 1e6) / (calls * n));
  }
  return median(samples);
}

const contenders = [
  ['Buffer#toString', (n) => bytes.toString('utf16le', 0, 2 * n)],
  ['TextDecoder', (n) => decoder.decode(units.subarray(0, n))],
  ['table copy loop', (n) => copyLoop(source.slice(0, n))],
];

console.log(`| code units | ${contenders.map(([name]) => `${name} (ns/unit)`).join(' | ')} |`);
console.log(`| ---: | ${contenders.map(() => '---:').join(' | ')} |`);
for (const n of LENGTHS) {
  const cells = contenders.map(([, make]) => nsPerUnit(n, make).toFixed(2));
  console.log(`| ${n.toLocaleString('en-US')} | ${cells.join(' | ')} |`);
}
if (sink === 0.5) console.log(sink);
