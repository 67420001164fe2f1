// Everything the benchmark times: this library (built dist/), simple baselines, and the peers.
//
// A contender is { name, group, kind, fn, maxUnits? }:
//   kind 'normalize' — fn(text) returns a string;
//   kind 'split'     — fn(text) returns the sentences as an array (or a count, for Intl.Segmenter,
//                      whose segments are consumed while iterating);
//   kind 'scan'      — fn(text) returns a number (or a string, for the copy loop);
//   kind 'stage'     — one stage of this library alone (a partial job: not output-checked);
//   kind 'offsets'   — normalize with offsets (its text is normalize's, checked by the tests);
//   kind 'unicode'   — a Unicode normal form (not an Arabic normaliser: not output-checked);
//   kind 'digits'    — a digit converter (checked on digits only).
// `checks` (optional) lists the ids of the output checks (checks.mjs) that apply to it.
// `sentences(text)` (split kinds only) returns the sentence strings, for the correctness checks.

import * as persianTools from '@persian-tools/persian-tools';
// The build a Node user gets: `arabic-normalize` as Node resolves it (dist/node/index.js).
import * as lib from 'arabic-normalize';
import { normalize as atnNormalize } from 'arabic-text-normalizer';
import sbd from 'sbd';
import { segment as sentencexSegment } from 'sentencex';
import { copyLoop } from './copy-loop.mjs';

// ---------------------------------------------------------------------------------------------
// Baselines

/** Bare charCodeAt scan: the floor cost of looking at every code unit once. */
function bareScan(text) {
  let acc = 0;
  for (let i = 0; i < text.length; i++) acc ^= text.charCodeAt(i);
  return acc;
}

const toAscii = (base) => (d) => String.fromCharCode(d.charCodeAt(0) - base + 0x30);
const persianToAscii = toAscii(0x06f0);
const arabicIndicToAscii = toAscii(0x0660);
const nfkc = (m) => m.normalize('NFKC');
/** A chain of ten global regex replacements, the common way this is written. */
function regexChain(text) {
  return text
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g, '')
    .replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]/g, nfkc)
    .replace(/\u0640/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u06CC\u06D2]/g, '\u064A')
    .replace(/\u06A9/g, '\u0643')
    .replace(/[\u06BE\u06C1\u06D5]/g, '\u0647')
    .replace(/[\u06F0-\u06F9]/g, persianToAscii)
    .replace(/[\u0660-\u0669]/g, arabicIndicToAscii)
    .replace(/ {2,}/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Sentence splitters

const segmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });

/**
 * Intl.Segmenter, paragraph by paragraph: on one long string it is quadratic in Node 20's V8, so
 * the fair use (and the comparison reported) feeds it one line at a time.
 */
function segmenterByParagraph(text) {
  let count = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) for (const _ of segmenter.segment(text.slice(start, end))) count++;
    start = end + 1;
  }
  return count;
}

function segmenterWhole(text) {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

function segmenterSentences(text) {
  const out = [];
  for (const line of text.split('\n')) {
    for (const { segment } of segmenter.segment(line)) {
      const s = segment.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

const trimAll = (list) => list.map((s) => s.trim()).filter(Boolean);
const sbdOptions = { newline_boundaries: true };

// ---------------------------------------------------------------------------------------------

/** @returns {Array<{name: string, group: string, kind: string, fn: Function}>} */
export function contenders() {
  return [
    // this library
    {
      name: 'normalize (standard)',
      group: 'library',
      kind: 'normalize',
      fn: (t) => lib.normalize(t),
    },
    {
      name: 'normalize (search)',
      group: 'library',
      kind: 'normalize',
      fn: (t) => lib.normalize(t, { preset: 'search' }),
    },
    {
      name: 'normalize (minimal)',
      group: 'library',
      kind: 'normalize',
      fn: (t) => lib.normalize(t, { preset: 'minimal' }),
    },
    {
      name: 'normalizeWithOffsets (standard)',
      group: 'library',
      kind: 'offsets',
      fn: (t) => lib.normalizeWithOffsets(t).text,
    },
    { name: 'cleanUnicode', group: 'library', kind: 'stage', fn: (t) => lib.cleanUnicode(t) },
    { name: 'mapFarsiLetters', group: 'library', kind: 'stage', fn: (t) => lib.mapFarsiLetters(t) },
    {
      name: 'normalizePunctuation',
      group: 'library',
      kind: 'stage',
      fn: (t) => lib.normalizePunctuation(t),
    },
    { name: 'foldForSearch', group: 'library', kind: 'stage', fn: (t) => lib.foldForSearch(t) },
    {
      name: 'splitSentences',
      group: 'library',
      kind: 'split',
      fn: (t) => lib.splitSentences(t),
      sentences: (t) => lib.splitSentences(t).map((s) => s.text),
    },
    // baselines
    { name: 'bare charCodeAt scan', group: 'baseline', kind: 'scan', fn: bareScan },
    { name: 'table copy loop', group: 'baseline', kind: 'scan', fn: copyLoop },
    {
      name: "String#normalize('NFC')",
      group: 'baseline',
      kind: 'unicode',
      fn: (t) => t.normalize('NFC'),
    },
    {
      name: "String#normalize('NFKC')",
      group: 'baseline',
      kind: 'unicode',
      fn: (t) => t.normalize('NFKC'),
    },
    { name: 'regex chain (10 replaces)', group: 'baseline', kind: 'normalize', fn: regexChain },
    // peers
    {
      name: 'arabic-text-normalizer',
      group: 'peer',
      kind: 'normalize',
      fn: (t) => atnNormalize(t),
    },
    {
      name: 'persian-tools normalizeText',
      group: 'peer',
      kind: 'normalize',
      fn: (t) => persianTools.normalizeText(t),
    },
    {
      name: 'persian-tools digitsFaToEn',
      group: 'peer',
      kind: 'digits',
      fn: (t) => persianTools.digitsFaToEn(t),
      checks: ['persian-digits', 'number-kept', 'decimal'],
    },
    {
      name: 'persian-tools digitsArToEn',
      group: 'peer',
      kind: 'digits',
      fn: (t) => persianTools.digitsArToEn(t),
      checks: ['arabic-indic-digits', 'number-kept', 'decimal'],
    },
    {
      name: 'Intl.Segmenter (per paragraph)',
      group: 'peer',
      kind: 'split',
      fn: segmenterByParagraph,
      sentences: segmenterSentences,
    },
    {
      name: 'Intl.Segmenter (whole string)',
      group: 'peer',
      kind: 'split',
      fn: segmenterWhole,
      // Quadratic on one long string: timed on the 100 KB corpora only.
      maxUnits: 100_000,
    },
    {
      name: 'sentencex',
      group: 'peer',
      kind: 'split',
      fn: (t) => sentencexSegment('ar', t),
      sentences: (t) => trimAll(sentencexSegment('ar', t)),
    },
    {
      name: 'sbd',
      group: 'peer',
      kind: 'split',
      fn: (t) => sbd.sentences(t, sbdOptions),
      sentences: (t) => trimAll(sbd.sentences(t, sbdOptions)),
    },
  ];
}

export { bareScan, copyLoop, regexChain };
