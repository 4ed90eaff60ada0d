/**
 * The e2e test fixture: a Chromium page on the host-mode app (with a fake camera where a test
 * gives one), and the host's log attached to every failing test next to its screenshot.
 */
import fs from 'node:fs';
import { test as base, chromium, expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from './browser-flags';

interface Fixtures {
  appUrl: string;
  fakeCamera: string | undefined;
  app: Page;
}

export const test = base.extend<Fixtures, { sbBrowser: Browser }>({
  appUrl: async ({}, use) => {
    const url = process.env.SB_E2E_URL;
    if (!url) throw new Error('SB_E2E_URL is not set: the global setup did not start the host');
    await use(url);
  },
  fakeCamera: [undefined, { option: true }],
  sbBrowser: [
    async ({}, use) => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: chromiumArgs(process.env.SB_E2E_Y4M),
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ sbBrowser, appUrl }, use, testInfo) => {
    const context = await sbBrowser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    await page.goto(appUrl);
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('screenshot', {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
      await testInfo.attach('browser-console', {
        body: consoleLines.join('\n'),
        contentType: 'text/plain',
      });
      const log = process.env.SB_E2E_LOG;
      if (log && fs.existsSync(log))
        await testInfo.attach('host-log', { path: log, contentType: 'text/plain' });
    }
    await context.close();
  },
});

export { expect };
