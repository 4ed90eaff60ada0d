import {
  cross3,
  distance3,
  length3,
  normalize3,
  quat,
  relativeQ,
  sub3,
  vec3,
  type Quat,
  type ReadonlyQuat,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import type { Side } from '../rig';
import type { Skeleton } from '../skeleton';
import { armBoneWorld, armRestFrame, twistForearm } from '../ik/arm-frame';

/**
 * MediaPipe's z decides whether a bone points toward or away from the camera only when it says so
 * by at least this fraction of the bone's length; below it (noise) the prior decides.
 */
const DEPTH_HINT_MIN = 0.05;
/**
 * Prior for the depth sign when z cannot tell: in signing space the upper arm and the forearm
 * reach forward (toward the camera), hardly ever behind the body.
 */
const PRIOR_FORWARD = 1;
/** Natural elbow direction (down, out to the side, a little back) for a straight arm's swivel. */
const ELBOW_DOWN = -1;
const ELBOW_OUT = 0.45;
const ELBOW_BACK = -0.2;
const Z_AXIS: ReadonlyVec3 = [0, 0, 1];

/** The observed points of one arm in the retargeting frame (observe.ts), any scale. */
export interface ArmObservation {
  readonly shoulder: ReadonlyVec3;
  readonly elbow: ReadonlyVec3;
  readonly wrist: ReadonlyVec3;
}

/** Local rotations written for one arm (the clavicle stays at rest: its parent is the chest). */
export interface ArmRotations {
  readonly upperArm: Quat;
  readonly lowerArm: Quat;
  readonly hand: Quat;
  /** World positions reached, metres: for tests and transitions. */
  readonly elbow: Vec3;
  readonly wrist: Vec3;
}

export function makeArmRotations(): ArmRotations {
  return { upperArm: quat(), lowerArm: quat(), hand: quat(), elbow: vec3(), wrist: vec3() };
}

const upper = vec3();
const fore = vec3();
const hinge = vec3();
const pole = vec3();
const a0 = vec3();
const restBInv = quat();
const qb = quat();
const upperWorld = quat();
const lowerWorld = quat();

/** Fixed-point passes that undo perspective: each re-reads x, y at the depth last found. */
const PERSPECTIVE_PASSES = 4;

/**
 * Where a joint is relative to the shoulder joint, metres, from its observed offset: x and y as
 * seen (undoing perspective when the camera distance is known: a point nearer the camera looks
 * farther from the optical axis), depth whatever the target bone's length leaves, its sign from
 * MediaPipe's z when that is clear, else forward. A bone that looks longer than the avatar's keeps
 * its image direction. `from` is the parent joint already placed (same frame), `out` the child.
 */
function placeJoint(
  from: ReadonlyVec3,
  observedFrom: ReadonlyVec3,
  observedTo: ReadonlyVec3,
  view: ArmView,
  length: number,
  out: Vec3,
): void {
  const k = view.metresPerUnit;
  const hint = (observedTo[2] - observedFrom[2]) * k;
  const sign = Math.abs(hint) >= DEPTH_HINT_MIN * length ? Math.sign(hint) : PRIOR_FORWARD;
  // Image position relative to the optical axis, metres at the shoulders' depth.
  const ix = (observedTo[0] - view.axis[0]) * k;
  const iy = (observedTo[1] - view.axis[1]) * k;
  // Start from MediaPipe's depth: a bone that perspective makes look longer than itself would
  // otherwise stay stuck in the image plane.
  let depth = from[2] + Math.max(-length, Math.min(length, hint));
  const D = view.cameraDistance;
  for (let pass = 0; pass < (Number.isFinite(D) ? PERSPECTIVE_PASSES : 1); pass++) {
    const shrink = Number.isFinite(D) ? (D - depth) / D : 1;
    out[0] = ix * shrink;
    out[1] = iy * shrink;
    const dx = out[0] - from[0];
    const dy = out[1] - from[1];
    const planar = Math.hypot(dx, dy);
    const dz = sign * Math.sqrt(Math.max(0, length * length - planar * planar));
    depth = from[2] + dz;
    if (planar > length) {
      // Longer than the bone: keep the image direction at the bone's length.
      out[0] = from[0] + (dx * length) / planar;
      out[1] = from[1] + (dy * length) / planar;
    }
  }
  out[2] = depth;
}

/** How the recording's frame maps onto the avatar (recordingScale, the camera). */
export interface ArmView {
  /** Avatar metres per recording unit at the shoulders' depth. */
  readonly metresPerUnit: number;
  /** The optical axis in the recording's frame (observe.ts): the image centre. */
  readonly axis: ReadonlyVec3;
  /** Camera to shoulders, avatar metres; NaN = far away (no perspective correction). */
  readonly cameraDistance: number;
}

const S = vec3();
const E = vec3();
const W = vec3();

/**
 * Arm rotations from the observed shoulder, elbow and wrist, on the avatar's own bone lengths:
 * the upper arm and the forearm take the observed directions (depth recovered as above), the
 * elbow hinge is their plane (the swivel prior when the arm is straight), the forearm takes the
 * twist toward `handWorld` inside the anatomical supination range, and the hand gets exactly
 * `handWorld`. The chest and clavicle are at rest, so the upper arm's parent frame is the world.
 */
export function retargetArm(
  sk: Skeleton,
  side: Side,
  obs: ArmObservation,
  view: ArmView,
  handWorld: ReadonlyQuat,
  out: ArmRotations,
): void {
  const sx = side === 'left' ? 1 : -1;
  const S0 = sk.bones[`${side}UpperArm`];
  const E0 = sk.bones[`${side}LowerArm`];
  const W0 = sk.bones[`${side}Hand`];
  const L1 = distance3(S0, E0);
  const L2 = distance3(E0, W0);
  // Joints in the recording's space (metres about the optical axis), shoulder at depth 0.
  S[0] = (obs.shoulder[0] - view.axis[0]) * view.metresPerUnit;
  S[1] = (obs.shoulder[1] - view.axis[1]) * view.metresPerUnit;
  S[2] = 0;
  placeJoint(S, obs.shoulder, obs.elbow, view, L1, E);
  placeJoint(E, obs.elbow, obs.wrist, view, L2, W);
  normalize3(upper, sub3(upper, E, S), [0, -1, 0]);
  normalize3(fore, sub3(fore, W, E), [0, -1, 0]);
  for (let i = 0; i < 3; i++) {
    out.elbow[i] = S0[i]! + upper[i]! * L1;
    out.wrist[i] = out.elbow[i]! + fore[i]! * L2;
  }
  // Rest frame of both arm bones: the bone axis and the elbow hinge (as ik/arm.ts builds it).
  armRestFrame(S0, E0, a0, restBInv);
  cross3(hinge, upper, fore);
  if (length3(hinge) < 1e-4) {
    // Straight arm: the hinge the natural elbow direction would give.
    pole[0] = sx * ELBOW_OUT;
    pole[1] = ELBOW_DOWN;
    pole[2] = ELBOW_BACK;
    cross3(hinge, pole, upper);
    if (length3(hinge) < 1e-6) cross3(hinge, Z_AXIS, upper);
  }
  normalize3(hinge, hinge);
  armBoneWorld(upper, hinge, restBInv, upperWorld);
  armBoneWorld(fore, hinge, restBInv, qb);
  // The hand's twist about the forearm goes to the forearm (pronation), inside its range.
  twistForearm(qb, handWorld, a0, side, lowerWorld);
  // Parent of the upper arm (chest, clavicle) is at rest: its world rotation is the local one.
  out.upperArm.splice(0, 4, ...upperWorld);
  relativeQ(out.lowerArm, upperWorld, lowerWorld);
  relativeQ(out.hand, lowerWorld, handWorld);
}
