import type { ReadonlyVec3, Vec3 } from './vec3';

/**
 * Unit quaternions as [x, y, z, w] tuples (three.js order), in place with `out`.
 * Rotating a vector: v' = q v q*. Composition `mulQ(out, a, b)` applies b first, then a.
 */
export type Quat = [number, number, number, number];
export type ReadonlyQuat = readonly [number, number, number, number];

export function quat(x = 0, y = 0, z = 0, w = 1): Quat {
  return [x, y, z, w];
}

export function identityQ(out: Quat): Quat {
  out[0] = 0;
  out[1] = 0;
  out[2] = 0;
  out[3] = 1;
  return out;
}

export function copyQ(out: Quat, a: ReadonlyQuat): Quat {
  out[0] = a[0];
  out[1] = a[1];
  out[2] = a[2];
  out[3] = a[3];
  return out;
}

export function mulQ(out: Quat, a: ReadonlyQuat, b: ReadonlyQuat): Quat {
  const ax = a[0];
  const ay = a[1];
  const az = a[2];
  const aw = a[3];
  const bx = b[0];
  const by = b[1];
  const bz = b[2];
  const bw = b[3];
  out[0] = ax * bw + aw * bx + ay * bz - az * by;
  out[1] = ay * bw + aw * by + az * bx - ax * bz;
  out[2] = az * bw + aw * bz + ax * by - ay * bx;
  out[3] = aw * bw - ax * bx - ay * by - az * bz;
  return out;
}

export function conjugateQ(out: Quat, a: ReadonlyQuat): Quat {
  out[0] = -a[0];
  out[1] = -a[1];
  out[2] = -a[2];
  out[3] = a[3];
  return out;
}

/** out = a⁻¹ b (the rotation that takes frame a to frame b, expressed in a). */
export function relativeQ(out: Quat, a: ReadonlyQuat, b: ReadonlyQuat): Quat {
  const ax = -a[0];
  const ay = -a[1];
  const az = -a[2];
  const aw = a[3];
  const bx = b[0];
  const by = b[1];
  const bz = b[2];
  const bw = b[3];
  out[0] = ax * bw + aw * bx + ay * bz - az * by;
  out[1] = ay * bw + aw * by + az * bx - ax * bz;
  out[2] = az * bw + aw * bz + ax * by - ay * bx;
  out[3] = aw * bw - ax * bx - ay * by - az * bz;
  return out;
}

export function normalizeQ(out: Quat, a: ReadonlyQuat): Quat {
  const len = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2] + a[3] * a[3]);
  if (len < 1e-12) return identityQ(out);
  const s = 1 / len;
  out[0] = a[0] * s;
  out[1] = a[1] * s;
  out[2] = a[2] * s;
  out[3] = a[3] * s;
  return out;
}

/** Rotation by `angle` radians about the unit `axis` (right-hand rule). */
export function axisAngleQ(out: Quat, axis: ReadonlyVec3, angle: number): Quat {
  const h = angle / 2;
  const s = Math.sin(h);
  out[0] = axis[0] * s;
  out[1] = axis[1] * s;
  out[2] = axis[2] * s;
  out[3] = Math.cos(h);
  return out;
}

/** v' = q v q*, written out (no temporaries). `out` may alias `v`. */
export function rotateV(out: Vec3, q: ReadonlyQuat, v: ReadonlyVec3): Vec3 {
  const qx = q[0];
  const qy = q[1];
  const qz = q[2];
  const qw = q[3];
  const vx = v[0];
  const vy = v[1];
  const vz = v[2];
  const tx = 2 * (qy * vz - qz * vy);
  const ty = 2 * (qz * vx - qx * vz);
  const tz = 2 * (qx * vy - qy * vx);
  out[0] = vx + qw * tx + (qy * tz - qz * ty);
  out[1] = vy + qw * ty + (qz * tx - qx * tz);
  out[2] = vz + qw * tz + (qx * ty - qy * tx);
  return out;
}

/** The shortest-arc rotation taking unit `from` onto unit `to`. */
export function fromUnitVectorsQ(out: Quat, from: ReadonlyVec3, to: ReadonlyVec3): Quat {
  let r = from[0] * to[0] + from[1] * to[1] + from[2] * to[2] + 1;
  if (r < 1e-9) {
    // Opposite vectors: any axis orthogonal to `from` will do.
    r = 0;
    if (Math.abs(from[0]) > Math.abs(from[2])) {
      out[0] = -from[1];
      out[1] = from[0];
      out[2] = 0;
    } else {
      out[0] = 0;
      out[1] = -from[2];
      out[2] = from[1];
    }
  } else {
    out[0] = from[1] * to[2] - from[2] * to[1];
    out[1] = from[2] * to[0] - from[0] * to[2];
    out[2] = from[0] * to[1] - from[1] * to[0];
  }
  out[3] = r;
  return normalizeQ(out, out);
}

/**
 * The rotation whose columns are the orthonormal right-handed basis (x, y, z), i.e. the rotation
 * taking the world axes onto them.
 */
export function fromBasisQ(out: Quat, x: ReadonlyVec3, y: ReadonlyVec3, z: ReadonlyVec3): Quat {
  const m00 = x[0];
  const m10 = x[1];
  const m20 = x[2];
  const m01 = y[0];
  const m11 = y[1];
  const m21 = y[2];
  const m02 = z[0];
  const m12 = z[1];
  const m22 = z[2];
  const trace = m00 + m11 + m22;
  if (trace > 0) {
    const s = 0.5 / Math.sqrt(trace + 1);
    out[3] = 0.25 / s;
    out[0] = (m21 - m12) * s;
    out[1] = (m02 - m20) * s;
    out[2] = (m10 - m01) * s;
  } else if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22);
    out[3] = (m21 - m12) / s;
    out[0] = 0.25 * s;
    out[1] = (m01 + m10) / s;
    out[2] = (m02 + m20) / s;
  } else if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22);
    out[3] = (m02 - m20) / s;
    out[0] = (m01 + m10) / s;
    out[1] = 0.25 * s;
    out[2] = (m12 + m21) / s;
  } else {
    const s = 2 * Math.sqrt(1 + m22 - m00 - m11);
    out[3] = (m10 - m01) / s;
    out[0] = (m02 + m20) / s;
    out[1] = (m12 + m21) / s;
    out[2] = 0.25 * s;
  }
  return normalizeQ(out, out);
}

export function dotQ(a: ReadonlyQuat, b: ReadonlyQuat): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
}

/** Spherical interpolation along the shorter arc. `out` may alias `a` or `b`. */
export function slerpQ(out: Quat, a: ReadonlyQuat, b: ReadonlyQuat, t: number): Quat {
  let bx = b[0];
  let by = b[1];
  let bz = b[2];
  let bw = b[3];
  let cos = a[0] * bx + a[1] * by + a[2] * bz + a[3] * bw;
  if (cos < 0) {
    cos = -cos;
    bx = -bx;
    by = -by;
    bz = -bz;
    bw = -bw;
  }
  let s0: number;
  let s1: number;
  if (cos > 0.9995) {
    s0 = 1 - t;
    s1 = t;
  } else {
    const theta = Math.acos(cos);
    const sin = Math.sin(theta);
    s0 = Math.sin((1 - t) * theta) / sin;
    s1 = Math.sin(t * theta) / sin;
  }
  out[0] = a[0] * s0 + bx * s1;
  out[1] = a[1] * s0 + by * s1;
  out[2] = a[2] * s0 + bz * s1;
  out[3] = a[3] * s0 + bw * s1;
  return normalizeQ(out, out);
}

/** Rotation angle of q, radians in [0, π]. */
export function angleQ(q: ReadonlyQuat): number {
  const w = Math.min(1, Math.abs(q[3]));
  return 2 * Math.acos(w);
}

/** Angle between two orientations, radians in [0, π]. */
export function angleBetweenQ(a: ReadonlyQuat, b: ReadonlyQuat): number {
  const d = Math.min(1, Math.abs(dotQ(a, b)));
  return 2 * Math.acos(d);
}

/**
 * Signed twist angle of q about the unit `axis` (swing–twist decomposition), radians in (−π, π].
 */
export function twistAngleQ(q: ReadonlyQuat, axis: ReadonlyVec3): number {
  const p = q[0] * axis[0] + q[1] * axis[1] + q[2] * axis[2];
  const w = q[3];
  if (Math.abs(p) < 1e-12 && Math.abs(w) < 1e-12) return 0;
  let angle = 2 * Math.atan2(p, w);
  if (angle > Math.PI) angle -= 2 * Math.PI;
  if (angle <= -Math.PI) angle += 2 * Math.PI;
  return angle;
}

/**
 * Mirror of a rotation across the avatar's sagittal plane (x → −x): what the other side's bone
 * does to copy this one. Quaternion (x, y, z, w) becomes (x, −y, −z, w).
 */
export function mirrorQ(out: Quat, a: ReadonlyQuat): Quat {
  out[0] = a[0];
  out[1] = -a[1];
  out[2] = -a[2];
  out[3] = a[3];
  return out;
}
