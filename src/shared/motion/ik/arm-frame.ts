/**
 * How an arm's rotations follow from where its bones point, shared by the IK solver (arm.ts) and
 * recorded-sign retargeting (retarget/arm.ts), so that a synthesized sign and a recorded one bend
 * and twist the same arm the same way. Module scratch, no allocation per call.
 */
import {
  axisAngleQ,
  conjugateQ,
  cross3,
  DEG,
  fromBasisQ,
  mulQ,
  normalize3,
  quat,
  relativeQ,
  sub3,
  twistAngleQ,
  vec3,
  type Quat,
  type ReadonlyQuat,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import type { Side } from '../rig';

/** Anatomical forearm supination range from palm-down, radians; the twist window is centred on it. */
export const SUPINATION_MIN = -40 * DEG;
export const SUPINATION_MAX = 190 * DEG;
const SUPINATION_CENTRE = (SUPINATION_MIN + SUPINATION_MAX) / 2;
const Z_AXIS: ReadonlyVec3 = [0, 0, 1];

const h0 = vec3();
const third = vec3();
const restB = quat();
const basis = quat();
const twistQ = quat();

/**
 * Rest frame of both arm bones from the rest upper-arm and forearm joints: the bone axis (into
 * `axis`) and the elbow hinge (the forearm flexes towards +Z at rest); `restInv` gets the inverse
 * of that basis.
 */
export function armRestFrame(
  upperArmRest: ReadonlyVec3,
  lowerArmRest: ReadonlyVec3,
  axis: Vec3,
  restInv: Quat,
): void {
  normalize3(axis, sub3(axis, lowerArmRest, upperArmRest));
  normalize3(h0, cross3(h0, axis, Z_AXIS));
  cross3(third, axis, h0);
  fromBasisQ(restB, axis, h0, third);
  conjugateQ(restInv, restB);
}

/** World rotation of an arm bone that takes the rest frame (armRestFrame) to (`along`, `hinge`). */
export function armBoneWorld(
  along: ReadonlyVec3,
  hinge: ReadonlyVec3,
  restInv: ReadonlyQuat,
  out: Quat,
): Quat {
  cross3(third, along, hinge);
  fromBasisQ(basis, along, hinge, third);
  return mulQ(out, basis, restInv);
}

/** A supination angle as its representative within π of the range's centre. */
export function wrapSupination(sup: number): number {
  while (sup - SUPINATION_CENTRE > Math.PI) sup -= 2 * Math.PI;
  while (sup - SUPINATION_CENTRE <= -Math.PI) sup += 2 * Math.PI;
  return sup;
}

/**
 * The forearm's world rotation: `untwisted` (no twist about the bone) turned about the rest bone
 * axis `axis` by the hand's twist relative to it, taken inside the anatomical supination window.
 */
export function twistForearm(
  untwisted: ReadonlyQuat,
  handWorld: ReadonlyQuat,
  axis: ReadonlyVec3,
  side: Side,
  out: Quat,
): Quat {
  relativeQ(twistQ, untwisted, handWorld);
  const turn = side === 'right' ? 1 : -1;
  const sup = wrapSupination(turn * twistAngleQ(twistQ, axis));
  axisAngleQ(twistQ, axis, turn * sup);
  return mulQ(out, untwisted, twistQ);
}
