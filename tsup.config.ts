import { defineConfig } from 'tsup';

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
  },
]);
