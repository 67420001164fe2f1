import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/fast-check-global-setup.ts'],
    setupFiles: ['test/support/fast-check-setup.ts'],
    typecheck: {
      enabled: true,
      tsconfig: './tsconfig.test.json',
      include: ['test/**/*.test-d.ts'],
    },
  },
});
