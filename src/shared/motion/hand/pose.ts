import {
  copyQ,
  identityQ,
  mulQ,
  quat,
  rotateV,
  slerpQ,
  sub3,
  vec3,
  type Quat,
  type Vec3,
} from '../math';
import { FINGER_COUNT, HAND_JOINTS, JOINTS_PER_FINGER } from './fingers';
import type { HandModel } from './model';

/**
 * A hand pose: the local rotation of each of the 15 finger bones in the canonical (right-hand)
 * frame, VRM bone order. The left hand uses the mirror of each rotation (mirrorQ).
 */
export type HandPose = Quat[];

export function restHandPose(): HandPose {
  const p: HandPose = [];
  for (let i = 0; i < HAND_JOINTS; i++) p.push(quat());
  return p;
}

export function copyHandPose(out: HandPose, a: HandPose): HandPose {
  for (let i = 0; i < HAND_JOINTS; i++) copyQ(out[i]!, a[i]!);
  return out;
}

export function blendHandPose(out: HandPose, a: HandPose, b: HandPose, t: number): HandPose {
  for (let i = 0; i < HAND_JOINTS; i++) slerpQ(out[i]!, a[i]!, b[i]!, t);
  return out;
}

/** 21 points in MediaPipe hand order: wrist, then per finger its 3 joints and the tip. */
export const HAND_POINTS = 21;

export function makeHandPoints(): Vec3[] {
  const pts: Vec3[] = [];
  for (let i = 0; i < HAND_POINTS; i++) pts.push(vec3());
  return pts;
}

const segment = vec3();
const acc = quat();

/**
 * Forward kinematics of the fingers in the canonical hand frame (wrist at the origin, hand bone
 * unrotated): writes the 21 MediaPipe-ordered points and, when given, each bone's rotation
 * relative to the hand.
 */
export function handFK(model: HandModel, pose: HandPose, points: Vec3[], rotations?: Quat[]): void {
  const wrist = points[0]!;
  wrist[0] = 0;
  wrist[1] = 0;
  wrist[2] = 0;
  for (let f = 0; f < FINGER_COUNT; f++) {
    identityQ(acc);
    const base = f * JOINTS_PER_FINGER;
    const p0 = points[1 + f * 4]!;
    const j0 = model.joints[base]!;
    p0[0] = j0[0];
    p0[1] = j0[1];
    p0[2] = j0[2];
    for (let j = 0; j < JOINTS_PER_FINGER; j++) {
      mulQ(acc, acc, pose[base + j]!);
      if (rotations) copyQ(rotations[base + j]!, acc);
      const from = model.joints[base + j]!;
      const to = j < 2 ? model.joints[base + j + 1]! : model.tips[f]!;
      sub3(segment, to, from);
      rotateV(segment, acc, segment);
      const prev = points[1 + f * 4 + j]!;
      const next = points[2 + f * 4 + j]!;
      next[0] = prev[0] + segment[0];
      next[1] = prev[1] + segment[1];
      next[2] = prev[2] + segment[2];
    }
  }
}
