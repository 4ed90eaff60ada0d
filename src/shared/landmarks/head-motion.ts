import { FACE_FEATURE, faceFeatures, type FaceFeatureOptions } from './face-features';

/**
 * Head nod and shake velocities: the rates of head pitch (nod) and yaw (shake) in rad/s, from
 * timestamped frames. Neighbours further apart than MAX_VELOCITY_GAP_MS, or without a face,
 * do not count, so a dropout never turns into a huge spurious velocity.
 */
export const MAX_VELOCITY_GAP_MS = 250;
const MS_PER_S = 1000;

const PITCH = FACE_FEATURE.headPitch;
const YAW = FACE_FEATURE.headYaw;
const NOD = FACE_FEATURE.headNodVelocity;
const SHAKE = FACE_FEATURE.headShakeVelocity;

/** Smallest signed difference b − a between two angles, in (−π, π]. */
function angleDelta(a: number, b: number): number {
  const d = b - a;
  return Math.atan2(Math.sin(d), Math.cos(d));
}

function valid(f: Float32Array | undefined): f is Float32Array {
  return f !== undefined && Number.isFinite(f[PITCH]) && Number.isFinite(f[YAW]);
}

/**
 * Fills the two velocity slots of each feature vector in place: central differences inside the
 * sequence, one-sided at its ends and next to dropouts; NaN when no neighbour qualifies.
 */
export function fillHeadVelocities(
  features: readonly Float32Array[],
  timestampsMs: ArrayLike<number>,
): void {
  if (timestampsMs.length !== features.length) {
    throw new RangeError(
      `${timestampsMs.length} timestamps for ${features.length} frames; expected one per frame`,
    );
  }
  const time = (i: number): number => timestampsMs[i] ?? Number.NaN;
  const near = (i: number, j: number): boolean => {
    const gap = Math.abs(time(j) - time(i));
    return gap > 0 && gap <= MAX_VELOCITY_GAP_MS && valid(features[j]);
  };
  features.forEach((f, i) => {
    f[NOD] = Number.NaN;
    f[SHAKE] = Number.NaN;
    if (!valid(f)) return;
    const a = i > 0 && near(i, i - 1) ? i - 1 : i;
    const b = i + 1 < features.length && near(i, i + 1) ? i + 1 : i;
    if (a === b) return;
    const fa = features[a] ?? f;
    const fb = features[b] ?? f;
    const seconds = (time(b) - time(a)) / MS_PER_S;
    f[NOD] = angleDelta(fa[PITCH] ?? Number.NaN, fb[PITCH] ?? Number.NaN) / seconds;
    f[SHAKE] = angleDelta(fa[YAW] ?? Number.NaN, fb[YAW] ?? Number.NaN) / seconds;
  });
}

/** Face features of a timestamped sequence, velocities included. */
export function faceFeatureSequence(
  frames: readonly Float32Array[],
  timestampsMs: ArrayLike<number>,
  options: FaceFeatureOptions = {},
): Float32Array[] {
  const features = frames.map((frame) => faceFeatures(frame, undefined, options));
  fillHeadVelocities(features, timestampsMs);
  return features;
}

/**
 * Live version for a stream (the SLT worker): backward differences against the last frame
 * that had a face, so each frame's velocity is known as soon as it arrives.
 */
export class HeadMotionTracker {
  private lastTime = Number.NaN;
  private lastPitch = Number.NaN;
  private lastYaw = Number.NaN;

  /** Fills the velocity slots of `features` (already computed for this frame) in place. */
  update(features: Float32Array, timestampMs: number): Float32Array {
    features[NOD] = Number.NaN;
    features[SHAKE] = Number.NaN;
    if (!valid(features)) return features;
    const pitch = features[PITCH] ?? Number.NaN;
    const yaw = features[YAW] ?? Number.NaN;
    const gap = timestampMs - this.lastTime;
    if (gap > 0 && gap <= MAX_VELOCITY_GAP_MS) {
      features[NOD] = angleDelta(this.lastPitch, pitch) / (gap / MS_PER_S);
      features[SHAKE] = angleDelta(this.lastYaw, yaw) / (gap / MS_PER_S);
    }
    this.lastTime = timestampMs;
    this.lastPitch = pitch;
    this.lastYaw = yaw;
    return features;
  }

  reset(): void {
    this.lastTime = Number.NaN;
  }
}
