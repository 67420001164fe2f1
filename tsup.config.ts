import { defineConfig } from 'tsup';
import { restoreConstInFiles, scriptsIn } from './scripts/restore-const.mjs';

/**
 * After each build, its own files get back the top-level `const` esbuild writes as `var` (see
 * scripts/restore-const.mjs: V8 folds a module's constants into the table-driven loops). Each
 * build rewrites only what it wrote, as the two run at once.
 */
const restoreConst = (files: () => string[]) => async () => {
  restoreConstInFiles(files());
};

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      unicode: 'src/unicode/index.ts',
      letters: 'src/letters/index.ts',
      punctuation: 'src/punctuation/index.ts',
      sentences: 'src/sentences/index.ts',
      stream: 'src/stream/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // The command-line build below writes dist/cli.js in parallel: keep it.
    clean: ['!cli.js', '!cli.js.map'],
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    onSuccess: restoreConst(() => scriptsIn('dist', ['cli.js'])),
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
