/**
 * Small float64 helpers shared by the feature blocks. Points are read in isotropic image units
 * (X = x·aspect, Y = y, Z = z·aspect) so that lengths mean the same along x and y.
 */

/** A shoulder width, hand size or eye distance below this (image heights) is a failed detection. */
export const MIN_PART_SIZE = 1e-3;

export type Vec3 = Float64Array;
export const vec3 = (): Vec3 => new Float64Array(3);

/** Reads the corpus point whose x is at frame[o] into `out` (NaN stays NaN). */
export function readPoint(frame: Float32Array, o: number, aspect: number, out: Vec3): Vec3 {
  out[0] = (frame[o] ?? Number.NaN) * aspect;
  out[1] = frame[o + 1] ?? Number.NaN;
  out[2] = (frame[o + 2] ?? Number.NaN) * aspect;
  return out;
}

export function distance3(a: Vec3, b: Vec3): number {
  const dx = (a[0] ?? 0) - (b[0] ?? 0);
  const dy = (a[1] ?? 0) - (b[1] ?? 0);
  const dz = (a[2] ?? 0) - (b[2] ?? 0);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/** out = (a + b) / 2 */
export function mid(a: Vec3, b: Vec3, out: Vec3): Vec3 {
  for (let k = 0; k < 3; k++) out[k] = ((a[k] ?? 0) + (b[k] ?? 0)) / 2;
  return out;
}

/** Image-plane dot product of (a − b) with the unit vector (ux, uy). */
export function dot2(a: Vec3, b: Vec3, ux: number, uy: number): number {
  return ((a[0] ?? 0) - (b[0] ?? 0)) * ux + ((a[1] ?? 0) - (b[1] ?? 0)) * uy;
}

/** Every feature is finite: what cannot be computed (a missing point) is 0. */
export function finite(v: number): number {
  return Number.isFinite(v) ? v : 0;
}
