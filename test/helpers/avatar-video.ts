/**
 * A webcam-like video of the avatar signing a gloss sentence: the SLP signer's motion clip drawn
 * frame by frame on the avatar (upper body, hands in frame) by the review page in headless
 * Chromium, with the rest pose held before and after, written as PNG frames and a Y4M for
 * Chromium's fake camera. Cached by its inputs, so a test run renders it once.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { defaultAvatarPath } from '../../src/main/slp/avatar-file';
import { openReview } from '../../src/cli/render/review-driver';
import { parseClip } from '../../src/shared/motion/clip/json';
import type { TimelineEntry } from '../../src/shared/motion/clip/clip';
import { ROOT } from './shared';
import { decodePng } from './png';
import { toI420, y4mHeader } from './y4m';

export interface AvatarVideoOptions {
  /** Folder for the cache (frames and Y4M under a key of the inputs). */
  readonly cacheDir: string;
  /** Lexicon pack the signer uses (id or folder). */
  readonly pack?: string;
  readonly width?: number;
  readonly height?: number;
  /** The rest pose held before the first sign and after the last (seconds). */
  readonly restSeconds?: number;
}

export interface AvatarVideo {
  readonly y4m: string;
  /** PNG frames, in order (`frame-00000.png`, …). */
  readonly framesDir: string;
  readonly frames: number;
  readonly fps: number;
  readonly width: number;
  readonly height: number;
  /** Signs on the video's timeline, in seconds from its first frame (rest included). */
  readonly timeline: readonly TimelineEntry[];
}

/** A webcam's size and the signer clip's own rate (CLIP_FPS), so no frame is resampled. */
const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 480;
const DEFAULT_REST_S = 0.5;
const META_FILE = 'video.json';
/** Bump when the rendering changes, so cached videos are redrawn. */
const RENDER_VERSION = 1;

export const frameFile = (dir: string, i: number): string =>
  path.join(dir, `frame-${String(i).padStart(5, '0')}.png`);

/**
 * The signer's motion clip through `cli slp` (which rebuilds what is stale): the same clip the
 * app's SLP worker makes, and this helper stays free of the worker's Node-only modules.
 */
function signClip(glosses: readonly string[], pack: string, out: string) {
  const r = spawnSync(
    process.execPath,
    ['scripts/run.mjs', 'cli', 'slp', '--pack', pack, '--gloss', glosses.join(' '), '--out', out],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0 || !fs.existsSync(out))
    throw new Error(`cli slp for ${glosses.join(' ')} failed (${r.status}): ${r.stderr}`);
  // A gloss the lexicon lacks is left out of the clip with a note: the video must sign them all.
  const clip = parseClip(fs.readFileSync(out, 'utf8'));
  const signed = clip.timeline.map((e) => e.gloss).join(' ');
  if (signed !== glosses.join(' '))
    throw new Error(`cli slp signed "${signed}" for "${glosses.join(' ')}": ${r.stderr}`);
  return clip;
}

/** Renders (or finds in the cache) the avatar signing `glosses`. */
export async function avatarVideo(
  glosses: readonly string[],
  opts: AvatarVideoOptions,
): Promise<AvatarVideo> {
  const width = opts.width ?? DEFAULT_WIDTH;
  const height = opts.height ?? DEFAULT_HEIGHT;
  if (width % 2 !== 0 || height % 2 !== 0)
    throw new RangeError(`avatar video ${width}x${height}: 4:2:0 needs even dimensions`);
  const rest = opts.restSeconds ?? DEFAULT_REST_S;
  const pack = opts.pack ?? 'ase';
  const avatar = defaultAvatarPath();
  // Keyed by the clip itself (a few seconds of `cli slp`), so a change to the motion redraws it.
  fs.mkdirSync(opts.cacheDir, { recursive: true });
  const clipFile = path.join(opts.cacheDir, `clip-${process.pid}.json`);
  const clip = signClip(glosses, pack, clipFile);
  const key = crypto
    .createHash('sha256')
    .update(JSON.stringify({ width, height, rest, RENDER_VERSION }))
    .update(fs.readFileSync(clipFile))
    .update(fs.readFileSync(avatar))
    .digest('hex')
    .slice(0, 12);
  const dir = path.join(opts.cacheDir, `${glosses.join('_')}-${key}`);
  const meta = path.join(dir, META_FILE);
  if (fs.existsSync(meta)) {
    fs.rmSync(clipFile);
    return JSON.parse(fs.readFileSync(meta, 'utf8')) as AvatarVideo;
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.renameSync(clipFile, path.join(dir, 'clip.json'));
  const pad = Math.round(rest * clip.fps);
  const frames = clip.frameCount + 2 * pad;
  const framesDir = path.join(dir, 'frames');
  fs.mkdirSync(framesDir, { recursive: true });
  const y4m = path.join(dir, 'signing.y4m');
  const fd = fs.openSync(y4m, 'w');
  const review = await openReview(fs.readFileSync(avatar), path.basename(avatar));
  try {
    fs.writeSync(fd, y4mHeader(width, height, clip.fps));
    for (let i = 0; i < frames; i++) {
      // The clip starts and ends at rest: holding its first and last frames is the pause.
      const k = Math.min(clip.frameCount - 1, Math.max(0, i - pad));
      const png = await review.renderClipFrame(clip, k, { camera: 'upper', width, height });
      fs.writeFileSync(frameFile(framesDir, i), png);
      fs.writeSync(fd, 'FRAME\n');
      fs.writeSync(fd, toI420(decodePng(png, `frame ${i}`), width, height));
    }
  } finally {
    fs.closeSync(fd);
    await review.close();
  }
  const shift = pad / clip.fps;
  const video: AvatarVideo = {
    y4m,
    framesDir,
    frames,
    fps: clip.fps,
    width,
    height,
    timeline: clip.timeline.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })),
  };
  // Written last: a folder with its meta file is complete.
  fs.writeFileSync(meta, JSON.stringify(video, null, 2));
  return video;
}
