import { defineConfig } from 'tsup';

export default defineConfig({
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
  clean: true,
  sourcemap: true,
  target: 'es2020',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
});
