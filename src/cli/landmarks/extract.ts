/**
 * Landmark extraction from an image or a video file with the app's own landmarker (MediaPipe
 * Holistic on the offline bundle), in headless Chromium: how users turn recordings into data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchHeadless } from '../../node/chromium/headless';
import { startPageServer } from '../../node/chromium/page-server';
import { modelsDir, rendererDir } from '../../node/paths';
import type {
  LandmarkerInfo,
  LandmarkerPreference,
  PerceptionGlobal,
} from '../../shared/perception/contract';
import { FRAME_LENGTH } from '../../shared/landmarks/layout';
import { invalidValueMessage } from '../../shared/errors/invalid';

export const IMAGE_TYPES = ['.png', '.jpg', '.jpeg', '.webp', '.bmp', '.gif'] as const;
export const VIDEO_TYPES = ['.mp4', '.webm', '.mov', '.m4v', '.mkv', '.ogv'] as const;

export interface Extraction {
  readonly frames: Float32Array[];
  readonly fps: number;
  readonly width: number;
  readonly height: number;
  readonly landmarker: string;
  readonly msPerFrame: number;
}

export interface ExtractOptions {
  readonly prefer?: LandmarkerPreference;
  /** Called after each video frame (progress on stderr). */
  readonly onFrame?: (done: number, total: number) => void;
}

/** Frame rate written for a still image: one frame. */
const IMAGE_FPS = 1;

export function inputKind(file: string): 'image' | 'video' {
  const ext = path.extname(file).toLowerCase();
  if ((IMAGE_TYPES as readonly string[]).includes(ext)) return 'image';
  if ((VIDEO_TYPES as readonly string[]).includes(ext)) return 'video';
  const types = [...IMAGE_TYPES, ...VIDEO_TYPES];
  throw new Error(
    `${file}: ${invalidValueMessage('file type', ext, types, 'is not an image or video type')}`,
  );
}

const toFrame = (values: number[]): Float32Array => {
  if (values.length !== FRAME_LENGTH)
    throw new Error(`the landmarker returned ${values.length} values, expected ${FRAME_LENGTH}`);
  return Float32Array.from(values);
};

export async function extractLandmarks(
  file: string,
  opts: ExtractOptions = {},
): Promise<Extraction> {
  const kind = inputKind(file);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new Error(`${file} does not exist`);
  const extract = path.join(rendererDir(), 'extract.html');
  if (!fs.existsSync(extract)) throw new Error(`${extract} is missing: run npm run build`);
  const mediapipe = path.join(modelsDir(), 'mediapipe');
  if (!fs.existsSync(mediapipe)) throw new Error(`${mediapipe} is missing: run npm run setup`);
  const server = await startPageServer({
    'app/': rendererDir(),
    'app/models/mediapipe/': mediapipe,
    'input/': path.resolve(file),
  });
  const browser = await launchHeadless();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.base}app/extract.html`);
    await page
      .waitForFunction(() => 'signbridgePerception' in globalThis, undefined, { timeout: 30_000 })
      .catch(() => {
        throw new Error(
          `the extraction page did not start${errors.length ? `: ${errors.join('; ')}` : ''}`,
        );
      });
    const info = await start(page, `${server.base}app/models/mediapipe`, opts.prefer ?? 'tasks');
    const input = `${server.base}input/${encodeURIComponent(path.basename(file))}`;
    return kind === 'image' ? await image(page, input, info) : await video(page, input, info, opts);
  } finally {
    await browser.close();
    await server.close();
  }
}

function start(
  page: Page,
  assetsBaseUrl: string,
  prefer: LandmarkerPreference,
): Promise<LandmarkerInfo> {
  return page.evaluate(
    ([a, p]) =>
      (globalThis as unknown as PerceptionGlobal).signbridgePerception.start({
        assetsBaseUrl: a,
        prefer: p,
      }),
    [assetsBaseUrl, prefer] as const,
  );
}

async function image(page: Page, url: string, info: LandmarkerInfo): Promise<Extraction> {
  const d = await page
    .evaluate(
      (u) => (globalThis as unknown as PerceptionGlobal).signbridgePerception.detectImage(u, 0),
      url,
    )
    .catch((e: unknown) => {
      throw new Error(
        `the image cannot be read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      );
    });
  return {
    frames: [toFrame(d.frame)],
    fps: IMAGE_FPS,
    width: d.width,
    height: d.height,
    landmarker: info.label,
    msPerFrame: d.timings.totalMs,
  };
}

async function video(
  page: Page,
  url: string,
  info: LandmarkerInfo,
  opts: ExtractOptions,
): Promise<Extraction> {
  const v = await page
    .evaluate(
      (u) => (globalThis as unknown as PerceptionGlobal).signbridgePerception.openVideo(u),
      url,
    )
    .catch((e: unknown) => {
      throw new Error(
        `the video cannot be read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      );
    });
  const frames: Float32Array[] = [];
  let ms = 0;
  for (let i = 0; i < v.frames; i++) {
    const d = await page.evaluate(
      (k) => (globalThis as unknown as PerceptionGlobal).signbridgePerception.detectVideoFrame(k),
      i,
    );
    frames.push(toFrame(d.frame));
    ms += d.timings.totalMs;
    opts.onFrame?.(i + 1, v.frames);
  }
  return {
    frames,
    fps: v.fps,
    width: v.width,
    height: v.height,
    landmarker: info.label,
    msPerFrame: ms / Math.max(1, frames.length),
  };
}
