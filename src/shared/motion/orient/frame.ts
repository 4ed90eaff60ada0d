import type { Direction26, PalmDirection } from '../../sigml/vocab';
import {
  axisAngleQ,
  cross3,
  fromBasisQ,
  fromUnitVectorsQ,
  mulQ,
  conjugateQ,
  normalize3,
  quat,
  reject3,
  rotateV,
  vec3,
  type Quat,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import type { Side } from '../rig';
import { directionVector, palmVectorForward } from './directions';

const FORWARD: ReadonlyVec3 = [0, 0, 1];
const UP: ReadonlyVec3 = [0, 1, 0];

const tilt = quat();

/**
 * The palm normal for an extended-finger direction `ext` (unit, world) and a palm orientation
 * given as if the fingers pointed forward (`palmFwd`, unit, world). HamNoSys reads palm
 * orientation relative to the extended finger direction: picture the hand pointing forward with
 * that palm direction, then tilt it by the shortest rotation that takes forward onto `ext` (so
 * fingers up with palm "down" faces away from the signer, as in the DGS and ASL letter A).
 * Fingers pointing straight back turn about the vertical instead, keeping "down" down.
 */
export function palmNormal(ext: ReadonlyVec3, palmFwd: ReadonlyVec3, out: Vec3): Vec3 {
  if (ext[2] < -0.9999) axisAngleQ(tilt, UP, Math.PI);
  else fromUnitVectorsQ(tilt, FORWARD, ext);
  rotateV(out, tilt, palmFwd);
  // Exact orthogonality against rounding.
  reject3(out, out, ext);
  return normalize3(out, out);
}

const t = vec3();
const n = vec3();
const b0 = quat();
const b1 = quat();
const rest0 = quat();
const restF: Record<Side, ReadonlyVec3> = { left: [1, 0, 0], right: [-1, 0, 0] };
const REST_PALM: ReadonlyVec3 = [0, -1, 0];
const restBasis: Record<Side, Quat> = { left: quat(), right: quat() };
for (const side of ['left', 'right'] as const) {
  const f = restF[side];
  const tt = cross3(vec3(), f, REST_PALM);
  fromBasisQ(restBasis[side], f, REST_PALM, tt);
}

/**
 * World rotation of a hand bone (normalized rig) that points the fingers along `ext` with the
 * palm facing `palm` (unit, orthogonal). At rest the left hand's fingers point +X and the
 * right hand's −X, palms down.
 */
export function handRotation(side: Side, ext: ReadonlyVec3, palm: ReadonlyVec3, out: Quat): Quat {
  cross3(t, ext, palm);
  fromBasisQ(b1, ext, palm, t);
  conjugateQ(rest0, restBasis[side]);
  mulQ(b0, b1, rest0);
  out[0] = b0[0];
  out[1] = b0[1];
  out[2] = b0[2];
  out[3] = b0[3];
  return out;
}

const e = vec3();
const p = vec3();

/** Hand world rotation for a HamNoSys extended-finger direction and palm orientation. */
export function orientationQuat(
  side: Side,
  ext: Direction26,
  palm: PalmDirection,
  out: Quat,
  mirror = false,
): Quat {
  directionVector(ext, e);
  palmVectorForward(palm, p);
  if (mirror) {
    e[0] = -e[0];
    p[0] = -p[0];
  }
  palmNormal(e, p, n);
  return handRotation(side, e, n, out);
}
