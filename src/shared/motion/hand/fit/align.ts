import {
  normalizeQ,
  quat,
  rotateV,
  vec3,
  type Quat,
  type ReadonlyVec3,
  type Vec3,
} from '../../math';
import { HAND_POINTS } from '../pose';

/**
 * The rigid part of the hand in MediaPipe order: wrist, thumb base and the four finger bases. Two
 * hands are compared after these are brought together, so that what differs is the fingers' pose,
 * not where the hand points or how large it is.
 */
export const PALM_POINTS: readonly number[] = [0, 5, 9, 13, 17];

/** Bones compared by direction: per digit its three outer segments, [from, to] point indices. */
export const SHAPE_BONES: readonly (readonly [number, number])[] = [0, 1, 2, 3, 4].flatMap((f) => [
  [1 + f * 4, 2 + f * 4] as const,
  [2 + f * 4, 3 + f * 4] as const,
  [3 + f * 4, 4 + f * 4] as const,
]);

/** Power iterations for the dominant eigenvector of Horn's 4 × 4 matrix. */
const POWER_ITERATIONS = 500;

function centroid(points: readonly ReadonlyVec3[], idx: readonly number[]): Vec3 {
  const c = vec3();
  for (const i of idx) for (let k = 0; k < 3; k++) c[k]! += points[i]![k]! / idx.length;
  return c;
}

/**
 * The rotation that best maps the centred palm points of `from` onto those of `to` (least
 * squares; Horn 1987, quaternion form). A proper rotation only: a mirrored hand is not matched.
 */
export function palmRotation(from: readonly ReadonlyVec3[], to: readonly ReadonlyVec3[]): Quat {
  const ca = centroid(from, PALM_POINTS);
  const cb = centroid(to, PALM_POINTS);
  const S = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const i of PALM_POINTS) {
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) S[r * 3 + c]! += (from[i]![r]! - ca[r]!) * (to[i]![c]! - cb[c]!);
  }
  const [xx, xy, xz, yx, yy, yz, zx, zy, zz] = S as [
    number, number, number, number, number, number, number, number, number,
  ]; // prettier-ignore
  const N = [
    [xx + yy + zz, yz - zy, zx - xz, xy - yx],
    [yz - zy, xx - yy - zz, xy + yx, zx + xz],
    [zx - xz, xy + yx, -xx + yy - zz, yz + zy],
    [xy - yx, zx + xz, yz + zy, -xx - yy + zz],
  ];
  // Shift so every eigenvalue is positive; then power iteration finds the largest one's vector.
  let shift = 0;
  for (const row of N) for (const v of row) shift += Math.abs(v);
  let q = [1, 0, 0, 0];
  for (let it = 0; it < POWER_ITERATIONS; it++) {
    const next = N.map((row, r) => row.reduce((s, v, c) => s + v * q[c]!, 0) + shift * q[r]!);
    const n = Math.hypot(...next);
    if (!(n > 0)) break;
    q = next.map((v) => v / n);
  }
  // Horn's vector is (w, x, y, z); the codebase's quaternions are (x, y, z, w).
  return normalizeQ(quat(), quat(q[1], q[2], q[3], q[0]));
}

/**
 * `points` (21, MediaPipe order, any position, size and orientation) brought onto `reference`'s
 * palm: rotated by palmRotation, scaled so the palms' spreads match and moved onto its centroid.
 */
export function alignToPalm(
  points: readonly ReadonlyVec3[],
  reference: readonly ReadonlyVec3[],
): Vec3[] {
  const q = palmRotation(points, reference);
  const ca = centroid(points, PALM_POINTS);
  const cb = centroid(reference, PALM_POINTS);
  const spread = (p: readonly ReadonlyVec3[], c: Vec3): number =>
    Math.sqrt(
      PALM_POINTS.reduce(
        (s, i) => s + (p[i]![0] - c[0]) ** 2 + (p[i]![1] - c[1]) ** 2 + (p[i]![2] - c[2]) ** 2,
        0,
      ),
    );
  const scale = spread(reference, cb) / spread(points, ca);
  return points.map((p) => {
    const v = vec3((p[0] - ca[0]) * scale, (p[1] - ca[1]) * scale, (p[2] - ca[2]) * scale);
    rotateV(v, q, v);
    v[0] += cb[0];
    v[1] += cb[1];
    v[2] += cb[2];
    return v;
  });
}

/** Unit direction of each SHAPE_BONES bone, flattened (x, y, z per bone). */
export function boneDirections(points: readonly ReadonlyVec3[]): Float64Array {
  if (points.length !== HAND_POINTS)
    throw new Error(`a hand has ${HAND_POINTS} points; got ${points.length}`);
  const out = new Float64Array(SHAPE_BONES.length * 3);
  SHAPE_BONES.forEach(([a, b], i) => {
    const dx = points[b]![0] - points[a]![0];
    const dy = points[b]![1] - points[a]![1];
    const dz = points[b]![2] - points[a]![2];
    const n = Math.hypot(dx, dy, dz) || 1;
    out[i * 3] = dx / n;
    out[i * 3 + 1] = dy / n;
    out[i * 3 + 2] = dz / n;
  });
  return out;
}

/** Mean of several bone-direction sets, each bone renormalised to unit length. */
export function meanDirections(sets: readonly Float64Array[]): Float64Array {
  const n = sets[0]?.length ?? 0;
  const out = new Float64Array(n);
  for (const s of sets) for (let k = 0; k < n; k++) out[k]! += s[k]!;
  for (let i = 0; i < n; i += 3) {
    const len = Math.hypot(out[i]!, out[i + 1]!, out[i + 2]!) || 1;
    for (let k = 0; k < 3; k++) out[i + k]! /= len;
  }
  return out;
}

/** Shape distance: mean squared difference of unit bone directions (0 = same pose, ≤ 4). */
export function directionDistance(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += (a[k]! - (b[k] ?? 0)) ** 2;
  return s / (a.length / 3);
}
