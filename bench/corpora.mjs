// Benchmark corpora, built at run time from the five documents in fixtures/.
//
// Each corpus is the documents repeated (separated by a blank line) to about the target size in
// UTF-16 bytes, in two variants:
//   clean — the documents as this library's `standard` preset leaves them, so that normalising
//           them again needs no change (checked by run.mjs);
//   noisy — the clean text with noise injected at a few percent of characters, with a fixed seed:
//           presentation forms, tatweel, zero-width and bidi controls, NBSP, Persian and
//           Arabic-Indic digits, Farsi letters, detached marks.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Share of eligible characters that receive one noise edit. */
export const NOISE_RATE = 0.04;
export const NOISE_SEED = 0x5eed2026;
/** Digits are rare in the documents (about 1%): they get a higher rate so that some change. */
export const DIGIT_NOISE_RATE = 0.3;

export const SIZES = Object.freeze({ '100KB': 100_000, '1MB': 1_000_000, '10MB': 10_000_000 });

/** The per-document corpora: a corpus cut into documents of about this many UTF-16 bytes. */
export const DOCUMENT_BYTES = 4_000;
/** The name of the per-document "size" (a column of the report, and the corpora `clean 4KB docs`...). */
export const PER_DOCUMENT = '4KB docs';

/** The five fixture documents, in file-name order. */
export function readDocuments() {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
}

/** Repeats `docs` (joined by a blank line) until the text is at least `bytes` UTF-16 bytes. */
export function repeatToSize(docs, bytes) {
  const parts = [];
  let units = 0;
  for (let i = 0; units * 2 < bytes; i++) {
    const doc = docs[i % docs.length];
    parts.push(doc);
    units += doc.length + 2;
  }
  return parts.join('\n\n');
}

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arabic letter → its presentation forms (from Unicode compatibility decompositions). */
function presentationForms() {
  const forms = new Map();
  const add = (from, to) => {
    const list = forms.get(from) ?? [];
    list.push(to);
    forms.set(from, list);
  };
  for (let cp = 0xfe80; cp <= 0xfefc; cp++) {
    const ch = String.fromCharCode(cp);
    const nfkc = ch.normalize('NFKC');
    if (nfkc !== ch) add(nfkc, ch);
  }
  return forms;
}

const FORMS = presentationForms();
const CONTROLS = [
  '\u200B', // ZERO WIDTH SPACE
  '\u200C', // ZERO WIDTH NON-JOINER
  '\u200D', // ZERO WIDTH JOINER
  '\u200E', // LEFT-TO-RIGHT MARK
  '\u200F', // RIGHT-TO-LEFT MARK
  '\u202B', // RIGHT-TO-LEFT EMBEDDING
  '\u202C', // POP DIRECTIONAL FORMATTING
  '\u2067', // RIGHT-TO-LEFT ISOLATE
  '\u2069', // POP DIRECTIONAL ISOLATE
  '\uFEFF', // ZERO WIDTH NO-BREAK SPACE (BOM)
];
const SPACES = ['\u00A0', '\u00A0', '\u202F', '\u2009']; // NBSP (twice as likely), NNBSP, THIN SPACE
const FARSI = new Map([
  ['\u064A', ['\u06CC']], // YEH → FARSI YEH
  ['\u0643', ['\u06A9']], // KAF → KEHEH
  ['\u0647', ['\u06BE', '\u06C1']], // HEH → HEH DOACHASHMEE, HEH GOAL
  ['\u0649', ['\u06CC']], // ALEF MAKSURA → FARSI YEH
]);
const MARKS = ['\u064B', '\u0651', '\u064E']; // FATHATAN, SHADDA, FATHA
/** Letters that do not join to the following letter: no tatweel after them. */
const NON_JOINING = new Set('اأإآٱدذرزوؤةء');

const isArabicLetter = (c) => c >= 0x0621 && c <= 0x064a;
const isAsciiDigit = (c) => c >= 0x30 && c <= 0x39;
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/**
 * Injects noise into `text` at `rate` of eligible characters with a fixed seed. Returns the noisy
 * text and a count of edits per kind.
 */
export function injectNoise(text, { rate = NOISE_RATE, seed = NOISE_SEED } = {}) {
  const rand = prng(seed);
  const counts = {
    presentation: 0,
    tatweel: 0,
    control: 0,
    space: 0,
    digit: 0,
    farsi: 0,
    detachedMark: 0,
  };
  const out = [];
  let runStart = 0;
  const emit = (i, replacement, skip) => {
    out.push(text.slice(runStart, i), replacement);
    runStart = i + skip;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ch = text[i];
    if (isAsciiDigit(c)) {
      if (rand() >= DIGIT_NOISE_RATE) continue;
      counts.digit++;
      emit(i, String.fromCharCode((rand() < 0.5 ? 0x0660 : 0x06f0) + c - 0x30), 1);
    } else if (c === 0x20) {
      if (rand() >= rate) continue;
      if (rand() < 0.6) {
        counts.space++;
        emit(i, pick(rand, SPACES), 1);
      } else {
        counts.control++;
        emit(i, ` ${pick(rand, CONTROLS)}`, 1);
      }
    } else if (isArabicLetter(c)) {
      if (rand() >= rate) continue;
      const next = text.charCodeAt(i + 1);
      // Weighted choice among the kinds of noise that fit this letter.
      const kinds = [];
      if (FORMS.has(ch)) kinds.push(['presentation', 1]);
      if (FARSI.has(ch)) kinds.push(['farsi', 5]);
      if (!NON_JOINING.has(ch) && isArabicLetter(next)) kinds.push(['tatweel', 0.5]);
      if (next === 0x20) kinds.push(['detachedMark', 1]);
      kinds.push(['control', 0.7]);
      let r = rand() * kinds.reduce((sum, [, weight]) => sum + weight, 0);
      let kind = 'control';
      for (const [name, weight] of kinds) {
        r -= weight;
        if (r < 0) {
          kind = name;
          break;
        }
      }
      counts[kind]++;
      if (kind === 'presentation') {
        if (ch === '\u0644' && text[i + 1] === '\u0627')
          emit(i, '\uFEFB', 2); // LAM WITH ALEF
        else emit(i, pick(rand, FORMS.get(ch)), 1);
      } else if (kind === 'farsi') emit(i, pick(rand, FARSI.get(ch)), 1);
      else if (kind === 'tatweel') emit(i, `${ch}\u0640`, 1);
      else if (kind === 'detachedMark') emit(i, `${ch} ${pick(rand, MARKS)}`, 1);
      else emit(i, `${pick(rand, CONTROLS)}${ch}`, 1);
    }
  }
  out.push(text.slice(runStart));
  return { text: out.join(''), counts };
}

/**
 * Builds the corpora. `clean` is a function returning clean text for the joined documents (run.mjs
 * passes this library's `normalize`), applied to the repeated documents. Returns `[{ name, size, variant, text, noise? }]`.
 */
export function buildCorpora({ sizes = Object.keys(SIZES), clean }) {
  const docs = readDocuments();
  const corpora = [];
  for (const size of sizes) {
    const text = clean(repeatToSize(docs, SIZES[size]));
    const noisy = injectNoise(text);
    corpora.push({ name: `clean ${size}`, size, variant: 'clean', text });
    corpora.push({
      name: `noisy ${size}`,
      size,
      variant: 'noisy',
      text: noisy.text,
      noise: noisy.counts,
    });
  }
  return corpora;
}

/**
 * Cuts `text` into documents of about `bytes` UTF-16 bytes, each ending just after a line break
 * (or a space, when a line is longer), so that no word is cut. Their concatenation is `text`.
 */
export function cutDocuments(text, bytes = DOCUMENT_BYTES) {
  const docs = [];
  const units = bytes / 2;
  let start = 0;
  while (start < text.length) {
    let end = start + units;
    if (end >= text.length) end = text.length;
    else {
      const line = text.lastIndexOf('\n', end);
      const space = text.lastIndexOf(' ', end);
      const cut = line > start + units / 2 ? line : space > start ? space : end - 1;
      end = cut + 1;
    }
    docs.push(text.slice(start, end));
    start = end;
  }
  return docs;
}

/**
 * The per-document corpora: `corpus` (clean or noisy) cut into ~4 KB documents, each to be
 * normalised by its own call. `text` is their concatenation (for the MB/s), `docs` the documents.
 * A clean document is passed through `clean` too: a cut at a blank line leaves a document that
 * ends in a blank line, which normalising changes (to one line break), so that about half of the
 * cut documents would not be clean.
 */
export function perDocument(corpus, clean) {
  let docs = cutDocuments(corpus.text);
  if (corpus.variant === 'clean' && clean) docs = docs.map(clean);
  const text = docs.join('');
  return { ...corpus, name: `${corpus.variant} ${PER_DOCUMENT}`, size: PER_DOCUMENT, docs, text };
}

/** UTF-16 megabytes of a string (2 bytes per code unit, 10^6 bytes per MB). */
export const megabytes = (text) => (text.length * 2) / 1e6;
