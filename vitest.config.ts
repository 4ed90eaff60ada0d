import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Integration tests start worker threads and Chromium: keep them from fighting over 2 cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          // `npm test -- reliability`: load, injected faults and fuzzing, with figures printed.
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts', 'test/reliability/report-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Timed runs: one at a time, so one's load does not slow another's figures.
          fileParallelism: false,
        },
      },
    ],
  },
});
