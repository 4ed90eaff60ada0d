import { defaultCamera, type VirtualCamera } from '../motion/fk/camera';
import type { Skeleton } from '../motion/skeleton';
import type { Rng } from './rng';

/** How the camera sees one utterance, relative to the default upper-body framing. */
export interface CameraVariation {
  /** Signer turned against the camera, degrees (> 0: camera moves to the signer's left). */
  readonly yawDeg: number;
  /** Camera above (> 0) or below the signer's chest, degrees. */
  readonly pitchDeg: number;
  readonly rollDeg: number;
  /** Distance against the default framing (> 1: farther, the signer smaller). */
  readonly distance: number;
  /** Frame moved up by this fraction of its height, so the bottom (and low hands) leave it. */
  readonly cropBottom: number;
  /** Signer off centre, fraction of the frame width. */
  readonly shiftX: number;
  readonly width: number;
  readonly height: number;
}

/** Image sizes of webcams and phones held in landscape. */
const SIZES: readonly (readonly [number, number])[] = [
  [640, 480],
  [1280, 720],
  [1920, 1080],
];

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** The ranges: yaw ±30°, pitch ±15°, roll, distance and crop; most shots near frontal. */
export function drawCamera(rng: Rng): CameraVariation {
  const [width, height] = SIZES[rng.weighted([2, 3, 1])]!;
  const crop = rng.chance(0.2);
  return {
    yawDeg: clamp(rng.normal(0, 12), -30, 30),
    pitchDeg: clamp(rng.normal(0, 6), -15, 15),
    rollDeg: clamp(rng.normal(0, 2.5), -8, 8),
    distance: rng.uniform(0.85, 1.35),
    cropBottom: crop ? rng.uniform(0.05, 0.3) : 0,
    shiftX: clamp(rng.normal(0, 0.05), -0.12, 0.12),
    width,
    height,
  };
}

export const FRONTAL: CameraVariation = {
  yawDeg: 0,
  pitchDeg: 0,
  rollDeg: 0,
  distance: 1,
  cropBottom: 0,
  shiftX: 0,
  width: 640,
  height: 480,
};

/** The default framing of a skeleton, moved as the variation says. */
export function variedCamera(sk: Skeleton, v: CameraVariation): VirtualCamera {
  const base = defaultCamera(sk);
  const [tx, ty, tz] = base.target;
  const d0 = base.position[2] - tz;
  const halfHeight = d0 * Math.tan(((base.fovDeg / 2) * Math.PI) / 180);
  const aspect = v.width / v.height;
  // Keep the default's vertical extent whatever the aspect; crop by aiming higher.
  const target: [number, number, number] = [
    tx - v.shiftX * 2 * halfHeight * aspect,
    ty + v.cropBottom * 2 * halfHeight,
    tz,
  ];
  const d = d0 * v.distance;
  const yaw = (v.yawDeg * Math.PI) / 180;
  const pitch = (v.pitchDeg * Math.PI) / 180;
  return {
    position: [
      target[0] + d * Math.cos(pitch) * Math.sin(yaw),
      target[1] + d * Math.sin(pitch),
      target[2] + d * Math.cos(pitch) * Math.cos(yaw),
    ],
    target,
    fovDeg: base.fovDeg,
    width: v.width,
    height: v.height,
    rollDeg: v.rollDeg,
  };
}
