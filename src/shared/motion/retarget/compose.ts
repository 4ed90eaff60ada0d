import {
  allocateClip,
  EXPRESSION_STRIDE,
  retimeEntry,
  ROTATION_STRIDE,
  type Clip,
  type TimelineEntry,
} from '../clip';
import { makeWorldPose, skeletonFK } from '../fk';
import { distance3, minimumJerk, slerpQ, type Quat } from '../math';
import type { Skeleton } from '../skeleton';
import { UTTERANCE_TIMING } from '../synth/utterance';

/** Between two pieces: the engine's own between-sign timing (a base plus time per metre). */
const BETWEEN = UTTERANCE_TIMING.between;

const qa: Quat = [0, 0, 0, 1];
const qb: Quat = [0, 0, 0, 1];
const qo: Quat = [0, 0, 0, 1];
const wa = makeWorldPose();
const wb = makeWorldPose();

/** Seconds from one frame to another: the engine's Fitts-like rule on the farther wrist's travel. */
function transitionSeconds(sk: Skeleton, a: Clip, fa: number, b: Clip, fb: number): number {
  skeletonFK(sk, a.rotations, fa * ROTATION_STRIDE, wa);
  skeletonFK(sk, b.rotations, fb * ROTATION_STRIDE, wb);
  const d = Math.max(
    distance3(wa.pos.leftHand, wb.pos.leftHand),
    distance3(wa.pos.rightHand, wb.pos.rightHand),
  );
  return Math.min(BETWEEN.max, Math.max(BETWEEN.min, BETWEEN.base + BETWEEN.perMetre * d));
}

/**
 * Joins clips (a synthesized run of signs, a retargeted recording, …) into one: each piece as it
 * is, and between two pieces a transition from the last frame of one to the first of the next
 * (every bone slerped on a minimum-jerk profile, expressions blended), timed like the engine's
 * transitions between signs. All pieces share the clip layout (allocateClip) and `fps`; the
 * timeline entries are moved to where their piece lands.
 */
export function joinClips(pieces: readonly Clip[], sk: Skeleton, speed = 1): Clip {
  const first = pieces[0];
  if (first === undefined) throw new RangeError('joinClips: no clips to join; give at least one');
  const fps = first.fps;
  for (const [i, p] of pieces.entries()) {
    if (p.fps !== fps)
      throw new RangeError(`joinClips: clip ${i} is at ${p.fps} fps; expected ${fps} like clip 0`);
  }
  const gaps = pieces.slice(1).map((p, i) => {
    const prev = pieces[i]!;
    const seconds = transitionSeconds(sk, prev, prev.frameCount - 1, p, 0) / speed;
    return Math.max(1, Math.round(seconds * fps));
  });
  const total = pieces.reduce((n, p) => n + p.frameCount, 0) + gaps.reduce((n, g) => n + g, 0);
  const timeline: TimelineEntry[] = [];
  const out = allocateClip(fps, total, timeline);
  let at = 0;
  pieces.forEach((p, i) => {
    if (i > 0) {
      const prev = pieces[i - 1]!;
      const gap = gaps[i - 1]!;
      for (let g = 0; g < gap; g++)
        blendFrame(out, at + g, prev, prev.frameCount - 1, p, 0, minimumJerk((g + 1) / (gap + 1)));
      at += gap;
    }
    out.rotations.set(p.rotations, at * ROTATION_STRIDE);
    out.expressionWeights.set(p.expressionWeights, at * EXPRESSION_STRIDE);
    const t0 = at / fps;
    for (const e of p.timeline) timeline.push(retimeEntry(e, (t) => t + t0));
    at += p.frameCount;
  });
  return out;
}

function blendFrame(
  out: Clip,
  f: number,
  a: Clip,
  fa: number,
  b: Clip,
  fb: number,
  t: number,
): void {
  for (let k = 0; k < ROTATION_STRIDE; k += 4) {
    const oa = fa * ROTATION_STRIDE + k;
    const ob = fb * ROTATION_STRIDE + k;
    for (let c = 0; c < 4; c++) {
      qa[c] = a.rotations[oa + c]!;
      qb[c] = b.rotations[ob + c]!;
    }
    slerpQ(qo, qa, qb, t);
    out.rotations.set(qo, f * ROTATION_STRIDE + k);
  }
  for (let e = 0; e < EXPRESSION_STRIDE; e++) {
    const x = a.expressionWeights[fa * EXPRESSION_STRIDE + e]!;
    const y = b.expressionWeights[fb * EXPRESSION_STRIDE + e]!;
    out.expressionWeights[f * EXPRESSION_STRIDE + e] = x + (y - x) * t;
  }
}

/** The clip resampled to `fps` (bones slerped, expressions blended between the nearest frames). */
export function resampleClip(clip: Clip, fps: number, speed = 1): Clip {
  const seconds = (clip.frameCount - 1) / clip.fps / speed;
  const n = Math.max(1, Math.round(seconds * fps) + 1);
  const k = (clip.fps * speed) / fps;
  const timeline = clip.timeline.map((e) => retimeEntry(e, (t) => t / speed));
  const out = allocateClip(fps, n, timeline);
  for (let f = 0; f < n; f++) {
    const x = Math.min(clip.frameCount - 1, f * k);
    const i = Math.floor(x);
    blendFrame(out, f, clip, i, clip, Math.min(clip.frameCount - 1, i + 1), x - i);
  }
  return out;
}
