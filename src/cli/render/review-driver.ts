/**
 * Drives the avatar review page (src/renderer/avatar/review, built into dist/pages) in headless
 * Chromium: loads a VRM and returns rendered views or motion-clip frames as PNG bytes.
 */
import type { Browser, Page } from 'playwright-core';
import { launchHeadless, pageScript } from '../../node/chromium/headless';
import { serializeClip, type Clip } from '../../shared/motion/clip';
import type { FrameCoverage, ReviewGlobal, ReviewView } from '../../shared/avatar/review/view';

export interface ReviewSession {
  readonly warnings: readonly string[];
  render(view: ReviewView): Promise<Buffer>;
  /** Frame `frame` of a motion clip on the avatar, seen through the view's camera, as PNG bytes. */
  renderClipFrame(clip: Clip, frame: number, view: ReviewView): Promise<Buffer>;
  /** Coverage of the last rendered view. */
  coverage(): Promise<FrameCoverage>;
  close(): Promise<void>;
}

export async function openReview(vrm: Uint8Array, name: string): Promise<ReviewSession> {
  const script = pageScript('avatar-review');
  const browser: Browser = await launchHeadless();
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
