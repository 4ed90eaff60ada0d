/**
 * Headless Chromium for the CLI's browser work (rendering the avatar, extracting landmarks with
 * MediaPipe's WASM/WebGL), driven by playwright-core. Debian's Chromium by default; SIGNBRIDGE_CHROMIUM
 * names another. Flags keep it offline and give it WebGL through SwiftShader where there is no GPU.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { distDir } from '../paths';
import { findChromium } from './open-browser';

export const HEADLESS_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
] as const;

export async function launchHeadless(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === undefined) {
    throw new Error(
      'no Chromium found: install it (Debian/Ubuntu: apt-get install chromium) or set SIGNBRIDGE_CHROMIUM to its path',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...HEADLESS_FLAGS, ...extraArgs],
  });
}

/** A page script built by `npm run build` into dist/pages (see scripts/build.mjs). */
export function pageScript(name: string): string {
  const file = path.join(distDir(), 'pages', `${name}.js`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  return fs.readFileSync(file, 'utf8');
}
