import { defineConfig } from 'vitest/config';

/**
 * The end-to-end test of the playground in real Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core). It needs the built page (`npm run build:playground`), so it runs apart from
 * `npm test`, in `npm run test:e2e`.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
