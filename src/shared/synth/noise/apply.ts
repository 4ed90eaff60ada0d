import { COMPONENTS, VALUES_PER_POINT, type ComponentName } from '../../landmarks/layout';
import { requireBodyFrame } from '../measure/body-frame';
import { NOISE_PARTS, PART_GROUP, PART_POINTS } from '../measure/parts';
import type { Rng } from '../rng';
import { ar1Path } from './ar1';
import { rhoAtFps, runsAtFps, type Ar1, type NoiseParams } from './params';
import { drawRuns } from './runs';
import { hardFrames, occlusionMisses, type HandPart } from './occlusion';

export interface ApplyNoiseOptions {
  /** Image width / height of the frames (default 1). */
  aspect?: number;
}

/** A hand is lost when its wrist, or more than this share of its points, leaves the image. */
const HAND_OUTSIDE_SHARE = 0.5;
const HAND_PARTS: readonly HandPart[] = ['leftHand', 'rightHand'];

const inImage = (f: Float32Array, i: number): boolean => {
  const x = f[i]!;
  const y = f[i + 1]!;
  return x >= 0 && x <= 1 && y >= 0 && y <= 1;
};

/**
 * Detection noise on rendered landmarks, as MediaPipe Holistic would add it: AR(1) jitter per
 * part (whole-part shift plus per-point, and depth), hands missed for runs of frames (at random,
 * and more often at the face, crossing the other hand or moving fast: occlusion.ts), hands
 * swapped, hands outside the image dropped, pose points outside it given low visibility. The
 * jitter is in shoulder widths of this clip's body in the image, so a signer twice as far away
 * gets half the jitter in image units. Deterministic for a given Rng state; the input is not
 * modified.
 */
export function applyNoise(
  frames: readonly Float32Array[],
  fps: number,
  params: NoiseParams,
  rng: Rng,
  options: ApplyNoiseOptions = {},
): Float32Array[] {
  const body = requireBodyFrame({ frames, fps, aspect: options.aspect }, 'applyNoise input');
  // Shoulder widths → normalised image units: y is in image heights, x and z in image widths.
  const toY = body.unit;
  const toX = body.unit / body.aspect;
  const out = frames.map((f) => Float32Array.from(f));
  const n = frames.length;
  const path = (p: Ar1): Float64Array => ar1Path(p, rhoAtFps(p.rho, fps), rng, new Float64Array(n));

  for (const part of NOISE_PARTS) {
    const noise = params[PART_GROUP[part]];
    const sx = path(noise.shared);
    const sy = path(noise.shared);
    for (const p of PART_POINTS[part]) {
      const px = path(noise.point);
      const py = path(noise.point);
      const pz = path(noise.depth);
      const i = p * VALUES_PER_POINT;
      for (let t = 0; t < n; t++) {
        const f = out[t]!;
        if (!Number.isFinite(f[i])) continue;
        f[i] = f[i]! + (sx[t]! + px[t]!) * toX;
        f[i + 1] = f[i + 1]! + (sy[t]! + py[t]!) * toY;
        f[i + 2] = f[i + 2]! + pz[t]! * toX;
      }
    }
  }

  const swapped = drawRuns(n, runsAtFps(params.swap, fps), rng);
  const dropped = HAND_PARTS.map(() => drawRuns(n, runsAtFps(params.dropout, fps), rng));
  // Hard moments are judged on the jittered frames, before any hand is dropped or swapped.
  const occluded = HAND_PARTS.map((h) =>
    occlusionMisses(hardFrames(out, fps, h, body, params.occlusion), fps, params.occlusion, rng),
  );
  for (let t = 0; t < n; t++) {
    const f = out[t]!;
    if (swapped[t]) swapHands(f);
    HAND_PARTS.forEach((h, k) => {
      if (dropped[k]![t] || occluded[k]![t] || handOutside(f, h)) clearPart(f, h);
    });
    markPoseOutside(f, params.outsideVisibility);
  }
  return out;
}

function partRange(c: ComponentName): [number, number] {
  const start = COMPONENTS[c].offset * VALUES_PER_POINT;
  return [start, start + COMPONENTS[c].points * VALUES_PER_POINT];
}

function swapHands(f: Float32Array): void {
  const [l0, l1] = partRange('leftHand');
  const [r0] = partRange('rightHand');
  const left = f.slice(l0, l1);
  f.copyWithin(l0, r0, r0 + (l1 - l0));
  f.set(left, r0);
}

function clearPart(f: Float32Array, c: ComponentName): void {
  const [a, b] = partRange(c);
  f.fill(Number.NaN, a, b);
}

function handOutside(f: Float32Array, c: ComponentName): boolean {
  const [a, b] = partRange(c);
  if (!Number.isFinite(f[a])) return false;
  if (!inImage(f, a)) return true;
  let outside = 0;
  for (let i = a; i < b; i += VALUES_PER_POINT) if (!inImage(f, i)) outside++;
  return outside > HAND_OUTSIDE_SHARE * COMPONENTS[c].points;
}

function markPoseOutside(f: Float32Array, visibility: number): void {
  for (let p = 0; p < COMPONENTS.pose.points; p++) {
    const i = (COMPONENTS.pose.offset + p) * VALUES_PER_POINT;
    if (!Number.isFinite(f[i]) || inImage(f, i)) continue;
    const v = f[i + 3]!;
    f[i + 3] = Number.isFinite(v) ? Math.min(v, visibility) : visibility;
  }
}
