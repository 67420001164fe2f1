import { defineConfig } from 'vitest/config';

/**
 * The linear-time shape tests: each compares the time for n and 4n code units of a hostile input.
 * They run apart from `npm test` (which they would slow down by a minute or more) and one file at a
 * time, so that the timings of one do not disturb another's.
 */
export default defineConfig({
  test: {
    include: ['test/**/linear-time.test.ts'],
    fileParallelism: false,
    // linear-growth.ts collects garbage before each timed run, so that a major GC of the previous
    // run's output does not land in the next measurement.
    execArgv: ['--expose-gc'],
    testTimeout: 120_000,
    globalSetup: ['test/support/fast-check-global-setup.ts'],
    setupFiles: ['test/support/fast-check-setup.ts', 'test/support/table-fills-setup.ts'],
  },
});
