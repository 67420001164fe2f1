// Generates the data tables that come from Unicode data (src/**/*.generated.ts).
// `--check` fails when a committed table differs from what this script would write.
import { readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');

/** Each generator returns [path, content]; they are added as the stages that need them land. */
const generators = [];

let stale = 0;
for (const generate of generators) {
  const [path, content] = await generate();
  let current = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === content) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run generate`);
    stale++;
  } else {
    writeFileSync(path, content);
    console.log(`wrote ${path}`);
  }
}
if (stale > 0) process.exit(1);
console.log(`${generators.length} generated table(s) ${check ? 'up to date' : 'written'}`);
