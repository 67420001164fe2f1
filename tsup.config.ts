import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { restoreConstInFiles, scriptsIn } from './scripts/restore-const.mjs';
import { oneSourceMapCommentInFiles } from './scripts/source-map-comment.mjs';

/**
 * After each build, its own files get back the top-level `const` esbuild writes as `var` (see
 * scripts/restore-const.mjs: V8 folds a module's constants into the table-driven loops), and keep
 * one of the two `sourceMappingURL` comments a tree-shaken file ends with
 * (scripts/source-map-comment.mjs). Each build rewrites only what it wrote, as the three run at once.
 */
const restoreConst = (files: () => string[]) => async () => {
  const written = files();
  restoreConstInFiles(written);
  oneSourceMapCommentInFiles(written);
};

const ENTRIES = {
  index: 'src/index.ts',
  unicode: 'src/unicode/index.ts',
  letters: 'src/letters/index.ts',
  punctuation: 'src/punctuation/index.ts',
  sentences: 'src/sentences/index.ts',
  stream: 'src/stream/index.ts',
};

/**
 * For the Node build (dist/node/): each subpath entry re-exports its functions from the root's
 * one file (every one of them is also a root export), so they are the root's own objects. What
 * a subpath entry imports (`./clean-unicode.js`...) is read from `./index.js` instead.
 */
const subpathsFromRoot: Plugin = {
  name: 'subpaths-from-root',
  setup(build) {
    // tsup hands esbuild `esm` for both formats when tree-shaking (rollup writes the CommonJS):
    // the output extension tells them apart.
    const root =
      build.initialOptions.outExtension?.['.js'] === '.cjs' ? './index.cjs' : './index.js';
    const subpaths = Object.values(ENTRIES)
      .filter((entry) => entry !== ENTRIES.index)
      .map((entry) => `/${entry}`);
    build.onResolve({ filter: /^\./ }, (args) => {
      const importer = args.importer.replaceAll('\\', '/');
      return subpaths.some((entry) => importer.endsWith(entry))
        ? { path: root, external: true }
        : undefined;
    });
  },
};

export default defineConfig([
  {
    // For bundlers (and any runtime without the `node` condition): the code shared by entries in
    // chunks, so that a bundle keeps only the chunks an application uses.
    entry: ENTRIES,
    format: ['esm', 'cjs'],
    dts: true,
    // The command-line and Node builds below write dist/cli.js and dist/node/ in parallel: keep them.
    clean: ['!cli.js', '!cli.js.map', '!node/**'],
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    onSuccess: restoreConst(() => scriptsIn('dist', ['cli.js'])),
  },
  {
    // For Node, Deno and Bun (the `node` export condition): the root in one file, and the subpath
    // entries re-exporting from it. Importing it is one file to resolve, read, compile and link
    // instead of ten (the chunks above), which cost about as much as evaluating all of them; in
    // a runtime, unlike in a bundle, nothing is gained by leaving out the chunks not used.
    entry: ENTRIES,
    outDir: 'dist/node',
    esbuildPlugins: [subpathsFromRoot],
    // Without comments and white space (and with constants folded), the file is 45% smaller and all
    // ASCII (a comment with an Arabic example made the engine hold the whole source as two-byte
    // text), so it is read and compiled faster. Local and module-level names are shortened too:
    // the file is another 28% smaller, and the library's part of an import costs 7% fewer
    // instructions and 6% fewer page faults (callgrind and getrusage; on the shared development
    // machine a page fault costs about 10 µs, and an import makes about 650 of them). Stack
    // traces keep their places through the source map (`node --enable-source-maps`);
    // `KEEP_NAMES=1 npm run build` keeps the names, for reading profiles and `--trace-opt` output.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: !process.env.KEEP_NAMES,
    format: ['esm', 'cjs'],
    dts: false,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    onSuccess: restoreConst(() => [...scriptsIn('dist/node')]),
  },
  {
    // The command-line tool: Node-only, one ESM file with a shebang, bundling the library.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node18',
    tsconfig: 'tsconfig.cli.json',
    banner: { js: '#!/usr/bin/env node' },
    dts: false,
    clean: false,
    sourcemap: true,
    splitting: false,
    onSuccess: restoreConst(() => ['dist/cli.js']),
  },
]);
