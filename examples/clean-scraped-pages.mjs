// Cleans a folder of scraped pages: every .txt file in the input folder is normalised (preset
// `standard`) and written under the same name to the output folder, and a summary says what was
// repaired, by rule, from explain().
//
//   node examples/clean-scraped-pages.mjs [input-folder] [output-folder]
//
// Defaults: the five press releases in fixtures/, written to a new temporary folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explain, normalize } from 'arabic-normalize';

const input = process.argv[2] ?? fileURLToPath(new URL('../fixtures/', import.meta.url));
const output = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'clean-pages-'));
mkdirSync(output, { recursive: true });

const repairs = new Map(); // rule id -> number of changes
const files = readdirSync(input).filter((name) => name.endsWith('.txt'));
for (const name of files) {
  const page = readFileSync(join(input, name), 'utf8');
  const clean = normalize(page);
  writeFileSync(join(output, name), clean);
  for (const change of explain(page)) repairs.set(change.rule, (repairs.get(change.rule) ?? 0) + 1);
  console.log(`${name}: ${page.length} → ${clean.length} code units`);
}

console.log(`\n${files.length} pages written to ${output}; repairs by rule:`);
for (const [rule, count] of [...repairs].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${String(count).padStart(5)}  ${rule}`);
}

// Normalising again changes nothing: the output is already canonical.
for (const name of files) {
  const clean = readFileSync(join(output, name), 'utf8');
  if (normalize(clean) !== clean) throw new Error(`${name}: not idempotent`);
}
