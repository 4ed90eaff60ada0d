import { COMPONENTS } from '../../landmarks/layout';
import { HAND_LANDMARK, POSE_LANDMARK } from '../../landmarks/holistic-names';
import { bodyValue, type BodyFrame } from '../measure/body-frame';
import type { Rng } from '../rng';
import { runsAtFps, type OcclusionParams } from './params';

export type HandPart = 'leftHand' | 'rightHand';

const POSE_WRIST: Record<HandPart, number> = {
  leftHand: POSE_LANDMARK.LEFT_WRIST,
  rightHand: POSE_LANDMARK.RIGHT_WRIST,
};
const POSE_INDEX: Record<HandPart, number> = {
  leftHand: POSE_LANDMARK.LEFT_INDEX,
  rightHand: POSE_LANDMARK.RIGHT_INDEX,
};
const OTHER: Record<HandPart, HandPart> = { leftHand: 'rightHand', rightHand: 'leftHand' };

/** The wrist in body units (x, y), from the hand when it is detected, else from the pose. */
function wristAt(f: Float32Array, hand: HandPart, b: BodyFrame): [number, number] {
  const handWrist = COMPONENTS[hand].offset;
  const x = bodyValue(f, handWrist, 0, b);
  if (Number.isFinite(x)) return [x, bodyValue(f, handWrist, 1, b)];
  const p = COMPONENTS.pose.offset + POSE_WRIST[hand];
  return [bodyValue(f, p, 0, b), bodyValue(f, p, 1, b)];
}

/**
 * The middle of the palm in body units (x, y): the middle finger's knuckle when the hand is
 * detected, else halfway between the pose's wrist and index knuckle. The face test measures from
 * here, not from the wrist: a hand held up beside the chin to fingerspell has its wrist about
 * half a shoulder width from the nose, and MediaPipe tracks it there (the real recordings lose no
 * fingerspelling frames); only a palm over the face itself hides it.
 */
function palmAt(f: Float32Array, hand: HandPart, b: BodyFrame): [number, number] {
  const knuckle = COMPONENTS[hand].offset + HAND_LANDMARK.MIDDLE_FINGER_MCP;
  const x = bodyValue(f, knuckle, 0, b);
  if (Number.isFinite(x)) return [x, bodyValue(f, knuckle, 1, b)];
  const w = COMPONENTS.pose.offset + POSE_WRIST[hand];
  const i = COMPONENTS.pose.offset + POSE_INDEX[hand];
  return [
    (bodyValue(f, w, 0, b) + bodyValue(f, i, 0, b)) / 2,
    (bodyValue(f, w, 1, b) + bodyValue(f, i, 1, b)) / 2,
  ];
}

/**
 * Frames at which a hand is hard for a detector: the palm near the nose (hand at the face), the wrist near
 * the other wrist (hands crossing or touching), or moving fast (motion blur), all in the image
 * plane and in shoulder widths.
 */
export function hardFrames(
  frames: readonly Float32Array[],
  fps: number,
  hand: HandPart,
  b: BodyFrame,
  p: OcclusionParams,
): boolean[] {
  const nose = COMPONENTS.pose.offset + POSE_LANDMARK.NOSE;
  let prev: [number, number] | undefined;
  return frames.map((f) => {
    const w = wristAt(f, hand, b);
    const o = wristAt(f, OTHER[hand], b);
    const palm = palmAt(f, hand, b);
    const face = Math.hypot(palm[0] - bodyValue(f, nose, 0, b), palm[1] - bodyValue(f, nose, 1, b));
    const other = Math.hypot(w[0] - o[0], w[1] - o[1]);
    const speed = prev ? Math.hypot(w[0] - prev[0], w[1] - prev[1]) * fps : 0;
    prev = Number.isFinite(w[0]) && Number.isFinite(w[1]) ? w : undefined;
    return face < p.faceDistance || other < p.handsDistance || speed > p.fastSpeed;
  });
}

/**
 * Which frames lose the hand: inside a hard stretch each frame starts a miss run with
 * probability startPerFrame × strength (strength drawn per clip, uniform in [0, 1], so the
 * corpus holds clean clips and clips that lose most of the signing hand); a run lasts a
 * geometric number of frames (mean meanRunFrames), and may outlast the hard stretch, as a
 * detector's tracking takes a while to find the hand again. Draws 1 + frames values.
 */
export function occlusionMisses(
  hard: readonly boolean[],
  fps: number,
  p: OcclusionParams,
  rng: Rng,
): boolean[] {
  const strength = rng.next();
  const runs = runsAtFps({ startPerFrame: p.startPerFrame, meanRunFrames: p.meanRunFrames }, fps);
  const start = runs.startPerFrame * strength;
  const end = runs.meanRunFrames > 1 ? 1 / runs.meanRunFrames : 1;
  let inRun = false;
  return hard.map((h) => {
    const u = rng.next();
    inRun = inRun ? u >= end : h && u < start;
    return inRun;
  });
}
