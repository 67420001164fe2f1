// Mutation testing with StrykerJS: `npm run mutate` (slow; not part of CI).
// The HTML report is written to reports/mutation/mutation.html. To mutate a part of src/:
//   npm run mutate -- --mutate 'src/letters/*.ts,!src/letters/index.ts'

// Property tests run few cases per mutant (each mutant reruns the tests that cover it); the
// seed is still printed, and FC_RUNS set by the caller wins.
process.env.FC_RUNS ??= '10';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts' },
  mutate: [
    'src/**/*.ts',
    // Generated Unicode tables are checked by `npm run generate:check`, not by mutants.
    '!src/**/*.generated.ts',
    // Type declarations and re-export barrels have nothing to mutate.
    '!src/**/index.ts',
    '!src/**/types.ts',
    // The CLI is tested end to end through dist/, which Stryker does not rebuild.
    '!src/cli/**',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level word lists and tables) each need the whole test run; they are
  // about 45% of the mutants and 90% of the time, so they are left out of the routine run.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
