import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The linear-time shape tests time megabyte inputs; they run apart, in `npm run test:linear`.
    // The playground's end-to-end test needs Chromium and the built page: `npm run test:e2e`.
    // The CLI's fault suite (disks, signals, memory) runs apart too: `npm run test:faults`.
    exclude: ['**/node_modules/**', 'test/**/linear-time.test.ts', 'test/e2e/**', 'test/faults/**'],
    // Property tests run thousands of cases in CI; a loaded machine needs room.
    testTimeout: 30_000,
    // The CLI suites build dist/ in a hook when it is missing (a fresh clone): minutes on a busy box.
    hookTimeout: 180_000,
    globalSetup: ['test/support/fast-check-global-setup.ts'],
    setupFiles: ['test/support/fast-check-setup.ts', 'test/support/table-fills-setup.ts'],
    typecheck: {
      enabled: true,
      tsconfig: './tsconfig.test.json',
      include: ['test/**/*.test-d.ts'],
    },
  },
});
