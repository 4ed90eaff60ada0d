/**
 * Drives src/renderer/avatar/review in headless Chromium (SwiftShader WebGL): bundles the page
 * with esbuild, loads a VRM into it and returns rendered views as PNG bytes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serializeClip, type Clip } from '../../src/shared/motion/clip';
import type {
  FrameCoverage,
  ReviewGlobal,
  ReviewView,
} from '../../src/renderer/avatar/review/view';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENTRY = path.join(ROOT, 'src/renderer/avatar/review/review-page.ts');
export const CHROMIUM = process.env['SIGNBRIDGE_CHROMIUM'] ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export interface ReviewSession {
  readonly warnings: readonly string[];
  render(view: ReviewView): Promise<Buffer>;
  /** Frame `frame` of a motion clip on the avatar, seen through the view's camera, as PNG bytes. */
  renderClipFrame(clip: Clip, frame: number, view: ReviewView): Promise<Buffer>;
  /** Coverage of the last rendered view. */
  coverage(): Promise<FrameCoverage>;
  close(): Promise<void>;
}

async function bundle(): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`review: esbuild produced no output for ${ENTRY}`);
  return file.text;
}

export async function openReview(vrm: Uint8Array, name: string): Promise<ReviewSession> {
  const script = await bundle();
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page: Page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(
      '<!doctype html><html><body style="margin:0;background:#000"></body></html>',
    );
    await page.addScriptTag({ content: script });
    const base64 = Buffer.from(vrm).toString('base64');
    const { warnings } = await page.evaluate(
      ([b, n]) => {
        const api = (globalThis as ReviewGlobal).avatarReview;
        if (!api) throw new Error('review page did not install window.avatarReview');
        return api.load(b, n);
      },
      [base64, name] as const,
    );
    if (errors.length > 0) throw new Error(`review page errors: ${errors.join('; ')}`);
    return {
      warnings,
      async render(view) {
        const url = await page.evaluate((v) => {
          const api = (globalThis as ReviewGlobal).avatarReview;
          if (!api) throw new Error('review page lost window.avatarReview');
          return api.render(v);
        }, view);
        return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
      },
      async renderClipFrame(clip, frame, view) {
        const text = serializeClip(clip);
        const url = await page.evaluate(
          ([t, f, v]) => {
            const api = (globalThis as ReviewGlobal).avatarReview;
            if (!api) throw new Error('review page lost window.avatarReview');
            return api.renderClip(t, f, v);
          },
          [text, frame, view] as const,
        );
        return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
      },
      coverage: () =>
        page.evaluate(() => {
          const api = (globalThis as ReviewGlobal).avatarReview;
          if (!api) throw new Error('review page lost window.avatarReview');
          return api.coverage();
        }),
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
