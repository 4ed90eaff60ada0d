import type { Direction26 } from '../../sigml/vocab';
import {
  addScaled3,
  cross3,
  dot3,
  normalize3,
  reject3,
  vec3,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import { directionVector } from '../orient';
import { applyMirror, type Mirror } from './context';

/** A written direction (optionally halfway to a second one) for this hand, world rest frame. */
export function movementVector(
  dir: Direction26,
  between: Direction26 | undefined,
  mirror: Mirror,
): Vec3 {
  const v = directionVector(dir);
  if (between) {
    addScaled3(v, v, directionVector(between), 1);
    normalize3(v, v, directionVector(dir));
  }
  return applyMirror(mirror, v);
}

/**
 * A rotation axis written for the dominant hand, as the other hand performs it: axes are
 * pseudovectors, so a single reflection also reverses the sense of rotation.
 */
export function mirroredAxis(
  dir: Direction26,
  between: Direction26 | undefined,
  mirror: Mirror,
): Vec3 {
  const v = movementVector(dir, between, mirror);
  const reflections = (mirror.x ? 1 : 0) + (mirror.y ? 1 : 0) + (mirror.z ? 1 : 0);
  if (reflections % 2 === 1) {
    v[0] = -v[0];
    v[1] = -v[1];
    v[2] = -v[2];
  }
  return v;
}

/** A unit vector orthogonal to `d`, as close to `preferred` as possible (fallback: `second`). */
export function perpendicular(
  d: ReadonlyVec3,
  preferred: ReadonlyVec3,
  second: ReadonlyVec3,
): Vec3 {
  const out = reject3(vec3(), preferred, d);
  if (Math.sqrt(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]) < 0.2) reject3(out, second, d);
  return normalize3(out, out);
}

/**
 * The clock frame of a circle's plane as the signer sees it: `up` is 12 o'clock (the upward
 * direction in the plane, or away from the body for a horizontal circle) and `right` is 3 o'clock
 * (towards the hand's "signer's right", i.e. mirrored for a mirrored hand).
 */
export function clockFrame(
  axis: ReadonlyVec3,
  mirror: Mirror,
): { up: Vec3; right: Vec3; sense: number } {
  const up = perpendicular(axis, [0, 1, 0], [0, 0, 1]);
  if (Math.abs(axis[1]) > 0.95) {
    const far = applyMirror(mirror, [0, 0, 1]);
    reject3(up, far, axis);
    normalize3(up, up);
  }
  const right = normalize3(vec3(), cross3(vec3(), up, axis));
  const signerRight = applyMirror(mirror, [-1, 0, 0]);
  const flip =
    dot3(right, signerRight) < -1e-6 ||
    (Math.abs(dot3(right, signerRight)) <= 1e-6 && dot3(right, applyMirror(mirror, [0, 0, 1])) < 0);
  if (flip) {
    right[0] = -right[0];
    right[1] = -right[1];
    right[2] = -right[2];
  }
  // Motion is a right-hand rotation about −axis; with right = up × axis that increases the angle.
  return { up, right, sense: flip ? -1 : 1 };
}

/** Clock position → angle from 12 o'clock towards 3 o'clock, radians. */
export const CLOCK_ANGLE = {
  u: 0,
  ur: Math.PI / 4,
  r: Math.PI / 2,
  dr: (3 * Math.PI) / 4,
  d: Math.PI,
  dl: (5 * Math.PI) / 4,
  l: (3 * Math.PI) / 2,
  ul: (7 * Math.PI) / 4,
} as const;
