import fs from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { HEADLESS_FLAGS } from '../../../node/chromium/headless';
import { findChromium } from '../../../node/chromium/open-browser';

/**
 * SVG files → PNG beside them, drawn by headless Chromium (the browser the project already
 * drives). Returns false, writing nothing, when no Chromium is installed: the SVGs remain.
 */
export async function rasterise(
  svgFiles: readonly { svg: string; png: string }[],
): Promise<boolean> {
  const executablePath = findChromium();
  if (executablePath === undefined) return false;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...HEADLESS_FLAGS],
  });
  try {
    const page = await browser.newPage();
    for (const { svg, png } of svgFiles) {
      const markup = await fs.readFile(svg, 'utf8');
      await page.setContent(`<!doctype html><html><body style="margin:0">${markup}</body></html>`);
      await page.locator('svg').first().screenshot({ path: png });
    }
  } finally {
    await browser.close();
  }
  return true;
}
