// Prints a before/after of the Persian-font PDF extraction in fixtures/, with the changed characters listed.
import { readFileSync } from 'node:fs';
import { normalize, splitSentences } from '../dist/index.js';

const path = new URL('../fixtures/001_c071b164ffc9d72d.txt', import.meta.url);
const lines = readFileSync(path, 'utf8').split('\n');
const before = lines.slice(7, 9).join('\n');
const after = normalize(before);

const changed = new Map();
for (const ch of before) if (!after.includes(ch)) changed.set(ch, (changed.get(ch) ?? 0) + 1);
const hex = (ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

console.log('── before (fixtures/001_c071b164ffc9d72d.txt, lines 8-9) ──');
console.log(before);
console.log('\n── after normalize() ──');
console.log(after);
console.log('\n── characters that are gone ──');
for (const [ch, n] of changed) console.log(`  ${hex(ch)} "${ch}" ×${n}`);
console.log(`\n── ${splitSentences(after).length} sentences ──`);
for (const s of splitSentences(after))
  console.log(`  [${s.start}, ${s.end}) ${s.text.slice(0, 60)}…`);
