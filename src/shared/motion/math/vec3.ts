/**
 * 3-vectors as [x, y, z] tuples, operated on in place with an explicit `out` so hot paths allocate
 * nothing. Coordinates are the VRM normalized rig's world frame: +X the avatar's left, +Y up,
 * +Z forward (the avatar faces +Z), metres.
 */
export type Vec3 = [number, number, number];
export type ReadonlyVec3 = readonly [number, number, number];

export function vec3(x = 0, y = 0, z = 0): Vec3 {
  return [x, y, z];
}

export function set3(out: Vec3, x: number, y: number, z: number): Vec3 {
  out[0] = x;
  out[1] = y;
  out[2] = z;
  return out;
}

export function copy3(out: Vec3, a: ReadonlyVec3): Vec3 {
  out[0] = a[0];
  out[1] = a[1];
  out[2] = a[2];
  return out;
}

export function add3(out: Vec3, a: ReadonlyVec3, b: ReadonlyVec3): Vec3 {
  out[0] = a[0] + b[0];
  out[1] = a[1] + b[1];
  out[2] = a[2] + b[2];
  return out;
}

export function sub3(out: Vec3, a: ReadonlyVec3, b: ReadonlyVec3): Vec3 {
  out[0] = a[0] - b[0];
  out[1] = a[1] - b[1];
  out[2] = a[2] - b[2];
  return out;
}

export function scale3(out: Vec3, a: ReadonlyVec3, s: number): Vec3 {
  out[0] = a[0] * s;
  out[1] = a[1] * s;
  out[2] = a[2] * s;
  return out;
}

/** out = a + b * s */
export function addScaled3(out: Vec3, a: ReadonlyVec3, b: ReadonlyVec3, s: number): Vec3 {
  out[0] = a[0] + b[0] * s;
  out[1] = a[1] + b[1] * s;
  out[2] = a[2] + b[2] * s;
  return out;
}

export function lerp3(out: Vec3, a: ReadonlyVec3, b: ReadonlyVec3, t: number): Vec3 {
  out[0] = a[0] + (b[0] - a[0]) * t;
  out[1] = a[1] + (b[1] - a[1]) * t;
  out[2] = a[2] + (b[2] - a[2]) * t;
  return out;
}

export function dot3(a: ReadonlyVec3, b: ReadonlyVec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function cross3(out: Vec3, a: ReadonlyVec3, b: ReadonlyVec3): Vec3 {
  const ax = a[0];
  const ay = a[1];
  const az = a[2];
  const bx = b[0];
  const by = b[1];
  const bz = b[2];
  out[0] = ay * bz - az * by;
  out[1] = az * bx - ax * bz;
  out[2] = ax * by - ay * bx;
  return out;
}

export function length3(a: ReadonlyVec3): number {
  return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
}

export function distance3(a: ReadonlyVec3, b: ReadonlyVec3): number {
  const x = a[0] - b[0];
  const y = a[1] - b[1];
  const z = a[2] - b[2];
  return Math.sqrt(x * x + y * y + z * z);
}

/** Normalizes in place; a zero vector becomes `fallback` (default +Y) so no NaN escapes. */
export function normalize3(out: Vec3, a: ReadonlyVec3, fallback: ReadonlyVec3 = UP): Vec3 {
  const len = length3(a);
  if (len < 1e-12) return copy3(out, fallback);
  return scale3(out, a, 1 / len);
}

/** Component of `a` orthogonal to the unit vector `n`. */
export function reject3(out: Vec3, a: ReadonlyVec3, n: ReadonlyVec3): Vec3 {
  return addScaled3(out, a, n, -dot3(a, n));
}

/** Angle between two vectors, radians. */
export function angle3(a: ReadonlyVec3, b: ReadonlyVec3): number {
  const la = length3(a);
  const lb = length3(b);
  if (la < 1e-12 || lb < 1e-12) return 0;
  const c = dot3(a, b) / (la * lb);
  return Math.acos(Math.min(1, Math.max(-1, c)));
}

/** Any unit vector orthogonal to unit `a`. */
export function anyOrthogonal3(out: Vec3, a: ReadonlyVec3): Vec3 {
  const ax = Math.abs(a[0]);
  const ay = Math.abs(a[1]);
  const az = Math.abs(a[2]);
  const tmp = ax <= ay && ax <= az ? X_AXIS : ay <= az ? UP : Z_AXIS;
  cross3(out, a, tmp);
  return normalize3(out, out);
}

export const UP: ReadonlyVec3 = [0, 1, 0];
export const X_AXIS: ReadonlyVec3 = [1, 0, 0];
export const Z_AXIS: ReadonlyVec3 = [0, 0, 1];
