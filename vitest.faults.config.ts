import { defineConfig } from 'vitest/config';

// The CLI's fault suite (`npm run test:faults`): full and read-only disks, signals, kill -9,
// FIFOs, symbolic links, closed pipes, bad bytes and the memory bound on every line shape. It
// spawns the built binary (`npm run build` first) and runs its files one at a time: the memory
// measurements must not compete with each other.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
