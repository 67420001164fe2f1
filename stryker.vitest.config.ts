import { defineConfig } from 'vitest/config';

// Vitest settings for mutation testing (`npm run mutate`): the behaviour tests of the mutated
// modules, without the timing tests (a mutant may make a pass slower without changing its
// output, and timing under mutation is noise), the CLI end-to-end tests (they run the built
// dist/, which Stryker does not mutate) and the type tests.
export default defineConfig({
  test: {
    // STRYKER_TESTS narrows the run to some test folders or files (comma-separated), e.g.
    // STRYKER_TESTS=test/sentences npm run mutate -- --mutate 'src/sentences/split-sentences.ts'
    include: process.env.STRYKER_TESTS
      ? process.env.STRYKER_TESTS.split(',').map((path) =>
          path.endsWith('.ts') ? path : `${path.replace(/\/$/, '')}/**/*.test.ts`,
        )
      : ['test/**/*.test.ts'],
    exclude: ['**/linear-time.test.ts', 'test/cli/**', 'test/smoke/**', 'node_modules/**'],
    globalSetup: ['test/support/fast-check-global-setup.ts'],
    setupFiles: ['test/support/fast-check-setup.ts', 'test/support/table-fills-setup.ts'],
  },
});
