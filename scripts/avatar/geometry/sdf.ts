/** Signed distance functions (negative inside) for building organic shapes by blending. */
import { add, clamp, dot, length, normalize, scale, sub, type V3 } from './vec';

export type Sdf = (p: V3) => number;

/** Polynomial smooth minimum: blends two surfaces over a fillet of about `k` metres. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = clamp(0.5 + (0.5 * (b - a)) / k, 0, 1);
  return b + (a - b) * h - k * h * (1 - h);
}

export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

export const sphere =
  (c: V3, r: number): Sdf =>
  (p) =>
    length(sub(p, c)) - r;

/** Ellipsoid (approximate distance, exact zero set) with radii along X, Y, Z. */
export const ellipsoid =
  (c: V3, r: V3): Sdf =>
  (p) => {
    const q: V3 = [(p[0] - c[0]) / r[0], (p[1] - c[1]) / r[1], (p[2] - c[2]) / r[2]];
    const k0 = length(q);
    const k1 = length([q[0] / r[0], q[1] / r[1], q[2] / r[2]]);
    return k1 > 0 ? (k0 * (k0 - 1)) / k1 : -Math.min(r[0], r[1], r[2]);
  };

/** Capsule from `a` to `b` whose radius goes linearly from `ra` to `rb`. */
export const roundCone =
  (a: V3, b: V3, ra: number, rb: number): Sdf =>
  (p) => {
    const ab = sub(b, a);
    const t = clamp(dot(sub(p, a), ab) / dot(ab, ab), 0, 1);
    return length(sub(p, add(a, scale(ab, t)))) - (ra + (rb - ra) * t);
  };

/** Smooth union of several shapes with one fillet size. */
export function blend(k: number, first: Sdf, ...rest: Sdf[]): Sdf {
  return (p) => rest.reduce((d, s) => smin(d, s(p), k), first(p));
}

/** Unit outward normal of an SDF at `p` (central differences). */
export function sdfNormal(f: Sdf, p: V3, h = 2e-4): V3 {
  return normalize([
    f([p[0] + h, p[1], p[2]]) - f([p[0] - h, p[1], p[2]]),
    f([p[0], p[1] + h, p[2]]) - f([p[0], p[1] - h, p[2]]),
    f([p[0], p[1], p[2] + h]) - f([p[0], p[1], p[2] - h]),
  ]);
}

/**
 * Outermost surface crossing along the ray `origin + t·dir` for t from `tMax` down to 0: march
 * inwards until inside, then bisect. Returns t, or null when the ray never enters the shape.
 */
export function outermostHit(
  f: Sdf,
  origin: V3,
  dir: V3,
  tMax: number,
  step = 0.002,
): number | null {
  let outside = tMax;
  if (f(add(origin, scale(dir, outside))) < 0) return null;
  let inside = -1;
  for (let t = tMax - step; t >= 0; t -= step) {
    if (f(add(origin, scale(dir, t))) < 0) {
      inside = t;
      break;
    }
    outside = t;
  }
  if (inside < 0) return null;
  for (let i = 0; i < 30; i++) {
    const mid = 0.5 * (inside + outside);
    if (f(add(origin, scale(dir, mid))) < 0) inside = mid;
    else outside = mid;
  }
  return 0.5 * (inside + outside);
}

/** First surface crossing along `origin + t·dir` from outside (t from 0 to tMax), or null. */
export function firstHit(f: Sdf, origin: V3, dir: V3, tMax: number, step = 0.001): number | null {
  let outside = 0;
  if (f(origin) < 0) return null;
  let inside = -1;
  for (let t = step; t <= tMax; t += step) {
    if (f(add(origin, scale(dir, t))) < 0) {
      inside = t;
      break;
    }
    outside = t;
  }
  if (inside < 0) return null;
  for (let i = 0; i < 30; i++) {
    const mid = 0.5 * (inside + outside);
    if (f(add(origin, scale(dir, mid))) < 0) inside = mid;
    else outside = mid;
  }
  return 0.5 * (inside + outside);
}
