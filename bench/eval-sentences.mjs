// Sentence-splitting accuracy on public Arabic test suites from other projects (pySBD, sentencex,
// yasbd), read at run time from ../shared/peer-suites/sentences/ (never copied into this project),
// and on this project's own labelled examples of each class of real-text difficulty and its
// hand-split passages (test/sentences/corpus/), raw and after `normalize`.
//
//   npm run eval:sentences          (builds dist/ first)
//   node bench/eval-sentences.mjs [--verbose] [--update FILE]   (needs a current dist/)
//
// --update FILE rewrites the Markdown tables between the markers
// `<!-- eval:sentences:start -->` and `<!-- eval:sentences:end -->` in FILE (README.md or a docs
// page) with this run's numbers.
//
// Set SENTENCE_SUITES=/path/to/folder to read the cases from elsewhere.
//
// For each contender it prints the exact-match rate (the whole trimmed sentence list equals the
// expected one) and boundary precision, recall and F1 (a boundary is the offset in the input where
// a sentence other than the first begins). Cases are deduplicated by text and expected list; a case
// tagged with a convention this project does not share (splitting at `:` or `،`) is reported apart,
// and so is a case every copy of which is disabled upstream.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sbd from 'sbd';
import { segment as sentencexSegment } from 'sentencex';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suitesDir = process.env.SENTENCE_SUITES
  ? resolve(process.env.SENTENCE_SUITES)
  : resolve(root, '..', 'shared', 'peer-suites', 'sentences');
const verbose = process.argv.includes('--verbose');

const haveSuites = existsSync(suitesDir);
const distEntry = join(root, 'dist', 'index.js');
if (!existsSync(distEntry)) {
  console.error('dist/index.js is missing: run `npm run build` (or `npm run eval:sentences`).');
  process.exit(1);
}
const { splitSentences, splitSentencesInOriginal } = await import(distEntry);

// ---- cases ---------------------------------------------------------------------------------

/** Reads every suite file and merges copies of the same case (same text, same expected list). */
function loadCases() {
  const byKey = new Map();
  const files = readdirSync(suitesDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  let entries = 0;
  const disabledIds = [];
  for (const file of files) {
    for (const entry of JSON.parse(readFileSync(join(suitesDir, file), 'utf8'))) {
      entries++;
      if (entry.disabled === true) disabledIds.push(entry.id);
      const key = `${entry.text}\u0000${JSON.stringify(entry.sentences)}`;
      const tags = entry.tags ?? [];
      const known = byKey.get(key);
      if (known) {
        known.ids.push(entry.id);
        for (const tag of tags) if (!known.tags.includes(tag)) known.tags.push(tag);
        known.disabled &&= entry.disabled === true;
      } else {
        byKey.set(key, {
          ids: [entry.id],
          text: entry.text,
          expected: entry.sentences,
          tags: [...tags],
          disabled: entry.disabled === true,
        });
      }
    }
  }
  return { files, entries, disabledIds, cases: [...byKey.values()] };
}

// ---- contenders ----------------------------------------------------------------------------

const segmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });
const trimmed = (list) => list.map((s) => s.trim()).filter((s) => s !== '');

/** Peers with their installed versions, for the tables. */
function displayName(name) {
  if (name.startsWith('Intl')) return `\`${name}\``;
  try {
    const { version } = JSON.parse(
      readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
    );
    return `${name} ${version}`;
  } catch {
    return name;
  }
}

const contenders = [
  { name: 'arabic-normalize', split: (text) => splitSentences(text).map((s) => s.text) },
  {
    name: "Intl.Segmenter('ar')",
    split: (text) => trimmed(Array.from(segmenter.segment(text), (s) => s.segment)),
  },
  { name: 'sentencex', split: (text) => trimmed(sentencexSegment('ar', text)) },
  { name: 'sbd', split: (text) => trimmed(sbd.sentences(text, { newline_boundaries: true })) },
];

// ---- scoring -------------------------------------------------------------------------------

/**
 * Offsets where the 2nd, 3rd, ... sentence begins, found by locating each sentence in the text in
 * order. A sentence that cannot be found (the splitter changed its text) counts at the cursor.
 */
function boundariesOf(text, sentences) {
  const starts = [];
  let cursor = 0;
  for (const sentence of sentences) {
    let at = text.indexOf(sentence, cursor);
    if (at < 0) at = text.indexOf(sentence.slice(0, 12), cursor);
    if (at < 0) at = cursor;
    starts.push(at);
    cursor = at + Math.max(1, sentence.length);
  }
  return new Set(starts.slice(1));
}

function score(contender, cases) {
  const result = { exact: 0, tp: 0, fp: 0, fn: 0, falseIn: [], wrong: [] };
  for (const c of cases) {
    let got;
    try {
      got = contender.split(c.text);
    } catch (error) {
      got = [`<threw ${error}>`];
    }
    if (JSON.stringify(got) === JSON.stringify(c.expected)) result.exact++;
    else result.wrong.push({ c, got });
    const gold = boundariesOf(c.text, c.expected);
    const predicted = boundariesOf(c.text, got);
    let fp = 0;
    for (const b of predicted) {
      if (gold.has(b)) result.tp++;
      else fp++;
    }
    for (const b of gold) if (!predicted.has(b)) result.fn++;
    result.fp += fp;
    if (fp > 0) result.falseIn.push(c.ids[0]);
  }
  return result;
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const ratio = (a, b) => (b === 0 ? 1 : a / b);

function report(title, cases) {
  console.log(`\n${title}: ${cases.length} case(s)`);
  if (cases.length === 0) return;
  const rows = contenders.map((contender) => {
    const r = score(contender, cases);
    const precision = ratio(r.tp, r.tp + r.fp);
    const recall = ratio(r.tp, r.tp + r.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { contender, r, precision, recall, f1 };
  });
  const header = ['splitter', 'exact', 'precision', 'recall', 'F1', 'false boundaries'];
  const table = rows.map(({ contender, r, precision, recall, f1 }) => [
    contender.name,
    `${r.exact}/${cases.length} (${pct(r.exact / cases.length)})`,
    pct(precision),
    pct(recall),
    pct(f1),
    r.fp === 0 ? '0' : `${r.fp} in ${r.falseIn.length} case(s)`,
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...table.map((row) => row[k].length)));
  const line = (cells) => `  ${cells.map((cell, k) => cell.padEnd(widths[k])).join('  ')}`;
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
  const own = rows[0].r;
  if (own.falseIn.length > 0)
    console.log(`  false boundaries of ${rows[0].contender.name} in: ${own.falseIn.join(', ')}`);
  for (const { c, got } of verbose ? own.wrong : []) {
    console.log(`  ${c.ids.join(' = ')} differs:\n    got:      ${JSON.stringify(got)}`);
    console.log(`    expected: ${JSON.stringify(c.expected)}`);
  }
  return rows;
}

const markdown = [];
if (haveSuites) {
  const { files, entries, disabledIds, cases } = loadCases();
  console.log(`Peer suites: ${suitesDir}`);
  console.log(
    `${entries} entries in ${files.join(', ')}; ${cases.length} distinct cases after merging copies`,
  );
  const untagged = cases.filter((c) => c.tags.length === 0 && !c.disabled);
  const untaggedRows = report(
    'Untagged cases (the target: 100% exact, no false boundary)',
    untagged,
  );
  report(
    'Convention-tagged cases (they split at `:` or `،`; this project does not)',
    cases.filter((c) => c.tags.length > 0),
  );
  const mergedInto = (id) => cases.find((c) => c.ids.includes(id));
  console.log(
    `\nDisabled upstream: ${disabledIds
      .map((id) => {
        const c = mergedInto(id);
        if (c.ids[0] !== id) return `${id} (same case as ${c.ids[0]}, scored there)`;
        return c.tags.length > 0 ? `${id} (convention-tagged, scored there)` : id;
      })
      .join('; ')}`,
  );
  report(
    'Disabled upstream, untagged, with no enabled copy',
    cases.filter((c) => c.tags.length === 0 && c.disabled),
  );
  const allRows = report('All distinct cases', cases);
  markdown.push(
    `| splitter | exact, ${untagged.length} untagged cases | boundary precision / recall | false boundaries (all ${cases.length}) |`,
    '| --- | --- | --- | --- |',
    ...untaggedRows.map(({ contender, r, precision, recall }, k) => {
      const exact = `${r.exact}/${untagged.length} (${pct(r.exact / untagged.length)})`;
      const name = k === 0 ? '`splitSentences`' : displayName(contender.name);
      return `| ${name} | ${exact} | ${pct(precision)} / ${pct(recall)} | ${allRows[k].r.fp} |`;
    }),
    '',
  );
} else {
  console.log(`No peer suites at ${suitesDir}: peer cases skipped.`);
}

// ---- own labelled classes and passages ---------------------------------------------------------

const corpusDir = join(root, 'test', 'sentences', 'corpus');
const labelled = JSON.parse(readFileSync(join(corpusDir, 'classes.json'), 'utf8'));
const passages = JSON.parse(readFileSync(join(corpusDir, 'passages.json'), 'utf8'));

/** Where each of `sentences` starts in `text`, found in order. */
function startsIn(text, sentences) {
  let cursor = 0;
  return sentences.map((sentence) => {
    const at = text.indexOf(sentence, cursor);
    cursor = at + sentence.length;
    return at;
  });
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Exact on the raw text, and boundaries of the normalised text mapped back equal to the labels. */
function scoreOwn(items) {
  let raw = 0;
  let normalised = 0;
  const peers = contenders.slice(1).map(() => 0);
  const wrong = [];
  for (const item of items) {
    const got = splitSentences(item.text, item.options).map((s) => s.text);
    if (same(got, item.sentences)) raw++;
    else wrong.push({ item, got, mode: 'raw' });
    const mapped = splitSentencesInOriginal(item.text, undefined, item.options).map(
      (s) => s.originalStart,
    );
    if (same(mapped, startsIn(item.text, item.sentences))) normalised++;
    else wrong.push({ item, got: mapped, mode: 'normalised (starts)' });
    contenders.slice(1).forEach((contender, k) => {
      let peer;
      try {
        peer = contender.split(item.text);
      } catch {
        peer = [];
      }
      if (same(peer, item.sentences)) peers[k]++;
    });
  }
  return { raw, normalised, peers, wrong };
}

const ownGroups = [
  ...[...new Set(labelled.map((c) => c.class))].map((name) => [
    name,
    labelled.filter((c) => c.class === name),
  ]),
  ['hand-split passages', passages],
];
const ownHeader = [
  'class',
  'cases',
  'raw',
  'normalised',
  ...contenders.slice(1).map((c) => c.name),
];
const ownRows = ownGroups.map(([name, items]) => {
  const r = scoreOwn(items);
  const n = items.length;
  const cell = (x) => `${x}/${n}`;
  return {
    name,
    n,
    r,
    cells: [name, String(n), cell(r.raw), cell(r.normalised), ...r.peers.map(cell)],
  };
});
console.log(
  `\nOwn labelled examples per class and hand-split passages (${corpusDir}):` +
    '\n  raw: exact on the raw text; normalised: the boundaries of normalize(text), mapped back, are the labelled ones' +
    '\n  (peers are run on the raw text, without options)',
);
const widths = ownHeader.map((h, k) =>
  Math.max(h.length, ...ownRows.map((row) => row.cells[k].length)),
);
const ownLine = (cells) => `  ${cells.map((cell, k) => cell.padEnd(widths[k])).join('  ')}`;
console.log(ownLine(ownHeader));
console.log(ownLine(widths.map((w) => '-'.repeat(w))));
for (const row of ownRows) console.log(ownLine(row.cells));
for (const row of verbose ? ownRows : []) {
  for (const { item, got, mode } of row.r.wrong) {
    console.log(`  ${row.name} (${mode}) differs: ${JSON.stringify(item.text).slice(0, 80)}`);
    console.log(`    got:      ${JSON.stringify(got)}`);
  }
}
markdown.push(
  `| class | cases | \`splitSentences\` raw | after \`normalize\` | ${contenders
    .slice(1)
    .map((c) => displayName(c.name))
    .join(' | ')} |`,
  `| --- | --- | --- | --- | ${contenders
    .slice(1)
    .map(() => '---')
    .join(' | ')} |`,
  ...ownRows.map((row) => `| ${row.cells.join(' | ')} |`),
);

const updateAt = process.argv.indexOf('--update');
if (updateAt >= 0) {
  const file = resolve(process.argv[updateAt + 1]);
  const START = '<!-- eval:sentences:start -->';
  const END = '<!-- eval:sentences:end -->';
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) {
    console.error(`${file} has no ${START} ... ${END} block to update`);
    process.exit(1);
  }
  const day = new Date().toISOString().slice(0, 10);
  const block = `${START}\n<!-- generated by \`node bench/eval-sentences.mjs --update\` on ${day}: do not edit -->\n\n${markdown.join('\n')}\n\n`;
  writeFileSync(file, text.slice(0, from) + block + text.slice(to), 'utf8');
  console.log(`\nUpdated the accuracy tables in ${file}`);
}
