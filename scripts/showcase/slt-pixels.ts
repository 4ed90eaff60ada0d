/**
 * Sign → text on pixels, outside the browser app: the avatar signs a gloss sentence
 * (test/helpers/avatar-video.ts), the app's offline landmarker (MediaPipe in headless Chromium,
 * as `cli landmarks`) reads every rendered frame in order with tracking, and the sign → text pack
 * translates the landmarks through the worker's streaming code (as `cli slt`). Also at a lower
 * frame rate, since the live app sees only the frames MediaPipe keeps up with, and the same clip's
 * landmarks by forward kinematics (`cli slp --out x.pose`, the corpus's kind). Prints JSON; the
 * landmarks stay beside the video as landmarks.pose for `cli slt --in`.
 *
 *   npx tsx scripts/showcase/slt-pixels.ts [--pack ase-slt|DIR] [--fps-live 9] PLEASE INTERPRET FOR ME
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchHeadless } from '../../src/node/chromium/headless';
import { startPageServer } from '../../src/node/chromium/page-server';
import { modelsDir, rendererDir } from '../../src/node/paths';
import { resolvePack } from '../../src/cli/pack-arg';
import type { PerceptionGlobal } from '../../src/shared/perception/contract';
import { isDetected, type ComponentName } from '../../src/shared/landmarks/layout';
import { encodePose, framesToPose } from '../../src/shared/pose-format';
import { poseClip } from '../../src/workers/slt/clip-files';
import { SltModel } from '../../src/workers/slt/model';
import { translateClip } from '../../src/workers/slt/run-file';
import { avatarVideo, frameFile } from '../../test/helpers/avatar-video';
import { ROOT } from '../../test/helpers/shared';

const CACHE = path.join(ROOT, 'test-results', 'avatar-video');

/** Landmarks of every frame, in order, with the tracking a video gets (timestamps i / fps). */
async function landmarks(framesDir: string, count: number, fps: number): Promise<Float32Array[]> {
  const server = await startPageServer({
    'app/': rendererDir(),
    'app/models/mediapipe/': path.join(modelsDir(), 'mediapipe'),
    'input/': framesDir,
  });
  const browser = await launchHeadless();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.base}app/extract.html`);
    await page.waitForFunction(() => 'signbridgePerception' in globalThis, undefined, {
      timeout: 30_000,
    });
    await page.evaluate(
      (a) =>
        (globalThis as unknown as PerceptionGlobal).signbridgePerception.start({
          assetsBaseUrl: a,
          prefer: 'tasks',
        }),
      `${server.base}app/models/mediapipe`,
    );
    const out: Float32Array[] = [];
    for (let i = 0; i < count; i++) {
      const url = `${server.base}input/${path.basename(frameFile(framesDir, i))}`;
      const d = await page.evaluate(
        ([u, t]) =>
          (globalThis as unknown as PerceptionGlobal).signbridgePerception.detectImage(u, t),
        [url, (i * 1000) / fps] as const,
      );
      out.push(Float32Array.from(d.frame));
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

function poseClipFrames(file: string): Float32Array[] {
  const c = poseClip(file);
  return Array.from({ length: c.count }, (_, i) => c.frame(i));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { pack: { type: 'string', default: 'ase-slt' }, 'fps-live': { type: 'string' } },
  });
  const glosses = positionals.length > 0 ? positionals : ['PLEASE', 'INTERPRET', 'FOR', 'ME'];
  const liveFps = Number(values['fps-live'] ?? 9);
  const t0 = Date.now();
  const video = await avatarVideo(glosses, { cacheDir: CACHE });
  const t1 = Date.now();
  // Cached beside the video: `cli slt --in <that>.pose` replays it without MediaPipe.
  const poseFile = path.join(path.dirname(video.y4m), 'landmarks.pose');
  const frames = fs.existsSync(poseFile)
    ? poseClipFrames(poseFile)
    : await landmarks(video.framesDir, video.frames, video.fps);
  if (!fs.existsSync(poseFile))
    fs.writeFileSync(
      poseFile,
      encodePose(
        framesToPose(frames, { fps: video.fps, width: video.width, height: video.height }),
      ),
    );
  const t2 = Date.now();
  const model = await SltModel.open(resolvePack(values.pack).dir, { device: 'cpu' });
  const aspect = video.width / video.height;
  try {
    const run = async (fps: number) => {
      // Every (video.fps / fps)-th frame, as the live app keeps when MediaPipe is slower.
      const step = video.fps / fps;
      const picked = Array.from({ length: Math.floor(video.frames / step) }, (_, k) =>
        Math.floor(k * step),
      );
      const r = await translateClip(model, {
        count: picked.length,
        fps,
        aspect,
        kind: 'holistic',
        frame: (i) => frames[picked[i] ?? 0] as Float32Array,
      });
      return { fps, text: r.text, glosses: r.glosses, confidence: r.confidence, errors: r.errors };
    };
    const seen = (c: ComponentName) => frames.filter((f) => isDetected(f, c)).length;
    // The same clip's landmarks by forward kinematics on the avatar (what the corpus is made of).
    const fkFile = path.join(path.dirname(video.y4m), 'fk.pose');
    if (!fs.existsSync(fkFile))
      execFileSync(process.execPath, [
        ...['scripts/run.mjs', 'cli', 'slp', '--pack', 'ase', '--gloss', glosses.join(' ')],
        ...['--out', fkFile],
      ]);
    const fk = await translateClip(model, poseClip(fkFile));
    const result = {
      signed: glosses,
      video: {
        y4m: video.y4m,
        pose: poseFile,
        frames: video.frames,
        fps: video.fps,
        timeline: video.timeline,
      },
      detected: {
        pose: seen('pose'),
        leftHand: seen('leftHand'),
        rightHand: seen('rightHand'),
        face: seen('face'),
      },
      renderSeconds: (t1 - t0) / 1000,
      landmarkSeconds: (t2 - t1) / 1000,
      kinematics: { text: fk.text, glosses: fk.glosses, confidence: fk.confidence },
      full: await run(video.fps),
      live: await run(liveFps),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    fs.mkdirSync(CACHE, { recursive: true });
    fs.writeFileSync(path.join(CACHE, 'slt-pixels.json'), JSON.stringify(result, null, 2));
  } finally {
    await model.dispose();
  }
}

await main();
