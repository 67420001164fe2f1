// Tree-shaking of the root entry: a bundle that imports one stage's function from
// 'arabic-normalize' must be no larger than one that imports it from the stage's own subpath
// ('arabic-normalize/sentences'...), so the root costs nothing for what is not used.
// Bundles with esbuild, minified, as an application would, through the package's exports.
// `node scripts/check-tree-shaking.mjs` checks this package's dist/ (after `npm run build`);
// test/tree-shaking.test.ts builds a fresh copy with tsup (without declarations) and checks it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each subpath entry and one function it exports. */
export const ENTRIES = [
  { subpath: 'sentences', name: 'splitSentences' },
  { subpath: 'unicode', name: 'cleanUnicode' },
  { subpath: 'letters', name: 'mapFarsiLetters' },
  { subpath: 'punctuation', name: 'normalizePunctuation' },
  { subpath: 'stream', name: 'createNormalizeStream' },
];

/**
 * Minified size in bytes of an application that imports `name` from `specifier` and keeps it,
 * resolved from `packageDir` (a directory holding this package's package.json and dist/).
 */
export async function bundleSize(packageDir, specifier, name) {
  const result = await build({
    stdin: {
      contents: `import { ${name} } from '${specifier}';\nglobalThis.used = ${name};\n`,
      resolveDir: packageDir,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents.length;
}

/** For each entry: the bundle size through the root and through the subpath. */
export async function compare(packageDir = root) {
  const rows = [];
  for (const entry of ENTRIES) {
    rows.push({
      ...entry,
      viaRoot: await bundleSize(packageDir, 'arabic-normalize', entry.name),
      viaSubpath: await bundleSize(packageDir, `arabic-normalize/${entry.subpath}`, entry.name),
    });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = false;
  for (const row of await compare()) {
    const ok = row.viaRoot <= row.viaSubpath;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'}  ${row.name}: ${row.viaRoot} bytes from the root, ${row.viaSubpath} from arabic-normalize/${row.subpath}`,
    );
  }
  if (failed) process.exit(1);
}
