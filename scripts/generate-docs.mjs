// Writes the reference tables of the documentation from the code, so that they cannot drift:
//   - the option tables (names, values, defaults, per-preset values) from src/options/schema.ts and
//     src/options/presets.ts, each option's description from its JSDoc in src/options/types.ts;
//   - the option examples from src/options/examples.ts (test/options/examples.test.ts checks them);
//   - the rule table from RULE_TABLE in src/core/rules.ts;
//   - the pass-order table of docs/architecture.md from PIPELINE in src/pipeline.ts.
// Each table lives between two markers in a Markdown file:
//   <!-- BEGIN GENERATED name: npm run docs:generate -->  ...  <!-- END GENERATED name -->
// and only the text between them is rewritten; everything else in the file is written by hand.
// `--check` writes nothing and fails when a file differs from what this script would write (CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/** The schema, presets, examples and rules, bundled from the TypeScript sources in memory. */
async function loadSources() {
  const entry = [
    "export { OPTION_SPECS } from './src/options/schema.ts';",
    "export { presets } from './src/options/presets.ts';",
    "export { OPTION_EXAMPLES } from './src/options/examples.ts';",
    "export { RULE_TABLE } from './src/core/rules.ts';",
    "export { PIPELINE } from './src/pipeline.ts';",
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Option name → its JSDoc in src/options/types.ts, on one line; and the interface it belongs to. */
function optionDocs() {
  const path = join(root, 'src/options/types.ts');
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const docs = new Map();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue;
      const text = (member.jsDoc ?? [])
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      docs.set(member.name.text, { text, group: statement.name.text });
    }
  }
  return docs;
}

const STAGE_FUNCTION = {
  unicode: '`cleanUnicode`',
  letters: '`mapFarsiLetters`',
  punctuation: '`normalizePunctuation`',
  fold: '`foldForSearch`',
};

const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const literal = (value) => (typeof value === 'string' ? `'${value}'` : String(value));
const code = (value) => `\`${literal(value)}\``;

/** A string as a quoted literal with invisible and unusual space characters written as escapes. */
function shown(text) {
  const escaped = text.replace(/[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cs}]/gu, (ch) =>
    ch === ' ' ? ch : `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `\`'${cell(escaped)}'\``;
}

function optionsLiteral(options) {
  const entries = Object.entries(options);
  if (entries.length === 0) return '(default)';
  return `\`{ ${entries.map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }\``;
}

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function renderers({ OPTION_SPECS, presets, OPTION_EXAMPLES, RULE_TABLE, PIPELINE }) {
  const docs = optionDocs();
  const names = Object.keys(OPTION_SPECS);
  const presetNames = Object.keys(presets);
  const description = (name) => {
    const doc = docs.get(name);
    if (!doc?.text) throw new Error(`src/options/types.ts: option ${name} has no JSDoc`);
    return cell(doc.text);
  };
  return {
    // README: one row per option, short.
    'options-summary': () =>
      table(
        ['option', 'values', 'default', 'what it does'],
        names.map((name) => [
          `\`${name}\``,
          OPTION_SPECS[name].values.map(code).join(', '),
          code(presets.standard[name]),
          description(name),
        ]),
      ),
    presets: () =>
      table(
        [
          'option',
          ...presetNames.map((p) => (p === 'standard' ? '`standard` (default)' : `\`${p}\``)),
        ],
        names.map((name) => [`\`${name}\``, ...presetNames.map((p) => code(presets[p][name]))]),
      ),
    options: () =>
      table(
        ['option', 'stage', 'values', 'what it does'],
        names.map((name) => [
          `\`${name}\``,
          STAGE_FUNCTION[OPTION_SPECS[name].stage],
          OPTION_SPECS[name].values.map(code).join(', '),
          description(name),
        ]),
      ),
    'option-examples': () =>
      table(
        ['option', 'input', 'options', 'output of `normalize`'],
        names.flatMap((name) =>
          (OPTION_EXAMPLES[name] ?? []).map((example) => [
            `\`${name}\``,
            shown(example.input),
            optionsLiteral(example.options),
            shown(example.output),
          ]),
        ),
      ),
    rules: () =>
      table(
        ['rule', 'what it does'],
        RULE_TABLE.map(([id, text]) => [`\`${id}\``, cell(text.replace('\\n', '`\\n`'))]),
      ),
    // docs/architecture.md: the passes of `normalize`, in the order they run.
    'pass-order': () =>
      table(
        ['#', 'pass', 'stage', 'source', 'what it does', 'options', 'rules it reports'],
        PIPELINE.flatMap((step) => step.passes.map((pass) => ({ step, pass }))).map(
          ({ step, pass }, k) => [
            String(k + 1),
            pass.id,
            cell(step.stage),
            `\`${pass.source}\``,
            cell(pass.does),
            pass.options.map((name) => `\`${name}\``).join(', '),
            pass.rules.map((id) => `\`${id}\``).join(', '),
          ],
        ),
      ),
  };
}

/** Files holding generated regions. */
const FILES = [
  'README.md',
  'docs/architecture.md',
  'docs/reference/options.md',
  'docs/reference/rules.md',
];

const REGION =
  /(<!-- BEGIN GENERATED ([\w-]+): npm run docs:generate -->\n)(?:[\s\S]*?\n)?(<!-- END GENERATED \2 -->)/g;

const render = renderers(await loadSources());
const stale = [];
const used = new Set();
for (const file of FILES) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(REGION, (_, open, name, close) => {
    if (!render[name]) throw new Error(`${file}: unknown generated region ${name}`);
    used.add(name);
    return `${open}${render[name]()}\n${close}`;
  });
  if (after === before) continue;
  if (check) stale.push(file);
  else {
    writeFileSync(path, after);
    console.log(`wrote ${file}`);
  }
}
const unused = Object.keys(render).filter((name) => !used.has(name));
if (unused.length > 0)
  throw new Error(`generated regions missing from the docs: ${unused.join(', ')}`);
if (stale.length > 0) {
  console.error(`out of date (run npm run docs:generate): ${stale.join(', ')}`);
  process.exit(1);
}
