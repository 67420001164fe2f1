// Compares two builds of this library call by call, so that a rewrite for speed can show that it
// changed no behaviour:
//
//   node scripts/compare-builds.mjs <distA> <distB> [--texts N] [--seed S]
//
// Each dist is a directory holding a tsup build (`index.js` and the subpath entries; `npm run build`
// then copy `dist/` and give the copy a package.json of {"type":"module"}). Every public function
// is called on the same inputs in both builds, and the results (or the thrown error's class and
// message) must be deep-equal. Inputs: fixtures/, the bench corpora, ../shared/peer-suites and
// ../shared/real-text (read where they are, skipped when absent), the strings quoted in README.md
// and docs/, N (default 1000) random hostile texts, about 30 long texts and a few edge cases.
// Options: every preset, and option sets drawn from the schema (src/options/schema.ts) with a
// seeded PRNG, so a run is repeatable given the seed. A first call in a fresh process is compared
// too, since caches and warm-up differ there. Prints the number of checks and `differences: N`,
// lists the first differences, and exits 1 when there is one (2 on bad arguments).

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { cutDocuments, injectNoise, prng, readDocuments, repeatToSize } from '../bench/corpora.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '..', 'shared');
const USAGE = 'usage: node scripts/compare-builds.mjs <distA> <distB> [--texts N] [--seed S]';
const SUBPATH_ENTRIES = ['unicode', 'letters', 'punctuation', 'sentences', 'stream'];
const PRESET_NAMES = ['standard', 'search', 'minimal'];
/** How many differences are printed in full; the rest are only counted. */
const SHOWN_DIFFERENCES = 20;
/** Random option mixes added to the single-option sweep, to reach about 100 normalize option sets. */
const RANDOM_MIXES = 56;
const LONG_TEXTS = 30;
const LONG_TEXT_MAX_UNITS = 300_000;

// ---------------------------------------------------------------------------------------------
// Arguments

/** Reads the command line; prints the usage and exits 2 when it is not understood. */
function parseArguments(argv) {
  const positional = [];
  const settings = { texts: 1000, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--texts' || arg === '--seed') {
      const value = argv[++i];
      if (value === undefined || !/^(0x[0-9a-f]+|\d+)$/i.test(value)) {
        failUsage(`${arg} needs a non-negative integer`);
      }
      settings[arg.slice(2)] = Number(value);
    } else if (arg.startsWith('--')) failUsage(`unknown flag ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) failUsage('give two dist directories');
  const [distA, distB] = positional.map((dir) => resolve(dir));
  for (const dir of [distA, distB]) {
    if (!existsSync(join(dir, 'index.js'))) failUsage(`${dir} holds no index.js`);
  }
  return { distA, distB, ...settings };
}

function failUsage(message) {
  console.error(`compare-builds: ${message}\n${USAGE}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Randomness: the bench's seeded PRNG (mulberry32, `prng`), so that the inputs depend on the seed
// alone

const randomInt = (rand, below) => Math.floor(rand() * below);
const pick = (rand, list) => list[randomInt(rand, list.length)];
const pickSome = (rand, list, count) => Array.from({ length: count }, () => pick(rand, list));
const char = (code) => String.fromCodePoint(code);
const charIn = (rand, from, to) => char(from + randomInt(rand, to - from + 1));

// ---------------------------------------------------------------------------------------------
// Builds

/** The root module and the subpath entries of a dist, plus its `node/` entries when present. */
async function loadBuild(dir) {
  const load = (file) => import(pathToFileURL(join(dir, file)).href);
  const entries = {};
  for (const name of SUBPATH_ENTRIES) entries[name] = await load(`${name}.js`);
  if (existsSync(join(dir, 'node', 'index.js'))) {
    entries['node/index'] = await load('node/index.js');
    for (const name of SUBPATH_ENTRIES) entries[`node/${name}`] = await load(`node/${name}.js`);
  }
  return { dir, root: await load('index.js'), entries };
}

/**
 * The option schema, from the source (the dists do not export it): src/options/schema.ts holds
 * only type imports, so transpiling it alone gives a module that runs.
 */
async function loadOptionSpecs() {
  const source = readFileSync(join(ROOT, 'src', 'options', 'schema.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const module = await import(`data:text/javascript,${encodeURIComponent(outputText)}`);
  return module.OPTION_SPECS;
}

// ---------------------------------------------------------------------------------------------
// Option sets

/** Every preset (by name and as its object), each option's every value alone, and random mixes. */
function normalizeOptionSets(specs, presets, rand) {
  const sets = [undefined, {}];
  for (const name of PRESET_NAMES) sets.push({ preset: name }, presets[name]);
  for (const [option, spec] of Object.entries(specs)) {
    for (const value of spec.values) sets.push({ [option]: value });
  }
  for (let k = 0; k < RANDOM_MIXES; k++) sets.push(randomMix(specs, Object.keys(specs), rand));
  return sets;
}

/** Some of `names` with random allowed values, on a random preset or none; now and then an explicit undefined. */
function randomMix(specs, names, rand) {
  const options = {};
  const preset = randomInt(rand, 4);
  if (preset < 3) options.preset = PRESET_NAMES[preset];
  for (const name of names) {
    const roll = rand();
    if (roll < 0.45) options[name] = pick(rand, specs[name].values);
    else if (roll < 0.5) options[name] = undefined;
  }
  return options;
}

/** Option sets of one stage function: only that stage's options (and `preset`) are accepted. */
function stageOptionSets(specs, stage, rand) {
  const names = Object.keys(specs).filter((name) => specs[name].stage === stage);
  const sets = [undefined, {}, ...PRESET_NAMES.map((preset) => ({ preset }))];
  for (const name of names) {
    for (const value of specs[name].values) sets.push({ [name]: value });
  }
  for (let k = 0; k < 16; k++) sets.push(randomMix(specs, names, rand));
  return sets;
}

/** Options of splitSentences and createSentenceStream (src/sentences/split-options.ts). */
function splitOptionSets() {
  return [
    undefined,
    {},
    { hardWrapped: true },
    { hardWrapped: false },
    { abbreviations: [] },
    { abbreviations: ['وز', 'Corp'] },
    { abbreviations: ['Dipl.Ing.', 'ت', 'ص.ب'], hardWrapped: true },
    { abbreviations: ['مثلا', 'e.g'], hardWrapped: false },
  ];
}

/** Arguments that must throw: the error's class and message are compared too. */
const BAD_OPTIONS = [
  null,
  'standard',
  [],
  { preset: 'strict' },
  { preset: 3 },
  { digits: 'roman' },
  { digits: 3 },
  { foldAlef: 'yes' },
  { colour: 'red' },
];
const BAD_SPLIT_OPTIONS = [
  null,
  [],
  { hardWrapped: 'yes' },
  { abbreviations: 'ت' },
  { abbreviations: ['a b'] },
  { abbreviations: ['.x'] },
  { abbreviations: [''] },
  { preset: 'standard' },
];
const BAD_TEXTS = [undefined, null, 42, {}, ['نص']];

// ---------------------------------------------------------------------------------------------
// Texts

/** Every file under `dir` (sorted, recursively), read as UTF-8; none when `dir` is absent. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** Every string in a JSON value, keys included (test cases hold their texts under varied keys). */
function stringsIn(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, out);
    }
  }
  return out;
}

/**
 * The texts of the shared suites, read where they are (never copied into this project). Short
 * strings, such as the words of a frequency list, are joined into lines of 32 so that thousands
 * of single words cost a few hundred calls; a word still meets its word boundaries there.
 */
function sharedTexts() {
  const texts = [];
  for (const path of [
    ...filesUnder(join(SHARED, 'peer-suites')),
    ...filesUnder(join(SHARED, 'real-text')),
  ]) {
    const content = readFileSync(path, 'utf8');
    const strings = path.endsWith('.json') ? stringsIn(JSON.parse(content)) : [content];
    const unique = [...new Set(strings)];
    texts.push(...unique.filter((s) => s.length > 24));
    const short = unique.filter((s) => s.length <= 24);
    for (let k = 0; k < short.length; k += 32) {
      const separator = [' ', '\n', '، '][(k / 32) % 3];
      texts.push(short.slice(k, k + 32).join(separator));
    }
  }
  return texts;
}

const QUOTED = /'((?:[^'\\\n]|\\.)+)'|`([^`\n]+)`/g;
const HAS_ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** The quoted strings and code spans with Arabic in them in README.md and docs/, their escapes read. */
function documentationExamples() {
  const files = [join(ROOT, 'README.md'), ...filesUnder(join(ROOT, 'docs'))];
  const examples = new Set();
  for (const path of files.filter((file) => file.endsWith('.md'))) {
    for (const match of readFileSync(path, 'utf8').matchAll(QUOTED)) {
      const text = match[1] ?? match[2];
      if (HAS_ARABIC.test(text)) examples.add(unescapeExample(text));
    }
  }
  return [...examples];
}

function unescapeExample(text) {
  return text
    .replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex) => char(Number.parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex) => char(Number.parseInt(hex, 16)))
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t');
}

/**
 * The bench corpora (bench/corpora.mjs) at small sizes: the five documents repeated, clean (as
 * build A's `standard` leaves them, as the bench makes them) and with the bench's noise, cut into
 * documents of about 4 KB as the per-document corpus is.
 */
function corpusTexts(normalize) {
  const documents = readDocuments();
  const clean = normalize(repeatToSize(documents, 100_000));
  const noisy = injectNoise(clean).text;
  return {
    documents,
    clean,
    noisy,
    small: [...cutDocuments(clean).slice(0, 12), ...cutDocuments(noisy).slice(0, 24)],
  };
}

/** Every fixture file (documents, expected outputs, checksums). */
const fixtureTexts = () => filesUnder(join(ROOT, 'fixtures')).map((p) => readFileSync(p, 'utf8'));

const EDGE_TEXTS = [
  '',
  'ا',
  ' ',
  '\n',
  'ً',
  'ـ',
  '\u200c',
  '\ud83d',
  '\ude00',
  '😀',
  '   \t  ',
  '\n\n\n',
  '\r\n\r\n',
  ' \u00a0\u2003\u3000 ',
  '\u2028\u2029',
];

// ---------------------------------------------------------------------------------------------
// Hostile texts: each generator returns one token; a text is tokens with random separators

const ARABIC_LETTERS = [0x0621, 0x064a];
const PERSIAN_LETTERS = 'یکهۀېےڪھگپچژۆۇۃۂەۓڭڤٹڈڑںیٔكي';
const MARKS = [0x064b, 0x065f];
const QURANIC_MARKS = [0x06d6, 0x06ed];
const CONTROLS =
  '\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u200b\u00ad\u2060';
const ODD_SPACES =
  '\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u3000\u1680\u205f\t';
const LINE_BREAKS = [
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\n\n',
  '\n\n\n',
  '\u0085',
  '\v',
  '\f',
];
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0];
const PUNCTUATION = [
  ',',
  '،',
  ';',
  '؛',
  '?',
  '؟',
  '!',
  '.',
  ':',
  '…',
  '...',
  '?!',
  '؟؟',
  '٬',
  '٫',
  '.،',
];
const QUOTES = ['"', '“', '”', '«', '»', "'", '‘', '’', '„', '‹', '›'];
const DASHES = ['-', '–', '—', '‐', '‑', '‒', '−', '﹣', '－', '--', 'ـ'];
const LINKS = [
  'https://example.com/path?q=ع&x=1.5',
  'http://ex.com/a.b/ك',
  'www.site.org.sa',
  'user.name@mail.co.uk',
  'علي@مثال.كوم',
  'report_2024.pdf',
  'ملف.txt',
  'C:\\dir\\f.doc',
  './a/b.js',
  '#وسم',
  '@حساب',
];
const MARKUP = [
  '<b>',
  '</b>',
  '<a href="http://y">',
  '`code`',
  '[x](http://y)',
  '**',
  '&nbsp;',
  '<br/>',
];
const ASTRAL = ['😀', '👍🏽', '🇸🇦', '1️⃣', '👨‍👩‍👧', '𞸀', '𞸨', '𐹠', '𝐀', '🏳️‍🌈', '\u{e0061}'];
const ABBREVIATIONS = [
  'د.',
  'أ.د.',
  'ص.ب.',
  'U.S.A.',
  'ت.',
  'م.',
  'ج.م.ع.',
  'Mr.',
  'e.g.',
  'ق.م',
  'هـ',
  'ع.',
  'No.',
  'ا.ب.ت',
];
const LATIN_WORDS = ['hello', 'iPhone', 'Corp', 'NASA', 'ok', 'H2O', 'x'];

function arabicWord(rand) {
  let word = '';
  const length = 1 + randomInt(rand, 7);
  for (let k = 0; k < length; k++) {
    word += charIn(rand, ...ARABIC_LETTERS);
    if (rand() < 0.2) word += charIn(rand, ...MARKS);
  }
  return word;
}

function persianWord(rand) {
  let word = '';
  const length = 1 + randomInt(rand, 6);
  for (let k = 0; k < length; k++) {
    word += rand() < 0.5 ? pick(rand, PERSIAN_LETTERS) : charIn(rand, ...ARABIC_LETTERS);
    if (rand() < 0.15) word += '\u200c';
  }
  return word;
}

/** A mark with no letter before it (the caller's separator or the text start precedes it), or a run of them. */
const orphanMarks = (rand) =>
  Array.from({ length: 1 + randomInt(rand, 3) }, () =>
    rand() < 0.7 ? charIn(rand, ...MARKS) : charIn(rand, ...QURANIC_MARKS),
  ).join('');

const tatweelRun = (rand) =>
  `${charIn(rand, ...ARABIC_LETTERS)}${'ـ'.repeat(1 + randomInt(rand, 6))}${rand() < 0.7 ? charIn(rand, ...ARABIC_LETTERS) : ''}`;

const presentationForms = (rand) =>
  Array.from({ length: 1 + randomInt(rand, 5) }, () =>
    rand() < 0.5 ? charIn(rand, 0xfb50, 0xfdff) : charIn(rand, 0xfe70, 0xfeff),
  ).join('');

function number(rand) {
  const zeros = rand() < 0.75 ? [pick(rand, DIGIT_ZEROS)] : DIGIT_ZEROS;
  const digits = (count) =>
    Array.from({ length: count }, () => char(pick(rand, zeros) + randomInt(rand, 10))).join('');
  let text = digits(1 + randomInt(rand, 5));
  if (rand() < 0.4)
    text += pick(rand, ['.', ',', '٫', '٬', '/', ':', '-']) + digits(1 + randomInt(rand, 3));
  if (rand() < 0.25) text += pick(rand, ['%', '٪', '‰', ' %', ' ٪']);
  if (rand() < 0.1) text = `${pick(rand, ['+', '-', '−', '$'])}${text}`;
  return text;
}

const elongatedWord = (rand) => {
  const letter = charIn(rand, ...ARABIC_LETTERS);
  return `${arabicWord(rand)}${letter.repeat(3 + randomInt(rand, 6))}${rand() < 0.5 ? arabicWord(rand) : ''}`;
};

const loneSurrogate = (rand) =>
  rand() < 0.5 ? charIn(rand, 0xd800, 0xdbff) : charIn(rand, 0xdc00, 0xdfff);

/** Token generators with their weights. */
const TOKENS = [
  [6, arabicWord],
  [3, persianWord],
  [1, orphanMarks],
  [1, tatweelRun],
  [1.5, presentationForms],
  [1, (rand) => pick(rand, CONTROLS)],
  [1, (rand) => pick(rand, ODD_SPACES)],
  [1, (rand) => pick(rand, LINE_BREAKS)],
  [2, number],
  [2, (rand) => pick(rand, PUNCTUATION)],
  [1, (rand) => pick(rand, QUOTES)],
  [0.7, (rand) => pick(rand, DASHES)],
  [0.5, (rand) => pick(rand, LINKS)],
  [0.4, (rand) => pick(rand, MARKUP)],
  [0.3, loneSurrogate],
  [0.5, (rand) => pick(rand, ASTRAL)],
  [0.8, (rand) => pick(rand, ABBREVIATIONS)],
  [0.7, (rand) => pick(rand, LATIN_WORDS)],
  [0.6, elongatedWord],
  [0.2, () => '1037-294-202-1+'],
];
const TOKEN_WEIGHT = TOKENS.reduce((sum, [weight]) => sum + weight, 0);

function randomToken(rand) {
  let roll = rand() * TOKEN_WEIGHT;
  for (const [weight, generate] of TOKENS) {
    roll -= weight;
    if (roll < 0) return generate(rand);
  }
  return TOKENS[0][1](rand);
}

/** Mostly a space between tokens; sometimes nothing, an odd space or a line break. */
function separator(rand) {
  const roll = rand();
  if (roll < 0.7) return ' ';
  if (roll < 0.82) return '';
  if (roll < 0.9) return pick(rand, ODD_SPACES);
  return pick(rand, LINE_BREAKS);
}

/** A hostile text of 1 to 80 tokens, most of them short; it may start with a mark or a space. */
function hostileText(rand) {
  const tokens = 1 + Math.floor(rand() ** 2 * 80);
  let text = rand() < 0.1 ? orphanMarks(rand) : '';
  for (let k = 0; k < tokens; k++) text += (k > 0 ? separator(rand) : '') + randomToken(rand);
  return text;
}

/**
 * About 30 long texts, up to LONG_TEXT_MAX_UNITS code units: the corpora and hostile texts
 * concatenated, some as one long line (a piece of `normalize` is cut at a line start), some with
 * CRLF line ends.
 */
function longTexts(corpus, rand) {
  const sources = [corpus.noisy, corpus.clean, corpus.documents.join('\n\n')];
  const texts = [];
  for (let k = 0; k < LONG_TEXTS; k++) {
    const target = 20_000 + Math.floor(rand() ** 2 * (LONG_TEXT_MAX_UNITS - 20_000));
    let text = '';
    while (text.length < target) {
      text += rand() < 0.5 ? pick(rand, sources) : hostileText(rand);
      text += pick(rand, ['\n\n', '\n', ' ', '']);
    }
    text = text.slice(0, target);
    if (k % 5 === 1) text = text.replace(/[\n\r\u2028\u2029]+/g, ' ');
    if (k % 5 === 2) text = text.replace(/\n/g, '\r\n');
    texts.push(text);
  }
  return texts;
}

// ---------------------------------------------------------------------------------------------
// Comparing

/** A result as text to compare: a string as it is, anything else as JSON with sorted keys. */
function serialise(value) {
  if (typeof value === 'string') return value;
  return JSON.stringify(value, (_, item) => {
    if (item === undefined) return '(undefined)';
    if (typeof item === 'function') return '(function)';
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return item;
  });
}

/** What a call gave: its serialised value, or the thrown error's class and message. */
function outcome(call) {
  try {
    return { value: serialise(call()) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

async function outcomeAsync(call) {
  try {
    return { value: serialise(await call()) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

const describeError = (error) =>
  error instanceof Error
    ? `${error.constructor.name}: ${error.message}`
    : `thrown ${String(error)}`;

function newTally() {
  return { checks: 0, byFunction: new Map(), differences: [] };
}

/** Counts one check and keeps a difference when the two outcomes differ. */
function record(tally, what, a, b) {
  tally.checks++;
  tally.byFunction.set(what.fn, (tally.byFunction.get(what.fn) ?? 0) + 1);
  if (a.value === b.value && a.error === b.error) return;
  tally.differences.push({ ...what, a, b });
}

/** Calls `call` on both builds' root modules (or on `entry` of each) and records the comparison. */
function compare(tally, builds, what, call) {
  const [a, b] = builds.map((build) => outcome(() => call(pickModule(build, what.entry), build)));
  record(tally, what, a, b);
}

async function compareAsync(tally, builds, what, call) {
  const a = await outcomeAsync(() => call(pickModule(builds[0], what.entry), builds[0]));
  const b = await outcomeAsync(() => call(pickModule(builds[1], what.entry), builds[1]));
  record(tally, what, a, b);
}

const pickModule = (build, entry) => (entry ? build.entries[entry] : build.root);

// ---------------------------------------------------------------------------------------------
// Results that are not plain values

/**
 * `normalizeWithOffsets` as a value: the text, `toOriginal` at every output offset, `toOriginalSpan`
 * of every single unit, of the whole text and of spans at `fractions` of it, and the errors for
 * offsets out of range.
 */
function offsetsAsValue(result, fractions) {
  const length = result.text.length;
  const starts = new Array(length + 1);
  for (let i = 0; i <= length; i++) starts[i] = result.toOriginal(i);
  const units = new Array(2 * length);
  for (let i = 0; i < length; i++) {
    const [start, end] = result.toOriginalSpan(i, i + 1);
    units[2 * i] = start;
    units[2 * i + 1] = end;
  }
  const spans = [[0, length]];
  for (let k = 0; k + 1 < fractions.length; k += 2) {
    const [x, y] = [fractions[k], fractions[k + 1]].map((f) => Math.floor(f * (length + 1)));
    spans.push([Math.min(x, y), Math.max(x, y)]);
  }
  const errors = [
    () => result.toOriginal(-1),
    () => result.toOriginal(length + 1),
    () => result.toOriginal(0.5),
    () => result.toOriginalSpan(1, 0),
    () => result.toOriginalSpan(0, length + 1),
  ].map((call) => outcome(call));
  return {
    text: result.text,
    starts,
    units,
    spans: spans.map(([s, e]) => result.toOriginalSpan(s, e)),
    errors,
  };
}

/**
 * Cuts `text` into chunks of 0 to `maxChunk` units, with a cut inside about half of the surrogate
 * pairs, so that a stream must hold back half a character.
 */
function chunksOf(text, maxChunk, rand) {
  const cuts = new Set();
  for (
    let at = randomInt(rand, maxChunk + 1);
    at < text.length;
    at += randomInt(rand, maxChunk + 1)
  ) {
    cuts.add(at);
  }
  for (let i = 1; i < text.length; i++) {
    if (
      isLowSurrogate(text.charCodeAt(i)) &&
      isHighSurrogate(text.charCodeAt(i - 1)) &&
      rand() < 0.5
    ) {
      cuts.add(i);
    }
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  const chunks = [];
  let start = 0;
  for (const cut of sorted) {
    chunks.push(text.slice(start, cut));
    start = cut;
    if (rand() < 0.05) chunks.push('');
  }
  chunks.push(text.slice(start));
  return chunks;
}

const isHighSurrogate = (unit) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit) => unit >= 0xdc00 && unit <= 0xdfff;

/** Pipes `chunks` through a TransformStream and collects what comes out, in order. */
async function throughStream(stream, chunks) {
  const source = new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const out = [];
  for await (const item of source.pipeThrough(stream)) out.push(item);
  return out;
}

/** A stream's output, with the normalize stream's pieces joined (where it cuts is not promised). */
async function streamOutput(create, options, chunks) {
  const out = await throughStream(create(options), chunks);
  return out.every((item) => typeof item === 'string') ? out.join('') : out;
}

// ---------------------------------------------------------------------------------------------
// The checks

/** The checks on one text: `plan` says which option sets each function gets. */
async function checkText(tally, builds, text, sets, plan, rand) {
  const label = (fn, options, extra) => ({ fn, options, input: text, ...extra });
  for (const options of plan.normalize) {
    compare(tally, builds, label('normalize', options), (lib) => lib.normalize(text, options));
  }
  for (const index of plan.normalizers) {
    compare(tally, builds, label('createNormalizer', sets.normalize[index]), (_, build) =>
      build.normalizers[index](text),
    );
  }
  for (const options of plan.offsets) {
    const fractions = Array.from({ length: 16 }, rand);
    compare(tally, builds, label('normalizeWithOffsets', options), (lib) =>
      offsetsAsValue(lib.normalizeWithOffsets(text, options), fractions),
    );
  }
  for (const options of plan.explain) {
    compare(tally, builds, label('explain', options), (lib) => lib.explain(text, options));
  }
  for (const [options, split] of plan.inOriginal) {
    compare(tally, builds, label('splitSentencesInOriginal', [options, split]), (lib) =>
      lib.splitSentencesInOriginal(text, options, split),
    );
  }
  checkStages(tally, builds, text, plan, label);
  await checkStreams(tally, builds, text, plan, rand, label);
  const chunks = chunksOf(text, plan.maxChunk, rand);
  for (const entry of plan.entries) await checkEntry(tally, builds, text, entry, chunks, label);
}

const STAGE_FUNCTIONS = {
  unicode: 'cleanUnicode',
  letters: 'mapFarsiLetters',
  punctuation: 'normalizePunctuation',
  fold: 'foldForSearch',
};

function checkStages(tally, builds, text, plan, label) {
  for (const [stage, fn] of Object.entries(STAGE_FUNCTIONS)) {
    for (const options of plan.stages[stage]) {
      compare(tally, builds, label(fn, options), (lib) => lib[fn](text, options));
    }
  }
  for (const options of plan.split) {
    compare(tally, builds, label('splitSentences', options), (lib) =>
      lib.splitSentences(text, options),
    );
  }
}

/** A subpath (or `node/`) entry: each function it exports, with default options. */
async function checkEntry(tally, builds, text, entry, chunks, label) {
  for (const [fn, value] of Object.entries(builds[0].entries[entry] ?? {})) {
    const what = label(fn, undefined, { entry });
    if (fn.endsWith('Stream')) {
      await compareAsync(tally, builds, what, (lib) => streamOutput(lib[fn], undefined, chunks));
    } else if (fn === 'createNormalizer') {
      compare(tally, builds, what, (lib) => lib.createNormalizer()(text));
    } else if (typeof value === 'function') {
      compare(tally, builds, what, (lib) => lib[fn](text));
    }
  }
}

async function checkStreams(tally, builds, text, plan, rand, label) {
  for (const options of plan.normalizeStream) {
    const chunks = chunksOf(text, plan.maxChunk, rand);
    await compareAsync(tally, builds, label('createNormalizeStream', options), (lib) =>
      streamOutput(lib.createNormalizeStream, options, chunks),
    );
  }
  for (const options of plan.sentenceStream) {
    const chunks = chunksOf(text, plan.maxChunk, rand);
    await compareAsync(tally, builds, label('createSentenceStream', options), (lib) =>
      streamOutput(lib.createSentenceStream, options, chunks),
    );
  }
}

/**
 * Which option sets each function gets on one text. A short text gets every normalize option
 * set and a few drawn ones elsewhere (the draws vary with the text, so every set meets many
 * texts); a long text gets the presets and a few draws; an edge case gets everything.
 */
function planFor(kind, sets, rand) {
  const all = kind === 'edge';
  const long = kind === 'long';
  const few = (list, count) => (all ? list : pickSome(rand, list, count));
  const presetsAnd = (count) => [...sets.presets, ...few(sets.normalize, count)];
  // The recorded passes cost several times `normalize`: a drawn preset and a drawn option set.
  const recorded = () =>
    all ? sets.normalize : [pick(rand, sets.presets), pick(rand, sets.normalize)];
  const inOriginal = () => [pick(rand, sets.normalize), pick(rand, sets.split)];
  const stageSets = (list) => few(list, long ? 1 : 4);
  let entries = [];
  if (kind === 'sampled' || all) entries = sets.entries;
  else if (long) entries = pickSome(rand, sets.entries, 2);
  return {
    normalize: long ? presetsAnd(2) : sets.normalize,
    normalizers: all ? sets.indices : pickSome(rand, sets.indices, long ? 1 : 3),
    offsets: long ? [pick(rand, sets.presets)] : recorded(),
    explain: long ? [pick(rand, sets.presets)] : recorded(),
    inOriginal: Array.from({ length: all ? sets.split.length : long ? 1 : 2 }, inOriginal),
    stages: Object.fromEntries(
      Object.entries(sets.stages).map(([stage, list]) => [stage, stageSets(list)]),
    ),
    split: long ? few(sets.split, 2) : sets.split,
    entries,
    normalizeStream: few(sets.normalize, 1),
    sentenceStream: few(sets.split, 1),
    maxChunk: long ? 1 + randomInt(rand, 8192) : 1 + randomInt(rand, 48),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks that take no text from the lists: exports, constants, errors on bad arguments

const TEXT_FUNCTIONS = [
  'normalize',
  'normalizeWithOffsets',
  'explain',
  'splitSentencesInOriginal',
  'foldForSearch',
  'mapFarsiLetters',
  'normalizePunctuation',
  'splitSentences',
  'cleanUnicode',
];
const OPTION_FUNCTIONS = TEXT_FUNCTIONS.filter((fn) => fn !== 'splitSentences');

/** Export names and kinds of every entry, the constants, and the errors on bad arguments. */
async function checkModules(tally, builds, sets) {
  const what = (fn, options, entry) => ({ fn, options, input: '', entry });
  for (const entry of [undefined, ...sets.entries]) {
    compare(tally, builds, what('exports', undefined, entry), (lib) =>
      Object.keys(lib ?? {}).map((name) => `${name}: ${typeof lib[name]}`),
    );
  }
  compare(tally, builds, what('presets'), (lib) => [lib.presets, frozenness(lib.presets)]);
  compare(tally, builds, what('RULES'), (lib) => [lib.RULES, Object.isFrozen(lib.RULES)]);
  for (const fn of TEXT_FUNCTIONS) {
    for (const text of BAD_TEXTS) {
      compare(tally, builds, { fn, options: undefined, input: text }, (lib) => lib[fn](text));
    }
  }
  for (const options of [...BAD_OPTIONS, ...sets.foreign]) {
    for (const fn of OPTION_FUNCTIONS) {
      compare(tally, builds, what(fn, options), (lib) => lib[fn]('نص', options));
    }
    compare(tally, builds, what('createNormalizer', options), (lib) =>
      lib.createNormalizer(options),
    );
    compare(tally, builds, what('createNormalizeStream', options), (lib) =>
      lib.createNormalizeStream(options),
    );
  }
  for (const split of BAD_SPLIT_OPTIONS) {
    compare(tally, builds, what('splitSentences', split), (lib) =>
      lib.splitSentences('نص.', split),
    );
    compare(tally, builds, what('splitSentencesInOriginal', split), (lib) =>
      lib.splitSentencesInOriginal('نص.', undefined, split),
    );
    compare(tally, builds, what('createSentenceStream', split), (lib) =>
      lib.createSentenceStream(split),
    );
  }
  for (const fn of ['createNormalizeStream', 'createSentenceStream']) {
    await compareAsync(tally, builds, what(fn, 'chunk 42'), (lib) =>
      throughStream(lib[fn](), ['نص', 42]),
    );
  }
}

const frozenness = (presets) => [
  Object.isFrozen(presets),
  ...PRESET_NAMES.map((name) => Object.isFrozen(presets[name])),
];

/** Each build's normalisers, made once per option set as a caller would (an error is kept, to throw). */
function makeNormalizers(build, optionSets) {
  return optionSets.map((options) => {
    try {
      return build.root.createNormalizer(options);
    } catch (error) {
      return () => {
        throw error;
      };
    }
  });
}

// ---------------------------------------------------------------------------------------------
// First calls in fresh processes

/**
 * Run by `node -e` in a fresh process: reads the text on stdin, imports the build, and prints as
 * JSON what the first call (chosen by `mode`) and a few calls after it give.
 */
const FRESH_PROCESS = `
const [url, mode] = process.argv.slice(1);
let text = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) text += chunk;
const lib = await import(url);
const out = [];
if (mode === 'split') out.push(lib.splitSentences(text));
if (mode === 'offsets') {
  const result = lib.normalizeWithOffsets(text);
  out.push(result.text, [0, 1, 100, result.text.length].map((i) => result.toOriginal(Math.min(i, result.text.length))));
}
for (const preset of ['standard', 'search', 'minimal']) {
  if (mode === preset || mode === 'split' || mode === 'offsets') out.push(lib.normalize(text, { preset }));
}
out.push(lib.splitSentences(text).length, lib.explain(text).length);
process.stdout.write(JSON.stringify(out));
`;

function runFresh(dir, mode, text) {
  return new Promise((done) => {
    const url = pathToFileURL(join(dir, 'index.js')).href;
    const child = spawn(process.execPath, ['--input-type=module', '-e', FRESH_PROCESS, url, mode]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (data) => {
      stdout += data;
    });
    child.stderr.setEncoding('utf8').on('data', (data) => {
      stderr += data;
    });
    child.on('close', (code) => {
      done(
        code === 0 ? { value: stdout } : { error: `exit ${code}: ${stderr.trim().split('\n')[0]}` },
      );
    });
    child.stdin.end(text);
  });
}

/** The first call of each preset, of splitSentences and of normalizeWithOffsets, on a short and a long noisy text. */
async function checkFreshProcesses(tally, builds, texts) {
  const jobs = [];
  for (const [name, text] of Object.entries(texts)) {
    for (const mode of [...PRESET_NAMES, 'split', 'offsets']) jobs.push({ name, text, mode });
  }
  // Two at a time: one process per core, so each first call is timed by nobody and slowed by little.
  for (let k = 0; k < jobs.length; k += 2) {
    const batch = jobs.slice(k, k + 2);
    const outcomes = await Promise.all(
      batch.flatMap(({ text, mode }) => builds.map((build) => runFresh(build.dir, mode, text))),
    );
    batch.forEach(({ name, text, mode }, i) => {
      const what = { fn: 'fresh process', options: `${mode} first, ${name} text`, input: text };
      record(tally, what, outcomes[2 * i], outcomes[2 * i + 1]);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Report

/** `text` with every unit outside printable ASCII written as \uXXXX, cut to `max` units. */
function escapeText(text, max = 80) {
  const cut = text.length > max ? `${text.slice(0, max)}` : text;
  const escaped = cut.replace(/[^\x20-\x7e]|\\/g, (c) =>
    c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return text.length > max ? `${escaped}... (${text.length} units)` : escaped;
}

const formatOutcome = (o, from) =>
  o.error !== undefined ? `throws ${o.error}` : escapeText(o.value.slice(from, from + 100), 100);

function formatDifference(difference, number) {
  const { fn, options, input, entry, a, b } = difference;
  const av = a.value ?? '';
  const bv = b.value ?? '';
  let at = 0;
  while (at < av.length && av[at] === bv[at]) at++;
  const from = Math.max(0, at - 30);
  const optionsText = options === undefined ? 'undefined' : serialise(options);
  const inputText = typeof input === 'string' ? escapeText(input) : serialise(input);
  return [
    `#${number} ${fn}${entry ? ` (${entry}.js)` : ''} options=${optionsText}`,
    `   input: "${inputText}"`,
    `   outputs from unit ${from}${a.value !== undefined && b.value !== undefined ? ` (first difference at ${at})` : ''}:`,
    `   A: ${formatOutcome(a, from)}`,
    `   B: ${formatOutcome(b, from)}`,
  ].join('\n');
}

function report(tally, seconds) {
  const counts = [...tally.byFunction].map(([fn, n]) => `${fn} ${n}`).join(', ');
  console.log(`checks: ${tally.checks} (${counts})`);
  tally.differences.slice(0, SHOWN_DIFFERENCES).forEach((difference, i) => {
    console.log(formatDifference(difference, i + 1));
  });
  if (tally.differences.length > SHOWN_DIFFERENCES) {
    console.log(`... and ${tally.differences.length - SHOWN_DIFFERENCES} more`);
  }
  if (tally.differences.length > 0) {
    const byFunction = new Map();
    for (const { fn } of tally.differences) byFunction.set(fn, (byFunction.get(fn) ?? 0) + 1);
    console.log(
      `differences by function: ${[...byFunction].map(([fn, n]) => `${fn} ${n}`).join(', ')}`,
    );
  }
  console.log(`differences: ${tally.differences.length}`);
  console.log(`time: ${seconds.toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// Main

/** The option sets every plan draws from. */
function optionSets(specs, presets, entries, rand) {
  const normalize = normalizeOptionSets(specs, presets, rand);
  const stages = {};
  for (const stage of Object.keys(STAGE_FUNCTIONS))
    stages[stage] = stageOptionSets(specs, stage, rand);
  // An option of another stage, which a stage function alone must refuse.
  const foreign = [
    { digits: 'ascii', whitespace: 'keep' },
    { foldAlef: true },
    { farsiLetters: 'keep' },
  ];
  return {
    normalize,
    indices: normalize.map((_, i) => i),
    presets: PRESET_NAMES.map((preset) => ({ preset })),
    stages,
    split: splitOptionSets(),
    foreign,
    entries,
  };
}

/** Every text with the kind of plan it gets. */
function allTexts(settings, corpus, rand) {
  const texts = [];
  // Every `sampleEvery`-th text of a list also goes through the subpath entries.
  const add = (kind, list, sampleEvery = 0) =>
    list.forEach((text, i) => {
      texts.push({ text, kind: sampleEvery && i % sampleEvery === 0 ? 'sampled' : kind });
    });
  add('edge', EDGE_TEXTS);
  add('sampled', fixtureTexts());
  add('sampled', corpus.small);
  add('sampled', documentationExamples());
  add('short', sharedTexts(), 10);
  add(
    'short',
    Array.from({ length: settings.texts }, () => hostileText(rand)),
    10,
  );
  add('long', longTexts(corpus, rand));
  texts.forEach((entry) => {
    if (entry.kind === 'sampled' && entry.text.length > 50_000) entry.kind = 'long';
  });
  return texts;
}

async function main() {
  const started = performance.now();
  const settings = parseArguments(process.argv.slice(2));
  const rand = prng(settings.seed);
  const builds = await Promise.all([settings.distA, settings.distB].map(loadBuild));
  const entries = Object.keys(builds[0].entries).filter((entry) => entry in builds[1].entries);
  const sets = optionSets(await loadOptionSpecs(), builds[0].root.presets, entries, rand);
  for (const build of builds) build.normalizers = makeNormalizers(build, sets.normalize);
  const corpus = corpusTexts(builds[0].root.normalize);
  const tally = newTally();
  await checkModules(tally, builds, sets);
  for (const { text, kind } of allTexts(settings, corpus, rand)) {
    await checkText(tally, builds, text, sets, planFor(kind, sets, rand), rand);
  }
  const noisy = corpus.noisy;
  await checkFreshProcesses(tally, builds, {
    short: noisy.slice(0, 4_000),
    long: noisy.slice(0, 80_000),
  });
  report(tally, (performance.now() - started) / 1000);
  process.exitCode = tally.differences.length > 0 ? 1 : 0;
}

await main();
