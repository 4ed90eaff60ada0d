/**
 * The default avatar's proportions: rest (T-pose) positions of every humanoid bone, in metres,
 * facing +Z with +Y up and its left at +X (VRM 1.0). Every bone has an identity rest rotation,
 * so the raw rig already is the normalized rig three-vrm builds.
 */
import {
  FINGERS,
  HUMAN_BONES,
  fingerBones,
  type Finger,
  type HumanBoneName,
} from '../../src/shared/avatar';
import { add, addScaled, mirrorX, normalize, type V3 } from './geometry/vec';

/**
 * Head design space: the head is modelled at life size here, then scaled by HEAD_SCALE about
 * the head joint (a slightly large head reads friendlier and shows the face better).
 */
export const HEAD = {
  /** Centre of the skull shape; rays that mesh the head start here. */
  center: [0, 1.566, 0.004] as V3,
  eyeY: 1.556,
  /** Half distance between the eye centres. */
  eyeX: 0.0335,
  mouthY: 1.49,
  /** The jaw hinge, in front of the ears: mouth shapes open about it, and the jaw bone sits there. */
  jawPivot: [0, 1.526, -0.008] as V3,
  /** Depth of the eye bones: the iris turns about a point this far behind the eye surface. */
  eyeZ: 0.078,
} as const;

export const HEAD_SCALE = 1.1;
/** The head joint (the humanoid `head` bone), the fixed point of the head scale. */
const HEAD_JOINT: V3 = [0, 1.468, -0.01];

/** A head design-space point in avatar space. */
export function toHeadSpace(p: V3): V3 {
  return [
    HEAD_JOINT[0] + (p[0] - HEAD_JOINT[0]) * HEAD_SCALE,
    HEAD_JOINT[1] + (p[1] - HEAD_JOINT[1]) * HEAD_SCALE,
    HEAD_JOINT[2] + (p[2] - HEAD_JOINT[2]) * HEAD_SCALE,
  ];
}

/** Hand layout of the left hand relative to the wrist (leftHand bone): +X along the fingers. */
export const HAND = {
  /** Knuckle (proximal joint) of each finger. */
  knuckle: {
    Index: [0.083, 0.002, 0.026],
    Middle: [0.087, 0.002, 0.0075],
    Ring: [0.082, 0.0, -0.0105],
    Little: [0.074, -0.003, -0.0275],
  } as Record<Exclude<Finger, 'Thumb'>, V3>,
  /** Segment lengths: proximal, intermediate, distal (to the fingertip). */
  segments: {
    Thumb: [0.04, 0.03, 0.027],
    Index: [0.038, 0.023, 0.021],
    Middle: [0.042, 0.0255, 0.022],
    Ring: [0.039, 0.0245, 0.021],
    Little: [0.031, 0.019, 0.019],
  } as Record<Finger, readonly [number, number, number]>,
  /** Finger half-thickness at the knuckle (side to side). */
  radius: { Thumb: 0.0108, Index: 0.0093, Middle: 0.0095, Ring: 0.009, Little: 0.0081 } as Record<
    Finger,
    number
  >,
  /** Thumb carpometacarpal joint, and the thumb's direction in T-pose (VRM: 45° forward). */
  thumbBase: [0.022, -0.01, 0.017] as V3,
  thumbDirection: normalize([1, 0, 1]),
} as const;

const LEFT: Partial<Record<HumanBoneName, V3>> = {
  leftUpperLeg: [0.086, 0.892, 0.0],
  leftLowerLeg: [0.086, 0.492, 0.004],
  leftFoot: [0.086, 0.082, -0.012],
  leftToes: [0.086, 0.018, 0.105],
  leftShoulder: [0.022, 1.345, -0.012],
  leftUpperArm: [0.148, 1.336, -0.016],
  leftLowerArm: [0.408, 1.336, -0.016],
  leftHand: [0.648, 1.336, -0.016],
};

function fingerChain(finger: Finger): V3[] {
  const wrist = LEFT.leftHand as V3;
  const seg = HAND.segments[finger];
  if (finger === 'Thumb') {
    const d = HAND.thumbDirection;
    const base = add(wrist, HAND.thumbBase);
    const p1 = addScaled(base, d, seg[0]);
    const p2 = addScaled(p1, d, seg[1]);
    return [base, p1, p2, addScaled(p2, d, seg[2])];
  }
  const k = add(wrist, HAND.knuckle[finger]);
  const p1: V3 = [k[0] + seg[0], k[1], k[2]];
  const p2: V3 = [p1[0] + seg[1], k[1], k[2]];
  return [k, p1, p2, [p2[0] + seg[2], k[1], k[2]]];
}

/** Joint positions of a left finger: its 3 bones, then the fingertip. */
export function leftFingerJoints(finger: Finger): V3[] {
  return fingerChain(finger);
}

function buildRest(): Record<HumanBoneName, V3> {
  const rest: Partial<Record<HumanBoneName, V3>> = {
    hips: [0, 0.935, 0.0],
    spine: [0, 1.03, -0.004],
    chest: [0, 1.13, -0.01],
    upperChest: [0, 1.235, -0.014],
    neck: [0, 1.395, -0.018],
    head: HEAD_JOINT,
    jaw: toHeadSpace(HEAD.jawPivot),
    leftEye: toHeadSpace([HEAD.eyeX, HEAD.eyeY, HEAD.eyeZ]),
    rightEye: toHeadSpace([-HEAD.eyeX, HEAD.eyeY, HEAD.eyeZ]),
    ...LEFT,
  };
  for (const finger of FINGERS) {
    const joints = fingerChain(finger);
    fingerBones('left', finger).forEach((bone, i) => (rest[bone] = joints[i] as V3));
  }
  for (const bone of HUMAN_BONES) {
    if (bone.startsWith('right')) {
      const left = rest[('left' + bone.slice(5)) as HumanBoneName];
      if (!left) throw new Error(`rig: ${bone} has no left counterpart to mirror`);
      rest[bone] = mirrorX(left);
    }
  }
  const missing = HUMAN_BONES.filter((b) => !rest[b]);
  if (missing.length > 0) throw new Error(`rig: no rest position for ${missing.join(', ')}`);
  return rest as Record<HumanBoneName, V3>;
}

export const REST: Readonly<Record<HumanBoneName, V3>> = buildRest();
