import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { ROOT } from './shared';

/**
 * Headless Debian Chromium for integration and end-to-end tests (`npx playwright install` cannot
 * download browsers here). Every test that drives a browser launches it through this file; the
 * flags live in chromium-flags.ts so Playwright's runner can import them without vitest.
 */
export { CHROMIUM_PATH, QUIET_FLAGS, WEBGL_FLAGS, fakeCameraFlags } from './chromium-flags';
import { CHROMIUM_PATH, QUIET_FLAGS, WEBGL_FLAGS, fakeCameraFlags } from './chromium-flags';

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

/** `describe` that skips, naming the missing executable, when Chromium is not installed. */
export function describeChromium(name: string, fn: () => void): void {
  if (hasChromium()) describe(name, fn);
  else {
    // As in describeShared: collect a placeholder, not a body that may need the browser.
    const reason = `${CHROMIUM_PATH} not found; apt-get install chromium`;
    describe.skip(`${name} (skipped: ${reason})`, () => {
      it(`needs ${reason}`, () => undefined);
    });
  }
}

export interface LaunchOptions {
  /** A Y4M file to serve as the camera. */
  readonly fakeCamera?: string;
  readonly args?: readonly string[];
}

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...QUIET_FLAGS,
      ...WEBGL_FLAGS,
      ...(options.fakeCamera === undefined ? [] : fakeCameraFlags(options.fakeCamera)),
      ...(options.args ?? []),
    ],
  });
}

/** Collects a page's console output, uncaught errors and failed requests, one line each. */
export function collectPageLog(page: Page): string[] {
  const lines: string[] = [];
  const t0 = Date.now();
  const add = (line: string): void => {
    lines.push(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${line}`);
  };
  page.on('console', (m) => add(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => add(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => add(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) add(`http ${r.status()}: ${r.url()}`);
  });
  page.on('worker', (w) => add(`worker started: ${w.url()}`));
  return lines;
}

/** test-results/<name>/: where a browser test keeps its screenshot and log. */
export function resultsDir(name: string): string {
  const dir = path.join(ROOT, 'test-results', name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves a screenshot and the page log under test-results/<name>/ (call it when a test fails). */
export async function saveArtifacts(
  page: Page | undefined,
  name: string,
  log: readonly string[],
): Promise<string> {
  const dir = resultsDir(name);
  fs.writeFileSync(path.join(dir, 'page.log'), `${log.join('\n')}\n`);
  if (page !== undefined && !page.isClosed()) {
    await page.screenshot({ path: path.join(dir, 'screenshot.png') }).catch(() => undefined);
  }
  return dir;
}

/**
 * Requests the page (and its workers) make to anything but 127.0.0.1 / localhost: the app must
 * make none. The array fills as the page runs.
 */
export function offsiteRequests(page: Page): string[] {
  const offsite: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (!local && !['data:', 'blob:', 'about:'].includes(url.protocol)) offsite.push(r.url());
  });
  return offsite;
}
