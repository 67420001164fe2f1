// What fully vowelled text costs `normalize`, against the peers on the same text: the benchmark's
// corpora are news, where a mark is rare; Quranic text, poetry and school books carry a mark on
// almost every letter, each of which the fused pass once stopped at. Prints MB/s and the ratios
// to arabic-text-normalizer and @persian-tools' normalizeText, measured in the same run:
//
//   node bench/vowelled.mjs [--size 100KB|1MB] [--runs 5] [--whole]
//
// The text: the clean corpus of that size (the fixtures as `standard` leaves them) with a mark
// after most Arabic letters, from a fixed seed: FATHA, DAMMA, KASRA or SUKUN on a letter inside a
// word, a tanween or one of those on the word's last letter, and SHADDA with a haraka on one
// letter in eight. Two variants differ only in where SHADDA goes:
//   in NFC order — the haraka, then SHADDA (their canonical order; `standard` leaves the text);
//   as typed     — SHADDA, then the haraka (as Arabic keyboards type them; NFC sorts them).
// The text is cut into documents of about 4 KB, one call each, as the main benchmark's `4KB docs`
// (with `--whole`, one call on the whole text: above 64K code units every contender's output is
// a string the engine allocates apart, whose cost on a shared machine swings from run to run).
// Each contender is timed in alternating rounds (`timeCorpus`, bench/timing.mjs); a figure is the
// median of the rounds' samples. Build first (`npm run build`): the package is read from dist/.

import * as persianTools from '@persian-tools/persian-tools';
import { normalize as atnNormalize } from 'arabic-text-normalizer';
import * as lib from '../dist/index.js';
import { buildCorpora, cutDocuments, prng } from './corpora.mjs';
import { corpusSize, flag, option } from './script-options.mjs';
import { mbps, perDocumentContender, timeCorpus } from './timing.mjs';

const size = corpusSize();
const runs = Number(option('--runs', '5'));
if (!(Number.isInteger(runs) && runs > 0)) throw new RangeError('--runs: a positive integer');
const whole = flag('--whole');

const VOWELLED_SEED = 0x70ca1;
const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0652'];
const TANWEEN = ['\u064b', '\u064c', '\u064d'];
const SHADDA = '\u0651';
const isArabicLetter = (c) => c >= '\u0621' && c <= '\u064a' && c !== '\u0640';

/** `text` with marks on its Arabic letters (see the header); `shaddaFirst`: SHADDA before the haraka. */
function vowel(text, shaddaFirst) {
  const random = prng(VOWELLED_SEED);
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    out += c;
    if (!isArabicLetter(c) || random() < 0.1) continue;
    const last = k + 1 === text.length || !isArabicLetter(text[k + 1]);
    const haraka =
      last && random() < 0.3
        ? TANWEEN[Math.floor(random() * 3)]
        : HARAKAT[Math.floor(random() * 4)];
    if (random() < 0.125 && haraka !== '\u0652') {
      out += shaddaFirst ? SHADDA + haraka : haraka + SHADDA;
    } else {
      out += haraka;
    }
  }
  return out;
}

const clean = buildCorpora({ sizes: [size], clean: (t) => lib.normalize(t) }).find(
  (c) => c.variant === 'clean',
).text;
const named = [
  ...['standard', 'search', 'minimal'].map((preset) => ({
    name: `normalize (${preset})`,
    fn: (t) => lib.normalize(t, { preset }),
  })),
  { name: 'arabic-text-normalizer', fn: (t) => atnNormalize(t) },
  { name: 'persian-tools normalizeText', fn: (t) => persianTools.normalizeText(t) },
];
const contenders = whole ? named : named.map(perDocumentContender);

const columns = ['MB/s', '÷ arabic-text-normalizer', '÷ persian-tools'];
const shape = whole ? 'whole text' : '4 KB documents';
console.log(`| ${size}, ${shape}, ${runs} runs | contender | ${columns.join(' | ')} |`);
console.log(`| --- | --- | ${columns.map(() => '---:').join(' | ')} |`);
const variants = [
  ['in NFC order', false],
  ['as typed', true],
].map(([variant, shaddaFirst]) => {
  const text = vowel(clean, shaddaFirst);
  return { variant, text, input: whole ? text : cutDocuments(text) };
});
// Every contender on both texts first, so that neither variant is timed while the engine still
// optimises what the other one reaches.
for (let round = 0; round < 3; round++) {
  for (const { input } of variants) for (const c of contenders) c.fn(input);
}
for (const { variant, text, input } of variants) {
  const times = timeCorpus(contenders, input, { runs });
  const atn = times.get('arabic-text-normalizer').medianMs;
  const pt = times.get('persian-tools normalizeText').medianMs;
  for (const [name, { medianMs }] of times) {
    const ratios = [atn / medianMs, pt / medianMs].map((r) => `${r.toFixed(2)}×`);
    console.log(
      `| ${variant} | ${name} | ${mbps(text.length, medianMs).toFixed(0)} | ${ratios.join(' | ')} |`,
    );
  }
}
