// Cost of offsets and explanations: normalizeWithOffsets (alone, and with a first query, which
// composes the trace) and explain against normalize on the fixtures repeated to ~1 MB.
// Run after `npm run build`: node bench/offsets.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The build a Node user gets: 'arabic-normalize' as Node resolves it (dist/node/).
import { explain, normalize, normalizeWithOffsets } from 'arabic-normalize';

const dir = join(import.meta.dirname, '..', 'fixtures');
const seed = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(dir, name), 'utf8'))
  .join('\n\n');
const text = seed.repeat(Math.ceil(1_000_000 / seed.length));

function best(fn, runs = 15) {
  for (let i = 0; i < 3; i++) fn();
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

if (normalizeWithOffsets(text).text !== normalize(text)) throw new Error('outputs differ');
for (const preset of ['standard', 'search', 'minimal']) {
  const plain = best(() => normalize(text, { preset }));
  const offsets = best(() => normalizeWithOffsets(text, { preset }));
  // The first query composes the trace (the edit logs into one alignment), once per result.
  const queried = best(() => normalizeWithOffsets(text, { preset }).toOriginal(0));
  const explained = best(() => explain(text, { preset }));
  console.log(
    `${preset.padEnd(8)} ${text.length} units: normalize ${plain.toFixed(1)} ms, ` +
      `normalizeWithOffsets ${offsets.toFixed(1)} ms (${(offsets / plain).toFixed(2)}x), ` +
      `with a query ${queried.toFixed(1)} ms (${(queried / plain).toFixed(2)}x), ` +
      `explain ${explained.toFixed(1)} ms (${(explained / plain).toFixed(2)}x, ` +
      `${explain(text, { preset }).length} changes)`,
  );
}
