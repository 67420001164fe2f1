// A small pipeline over the built package, run unchanged under Node (the oldest that `engines`
// allows, and the current one), Bun and Deno by test/runtimes/run.mjs. It uses no runtime API but
// the language and the WHATWG streams; it checks itself, then prints one JSON line that the
// runner compares byte for byte with what the current Node printed.
import { explain, normalize, splitSentencesInOriginal } from '../../dist/index.js';
import { splitSentences } from '../../dist/sentences.js';
import { createNormalizeStream, createSentenceStream } from '../../dist/stream.js';

// From the press releases in fixtures/: Farsi letters, a detached tanween, a full stop before its
// space, Persian digits, a presentation-form ligature, ZWNJ, NBSP, CRLF and guillemets.
const input =
  'بذلت قوات الأمن العراقیة جھدا ً جماعیا ًمن أجل ھزیمة داعش في أیلول ۲۰۱۸ .دعمت قوات\u00A0 التحالف\r\n' +
  '\uFEFB\u200Cتزال «داعش» تشكل تهديدا، لكن 90٪ من الأراضي تحررت?';

function fail(message) {
  throw new Error(`pipeline: ${message}`);
}

const normalized = normalize(input);
if (normalized === input) fail('normalize changed nothing');

// explain(): its changes, applied in order to the input, give normalize's output.
const changes = explain(input);
let rebuilt = '';
let at = 0;
for (const change of changes) {
  rebuilt += input.slice(at, change.inputStart) + change.after;
  at = change.inputEnd;
}
rebuilt += input.slice(at);
if (rebuilt !== normalized) fail('explain() does not rebuild normalize()');

// Sentences, with offsets into the normalised text and into the input.
const sentences = splitSentences(normalized);
for (const s of sentences) {
  if (normalized.slice(s.start, s.end) !== s.text) fail('a sentence is not its own span');
}
const original = splitSentencesInOriginal(input);

// Streams: the input in chunks of 7 code units through both transform streams.
async function streamed() {
  const chunks = [];
  for (let i = 0; i < input.length; i += 7) chunks.push(input.slice(i, i + 7));
  const source = new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const [forText, forSentences] = source.pipeThrough(createNormalizeStream()).tee();
  let text = '';
  for await (const piece of forText) text += piece;
  const found = [];
  for await (const s of forSentences.pipeThrough(createSentenceStream())) found.push(s);
  return { text, sentences: found };
}
const stream = await streamed();
if (stream.text !== normalized) fail('the normalize stream differs from normalize()');
if (JSON.stringify(stream.sentences) !== JSON.stringify(sentences)) {
  fail('the sentence stream differs from splitSentences()');
}

const rules = {};
for (const change of changes) rules[change.rule] = (rules[change.rule] ?? 0) + 1;
console.log(
  JSON.stringify({
    normalized,
    search: normalize(input, { preset: 'search' }),
    rules,
    sentences: sentences.map((s) => [s.start, s.end]),
    original: original.map((s) => [s.originalStart, s.originalEnd]),
  }),
);
