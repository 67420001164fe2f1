// Splits a document into sentences of its normalised text and aligns each one with the span of the
// original document it came from: the offsets a highlighter or an annotation tool needs.
//
//   node examples/sentences-with-offsets.mjs [file.txt]
//
// Default: the PDF extraction in fixtures/001_c071b164ffc9d72d.txt.
import { readFileSync } from 'node:fs';
import { normalizeWithOffsets, splitSentencesInOriginal } from 'arabic-normalize';

const path = process.argv[2] ?? new URL('../fixtures/001_c071b164ffc9d72d.txt', import.meta.url);
const original = readFileSync(path, 'utf8');

const sentences = splitSentencesInOriginal(original);
for (const s of sentences.slice(0, 8)) {
  const raw = original.slice(s.originalStart, s.originalEnd);
  console.log(`[${s.start}, ${s.end}) ← original [${s.originalStart}, ${s.originalEnd})`);
  console.log(`  clean:    ${s.text}`);
  if (raw !== s.text) console.log(`  original: ${raw.replaceAll('\n', '⏎')}`);
}
console.log(`… ${sentences.length} sentences in all`);

// The same alignment, for any span: where a word of the clean text came from in the original.
const { text, toOriginalSpan } = normalizeWithOffsets(original);
const word = 'داعش';
const at = text.indexOf(word);
const [from, to] = toOriginalSpan(at, at + word.length);
console.log(
  `\n"${word}" at [${at}, ${at + word.length}) of the clean text is "${original.slice(from, to)}" at [${from}, ${to}) of the original`,
);

// Spans are in order, do not overlap, and stay within the original.
let end = 0;
for (const s of sentences) {
  if (s.originalStart < end || s.originalEnd > original.length) throw new Error('bad span');
  end = s.originalEnd;
}
