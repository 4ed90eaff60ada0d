/**
 * Per-frame cost of driving an avatar: retarget one clip frame onto the normalized rig, then
 * vrm.update (rig → raw bones, expressions → morph weights). Runs in Node (bench -- slp) and in
 * the renderer alike; the target is p95 ≤ 1 ms for the default avatar.
 */
import { allocateClip, type Clip } from '../../shared/motion/clip';
import { loadAvatar } from './load';
import type { SigningAvatar } from './signing-avatar';

export interface AvatarBenchResult {
  readonly avatar: string;
  readonly frames: number;
  readonly bones: number;
  readonly expressions: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/** Frames timed after warm-up; two seconds of 30 fps signing, many times over. */
const DEFAULT_FRAMES = 1800;
const WARMUP_FRAMES = 120;
const BENCH_FPS = 30;
/** Largest bone swing in the synthetic clip (radians): every joint moves every frame. */
const SWING = 0.6;

/**
 * A clip where every bone turns and every expression changes on every frame (a worst case:
 * real signing leaves many channels still), deterministic so runs compare.
 */
export function syntheticClip(frames: number): Clip {
  const clip = allocateClip(BENCH_FPS, frames);
  const nb = clip.bones.length;
  const ne = clip.expressions.length;
  for (let f = 0; f < frames; f++) {
    for (let b = 0; b < nb; b++) {
      const half = 0.5 * SWING * Math.sin(0.07 * f + 0.9 * b);
      const ax = Math.sin(b * 1.7);
      const ay = Math.cos(b * 2.3);
      const az = Math.sin(b * 0.7 + 1);
      const n = Math.hypot(ax, ay, az) || 1;
      const s = Math.sin(half) / n;
      clip.rotations.set([ax * s, ay * s, az * s, Math.cos(half)], (f * nb + b) * 4);
    }
    for (let e = 0; e < ne; e++)
      clip.expressionWeights[f * ne + e] = 0.5 + 0.5 * Math.sin(0.05 * f + e);
  }
  return clip;
}

function percentile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Times applyPose (retarget + vrm.update) over `frames` frames of a synthetic clip. */
export function benchSigningAvatar(
  avatar: SigningAvatar,
  frames = DEFAULT_FRAMES,
): AvatarBenchResult {
  const clipFrames = 240;
  const clip = syntheticClip(clipFrames);
  for (let f = 0; f < WARMUP_FRAMES; f++) avatar.applyPose(clip, f % clipFrames, 1, 1 / BENCH_FPS);
  const times = new Float64Array(frames);
  for (let f = 0; f < frames; f++) {
    const t0 = performance.now();
    avatar.applyPose(clip, f % clipFrames, 1, 1 / BENCH_FPS);
    times[f] = performance.now() - t0;
  }
  avatar.resetPose();
  times.sort();
  return {
    avatar: avatar.name,
    frames,
    bones: clip.bones.length,
    expressions: clip.expressions.length,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    maxMs: times[times.length - 1] ?? Number.NaN,
  };
}

/** Loads a VRM from its bytes and benchmarks its per-frame update. */
export async function benchAvatarUpdate(
  bytes: ArrayBuffer,
  name = 'avatar',
  frames = DEFAULT_FRAMES,
): Promise<AvatarBenchResult> {
  return benchSigningAvatar(await loadAvatar(bytes, name), frames);
}
