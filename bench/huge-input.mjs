// Long test, not part of `npm test`: normalises and splits a 100 MB string (50 M UTF-16 code units
// is 100 MB) built from the fixtures plus hostile units, and fails on any exception such as a stack
// overflow or RangeError. Run with `npm run test:long` after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
// The build a Node user gets: 'arabic-normalize' as Node resolves it (dist/node/).
import { normalize, splitSentences } from 'arabic-normalize';

const MB = 1024 * 1024;
const targetUnits = (Number(process.env.HUGE_MB ?? 100) * MB) / 2;
const fixtures = new URL('../fixtures/', import.meta.url);
const seed = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'))
  .join('\n\n');

const cases = {
  'fixtures repeated': seed,
  'one line without a break': seed.replace(/\n/g, ' '),
  'combining marks only': '\u064b',
  'full stops only': '.',
  'nested brackets': '(«“',
};

let failed = 0;
for (const [name, unit] of Object.entries(cases)) {
  const text = unit.repeat(Math.ceil(targetUnits / unit.length)).slice(0, targetUnits);
  for (const [label, run] of [
    ['normalize', () => normalize(text).length],
    ['splitSentences', () => splitSentences(text).length],
  ]) {
    const start = performance.now();
    try {
      const size = run();
      const seconds = (performance.now() - start) / 1000;
      console.log(
        `ok   ${label} on ${name}: ${(text.length * 2) / MB} MB in ${seconds.toFixed(2)} s (result size ${size})`,
      );
    } catch (error) {
      failed++;
      console.log(`FAIL ${label} on ${name}: ${error?.name}: ${error?.message}`);
    }
  }
}
console.log(`peak RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
process.exit(failed ? 1 : 0);
