// `npm run demo`: what the library repairs in the five real press releases of fixtures/ (scraped
// pages and PDF extractions): every repair counted by rule, from explain(), then the most visible
// ones shown in context, before and after, then the sentences of one document.
import { readdirSync, readFileSync } from 'node:fs';
import { explain, normalize, RULES, splitSentences } from '../dist/index.js';

const dir = new URL('../fixtures/', import.meta.url);
const documents = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    return { name, text, changes: explain(text) };
  });

/** Invisible and unusual characters written so that they can be seen. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\u2028\u2029]/gu;
const visible = (text) =>
  text.replace(INVISIBLE, (ch) => {
    if (ch === ' ') return ' ';
    if (ch === '\n') return '⏎';
    return `⟨U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });

/** `text[start, end)` widened by about `words` words on each side, within its line. */
function around(text, start, end, words = 2) {
  let from = start;
  for (let n = 0; n <= words && from > 0; ) {
    from--;
    if (text[from] === '\n') {
      from++;
      break;
    }
    if (text[from] === ' ' && from < start - 1) n++;
  }
  let to = end;
  for (let n = 0; n <= words && to < text.length; ) {
    if (text[to] === '\n') break;
    if (text[to] === ' ' && to > end) n++;
    to++;
  }
  return text.slice(from, to).trim();
}

const total = documents.reduce((sum, d) => sum + d.text.length, 0);
console.log(
  `arabic-normalize on ${documents.length} real press releases (fixtures/, ${total.toLocaleString('en')} characters: scraped pages and PDF extractions)\n`,
);

// 1. Every repair, counted by rule.
const counts = new Map();
for (const { changes } of documents) {
  for (const change of changes) {
    for (const step of change.steps) counts.set(step.rule, (counts.get(step.rule) ?? 0) + 1);
  }
}
const changeCount = documents.reduce((sum, d) => sum + d.changes.length, 0);
console.log(`── What normalize() repaired: ${changeCount} changes, by rule (explain()) ──`);
for (const [rule, count] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(count).padStart(6)}  ${rule.padEnd(18)} ${RULES[rule]}`);
}

// 2. The most visible fixes: one example of each rule that changes what a reader sees.
const VISIBLE_RULES = [
  'detached-mark',
  'punct-space',
  'stray-comma',
  'quote',
  'percent',
  'farsi-yeh',
  'heh',
  'alef-maksura',
  'keheh',
  'presentation-form',
  'digit',
  'punctuation',
  'whitespace',
  'invisible',
];
console.log('\n── The most visible fixes, in context (before → after) ──');
for (const rule of VISIBLE_RULES) {
  for (const { name, text, changes } of documents) {
    const change = changes.find((c) => c.rule === rule);
    if (!change) continue;
    const output = normalize(text);
    const before = visible(around(text, change.inputStart, change.inputEnd));
    const after = visible(around(output, change.outputStart, change.outputEnd));
    console.log(`\n  ${rule} (${name.slice(0, 3)}): ${RULES[rule]}`);
    console.log(`    before: ${before}`);
    console.log(`    after:  ${after}`);
    break;
  }
}

// 3. Sentences of one document, with their offsets.
const sample = documents[1];
const sentences = splitSentences(normalize(sample.text));
console.log(
  `\n── ${sentences.length} sentences in ${sample.name} (splitSentences, UTF-16 offsets) ──`,
);
for (const s of sentences.slice(0, 5)) {
  const text = s.text.length > 70 ? `${s.text.slice(0, 70)}…` : s.text;
  console.log(`  [${s.start}, ${s.end})  ${visible(text)}`);
}
console.log(`  … and ${sentences.length - 5} more`);
console.log('\nOptions, rules and guides: README.md and docs/.');
