import { expect } from 'vitest';

/**
 * Quaternion and vector matchers for motion tests. Quaternions are [x, y, z, w] (three.js
 * order); q and −q are the same rotation. Angles in degrees, distances in the vector's units.
 */
type Num4 = ArrayLike<number>;

function angleBetweenDeg(a: Num4, b: Num4): number {
  const na = Math.hypot(a[0]!, a[1]!, a[2]!, a[3]!);
  const nb = Math.hypot(b[0]!, b[1]!, b[2]!, b[3]!);
  const d = Math.abs(a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]! + a[3]! * b[3]!) / (na * nb);
  return (2 * Math.acos(Math.min(1, d)) * 180) / Math.PI;
}

function fmt(v: ArrayLike<number>): string {
  return `[${Array.from(v, (x) => x.toFixed(4)).join(', ')}]`;
}

export function quatAngleDeg(a: Num4, b: Num4): number {
  return angleBetweenDeg(a, b);
}

/** Angle between two 3-vectors, degrees. */
export function vecAngleDeg(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const la = Math.hypot(a[0]!, a[1]!, a[2]!);
  const lb = Math.hypot(b[0]!, b[1]!, b[2]!);
  const c = (a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!) / (la * lb);
  return (Math.acos(Math.max(-1, Math.min(1, c))) * 180) / Math.PI;
}

expect.extend({
  toBeUnitQuat(received: Num4, tolerance = 1e-4) {
    const values = Array.from(received);
    const finite = values.length === 4 && values.every(Number.isFinite);
    const norm = Math.hypot(...values);
    const pass = finite && Math.abs(norm - 1) <= tolerance;
    return {
      pass,
      message: () =>
        `expected ${fmt(received)} ${pass ? 'not ' : ''}to be a finite unit quaternion (|q| = ${norm})`,
    };
  },
  toBeCloseToQuat(received: Num4, expected: Num4, toleranceDeg = 0.5) {
    const angle = angleBetweenDeg(received, expected);
    const pass = Number.isFinite(angle) && angle <= toleranceDeg;
    return {
      pass,
      message: () =>
        `expected ${fmt(received)} ${pass ? 'not ' : ''}to be within ${toleranceDeg}° of ${fmt(expected)} (off by ${angle.toFixed(3)}°)`,
    };
  },
  toBeCloseToVec(received: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-6) {
    const n = Math.max(received.length, expected.length);
    let d2 = 0;
    for (let i = 0; i < n; i++) d2 += ((received[i] ?? NaN) - (expected[i] ?? NaN)) ** 2;
    const d = Math.sqrt(d2);
    const pass = Number.isFinite(d) && d <= tolerance;
    return {
      pass,
      message: () =>
        `expected ${fmt(received)} ${pass ? 'not ' : ''}to be within ${tolerance} of ${fmt(expected)} (distance ${d})`,
    };
  },
  toPointAlong(received: ArrayLike<number>, expected: ArrayLike<number>, toleranceDeg = 1) {
    const angle = vecAngleDeg(received, expected);
    const pass = Number.isFinite(angle) && angle <= toleranceDeg;
    return {
      pass,
      message: () =>
        `expected direction ${fmt(received)} ${pass ? 'not ' : ''}to be within ${toleranceDeg}° of ${fmt(expected)} (off by ${angle.toFixed(2)}°)`,
    };
  },
});

interface MotionMatchers<R = unknown> {
  /** A finite quaternion of length 1 (within `tolerance`). */
  toBeUnitQuat(tolerance?: number): R;
  /** The same rotation as `expected` (q ≡ −q) within `toleranceDeg`. */
  toBeCloseToQuat(expected: ArrayLike<number>, toleranceDeg?: number): R;
  /** Euclidean distance to `expected` at most `tolerance`. */
  toBeCloseToVec(expected: ArrayLike<number>, tolerance?: number): R;
  /** The angle between the two directions is at most `toleranceDeg`. */
  toPointAlong(expected: ArrayLike<number>, toleranceDeg?: number): R;
}

// Vitest's own declaration is `Matchers<T = any>`; a merged declaration must repeat it exactly.
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends MotionMatchers<T> {}
}
