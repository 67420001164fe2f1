// Proves the runtimes the README names, on the built package (run `npm run build` first):
//   - test/runtimes/pipeline.mjs under the current Node, the oldest Node that `engines` allows,
//     Bun and Deno, each printing the same JSON line byte for byte;
//   - the ESM and CommonJS smoke tests and the examples under the oldest Node (CommonJS under Bun);
//   - the command-line tool under the oldest Node, giving the current Node's output.
// The oldest Node is the exact minimum of `engines.node` (">=18.14.0" → 18.14.0), installed on
// first use from the npm registry's per-platform Node package into .cache/ (not a dependency:
// its `node` binary would shadow the project's own in every npm script). Bun and Deno are dev
// dependencies. Chromium is proved apart, by the playground's end-to-end test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The lowest version `engines.node` allows, as X.Y.Z: only the form ">=X[.Y[.Z]]" is accepted. */
export function oldestNodeVersion(range) {
  const match = /^>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!match) throw new Error(`engines.node must read ">=X.Y.Z" to be tested, not "${range}"`);
  return `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}`;
}

/** Path of the Node binary of `version`, installed into .cache/ when missing. */
function installNode(version) {
  const name = `node-${process.platform}-${process.arch}`;
  const prefix = join(root, '.cache', `node-${version}`);
  const binary = join(prefix, 'node_modules', name, 'bin', 'node');
  if (!existsSync(binary)) {
    mkdirSync(prefix, { recursive: true });
    console.error(`installing ${name}@${version} into ${prefix}`);
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `${name}@${version}`],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  return binary;
}

let failures = 0;
function run(label, command, args, { input, expected } = {}) {
  const result = spawnSync(command, args, { cwd: root, input, encoding: 'utf8' });
  const ok = result.status === 0 && (expected === undefined || result.stdout === expected);
  if (!ok) {
    failures++;
    console.log(`FAIL  ${label}`);
    if (result.error) console.log(`      ${result.error.message}`);
    if (result.status !== 0) console.log(`      exit ${result.status}: ${result.stderr.trim()}`);
    else
      console.log(
        `      output differs:\n      ${result.stdout}\n      expected:\n      ${expected}`,
      );
  } else {
    console.log(`ok    ${label}`);
  }
  return result.stdout;
}

const oldest = oldestNodeVersion(manifest.engines.node);
const oldNode = installNode(oldest);
const pipeline = 'test/runtimes/pipeline.mjs';
const reference = run(`pipeline, Node ${process.version} (reference)`, process.execPath, [
  pipeline,
]);

const version = (command, args) => spawnSync(command, args, { encoding: 'utf8' }).stdout;
const runtimes = [
  [`Node v${oldest} (the oldest engines allows)`, oldNode, [pipeline]],
  [`Bun ${version(bin('bun'), ['--version']).trim()}`, bin('bun'), [pipeline]],
  [
    `Deno ${version(bin('deno'), ['--version']).split(' ')[1]}`,
    bin('deno'),
    ['run', '--no-prompt', '--quiet', pipeline],
  ],
];
for (const [label, command, args] of runtimes) {
  run(`pipeline, ${label}: same output`, command, args, { expected: reference });
}

// The package by its own name, ESM and CommonJS, and the examples, on the oldest Node.
run(`ESM smoke test, Node v${oldest}`, oldNode, ['test/smoke/esm.mjs']);
run(`CJS smoke test, Node v${oldest}`, oldNode, ['test/smoke/cjs.cjs']);
run('CJS smoke test, Bun', bin('bun'), ['test/smoke/cjs.cjs']);
for (const example of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.mjs'))) {
  run(`example ${example}, Node v${oldest}`, oldNode, [join('examples', example)]);
}

// The command-line tool, plain text and JSONL on worker threads, against the current Node.
const text = 'علیھا داعش في ۲۰۱۸\r\n\r\n\r\nوأضاف  أن 7.7 مليون شخص تحرروا. ثم انتهى\n';
const jsonl = `${JSON.stringify({ id: 1, text: 'ﻻ تزال ھذه' })}\n${JSON.stringify({ text: 'في ۲۰۱۸ .دعمت' })}\n`;
for (const [label, args, input] of [
  ['plain text', ['dist/cli.js', '--quiet'], text],
  ['--jsonl --jobs 2', ['dist/cli.js', '--quiet', '--jsonl', '--jobs', '2'], jsonl],
]) {
  const expected = run(`CLI ${label}, Node ${process.version}`, process.execPath, args, { input });
  run(`CLI ${label}, Node v${oldest}: same output`, oldNode, args, { input, expected });
}

console.log(failures === 0 ? 'all runtimes agree' : `${failures} failed`);
if (failures > 0) process.exit(1);
