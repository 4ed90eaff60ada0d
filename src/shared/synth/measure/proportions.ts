import { COMPONENTS, isDetected } from '../../landmarks/layout';
import { bodyValue, type BodyFrame } from './body-frame';
import type { HandName } from './dropout';
import { HAND, POSE } from './parts';
import { median, quantile } from './stats';

/** Percentile of wrist y taken as a hand's signing height (REALISM.md: the height it reaches). */
export const SIGNING_HEIGHT_QUANTILE = 0.1;

/** Body proportions as MediaPipe sees them, each the clip median, in shoulder widths (y down). */
export interface Proportions {
  /** Nose y relative to the shoulder line: negative = above. */
  noseHeight: number;
  /** Shoulder width / distance between the ears. */
  shoulderOverEars: number;
  upperArm: number;
  forearm: number;
  /** Wrist → middle-finger MCP of the dominant hand, image plane. */
  handSize: number;
  /** Dominant wrist height (10th percentile of its y). */
  signingHeight: number;
}

const pose = (i: number): number => COMPONENTS.pose.offset + i;
const hand = (h: HandName, i: number): number => COMPONENTS[h].offset + i;

function dist2(f: Float32Array, a: number, c: number, b: BodyFrame): number {
  return Math.hypot(
    bodyValue(f, a, 0, b) - bodyValue(f, c, 0, b),
    bodyValue(f, a, 1, b) - bodyValue(f, c, 1, b),
  );
}

/** The hand seen in most frames (ties: the right hand, the usual dominant one). */
export function dominantHand(frames: readonly Float32Array[]): HandName {
  const count = (h: HandName): number => frames.filter((f) => isDetected(f, h)).length;
  return count('leftHand') > count('rightHand') ? 'leftHand' : 'rightHand';
}

/** Per-frame image-plane hand size (wrist → middle MCP), shoulder widths; NaN when not seen. */
export function handSizes(frames: readonly Float32Array[], h: HandName, b: BodyFrame): number[] {
  return frames.map((f) => dist2(f, hand(h, HAND.wrist), hand(h, HAND.middleMcp), b));
}

export function proportions(frames: readonly Float32Array[], b: BodyFrame): Proportions {
  const dom = dominantHand(frames);
  const perFrame = (fn: (f: Float32Array) => number): number => median(frames.map(fn));
  const shoulders = (f: Float32Array): number =>
    dist2(f, pose(POSE.leftShoulder), pose(POSE.rightShoulder), b);
  const sides = [
    [POSE.leftShoulder, POSE.leftElbow, POSE.leftWrist],
    [POSE.rightShoulder, POSE.rightElbow, POSE.rightWrist],
  ] as const;
  const domSide = dom === 'leftHand' ? sides[0] : sides[1];
  return {
    noseHeight: perFrame((f) => bodyValue(f, pose(POSE.nose), 1, b)),
    shoulderOverEars: perFrame(
      (f) => shoulders(f) / dist2(f, pose(POSE.leftEar), pose(POSE.rightEar), b),
    ),
    upperArm: perFrame((f) => dist2(f, pose(domSide[0]), pose(domSide[1]), b)),
    forearm: perFrame((f) => dist2(f, pose(domSide[1]), pose(domSide[2]), b)),
    handSize: median(handSizes(frames, dom, b)),
    signingHeight: quantile(
      frames.map((f) => bodyValue(f, hand(dom, HAND.wrist), 1, b)),
      SIGNING_HEIGHT_QUANTILE,
    ),
  };
}
