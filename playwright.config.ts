import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the real renderer and services in host mode, driven in Debian Chromium
 * (Playwright cannot download browsers here). A failing test keeps its screenshot, trace and the
 * host's log under test-results/.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './test/e2e/support/global-setup.ts',
  globalTeardown: './test/e2e/support/global-teardown.ts',
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
  },
});
