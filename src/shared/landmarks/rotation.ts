/**
 * Small rotation helpers on row-major 3×3 matrices held in Float64Array(9).
 * Euler angles follow three.js order 'YXZ' (R = Ry(yaw) · Rx(pitch) · Rz(roll)) in a right-handed
 * frame with x toward the subject's left, y up and z toward the camera, so a head pose read from a
 * face can drive an avatar head facing +z directly.
 */
export type Mat3 = Float64Array;

export function mat3(): Mat3 {
  return new Float64Array(9);
}

/** R = Ry(yaw) · Rx(pitch) · Rz(roll), angles in radians. */
export function rotationFromEuler(
  yaw: number,
  pitch: number,
  roll: number,
  out: Mat3 = mat3(),
): Mat3 {
  const ca = Math.cos(yaw);
  const sa = Math.sin(yaw);
  const cb = Math.cos(pitch);
  const sb = Math.sin(pitch);
  const cc = Math.cos(roll);
  const sc = Math.sin(roll);
  out[0] = ca * cc + sa * sb * sc;
  out[1] = -ca * sc + sa * sb * cc;
  out[2] = sa * cb;
  out[3] = cb * sc;
  out[4] = cb * cc;
  out[5] = -sb;
  out[6] = -sa * cc + ca * sb * sc;
  out[7] = sa * sc + ca * sb * cc;
  out[8] = ca * cb;
  return out;
}

/** Writes [yaw, pitch, roll] (radians) of R = Ry·Rx·Rz into `out`; the inverse of rotationFromEuler. */
export function eulerFromRotation(m: Mat3, out: Float64Array): Float64Array {
  const m23 = m[5] ?? 0;
  out[1] = Math.asin(-Math.min(1, Math.max(-1, m23)));
  // Within 1e-7 of straight up or down, yaw and roll share an axis: put it all in yaw.
  if (Math.abs(m23) < 0.9999999) {
    out[0] = Math.atan2(m[2] ?? 0, m[8] ?? 0);
    out[2] = Math.atan2(m[3] ?? 0, m[4] ?? 0);
  } else {
    out[0] = Math.atan2(-(m[6] ?? 0), m[0] ?? 0);
    out[2] = 0;
  }
  return out;
}

/** Rotation matrix of the unit quaternion (w, x, y, z). */
export function rotationFromQuaternion(
  w: number,
  x: number,
  y: number,
  z: number,
  out: Mat3,
): Mat3 {
  out[0] = 1 - 2 * (y * y + z * z);
  out[1] = 2 * (x * y - w * z);
  out[2] = 2 * (x * z + w * y);
  out[3] = 2 * (x * y + w * z);
  out[4] = 1 - 2 * (x * x + z * z);
  out[5] = 2 * (y * z - w * x);
  out[6] = 2 * (x * z - w * y);
  out[7] = 2 * (y * z + w * x);
  out[8] = 1 - 2 * (x * x + y * y);
  return out;
}

const JACOBI_SWEEPS = 30;
const JACOBI_EPSILON = 1e-15;

/**
 * Eigenvector of the largest eigenvalue of a symmetric 4×4 matrix (row-major, overwritten), by
 * cyclic Jacobi rotations: exact enough for Horn's method and free of allocation (`v` is scratch).
 */
export function largestEigenvector4(
  a: Float64Array,
  v: Float64Array,
  out: Float64Array,
): Float64Array {
  v.fill(0);
  for (let i = 0; i < 4; i++) v[i * 5] = 1;
  for (let sweep = 0; sweep < JACOBI_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < 3; p++) for (let q = p + 1; q < 4; q++) off += (a[p * 4 + q] ?? 0) ** 2;
    if (off < JACOBI_EPSILON) break;
    for (let p = 0; p < 3; p++) {
      for (let q = p + 1; q < 4; q++) {
        const apq = a[p * 4 + q] ?? 0;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * 5] ?? 0) - (a[p * 5] ?? 0)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < 4; k++) {
          const akp = a[k * 4 + p] ?? 0;
          const akq = a[k * 4 + q] ?? 0;
          a[k * 4 + p] = c * akp - s * akq;
          a[k * 4 + q] = s * akp + c * akq;
        }
        for (let k = 0; k < 4; k++) {
          const apk = a[p * 4 + k] ?? 0;
          const aqk = a[q * 4 + k] ?? 0;
          a[p * 4 + k] = c * apk - s * aqk;
          a[q * 4 + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < 4; k++) {
          const vkp = v[k * 4 + p] ?? 0;
          const vkq = v[k * 4 + q] ?? 0;
          v[k * 4 + p] = c * vkp - s * vkq;
          v[k * 4 + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < 4; i++) if ((a[i * 5] ?? 0) > (a[best * 5] ?? 0)) best = i;
  for (let k = 0; k < 4; k++) out[k] = v[k * 4 + best] ?? 0;
  return out;
}

const hornMatrix = new Float64Array(16);
const hornScratch = new Float64Array(16);

/**
 * Horn (1987): the rotation that best maps centred model points onto centred observed ones is the
 * top eigenvector of a symmetric 4×4 matrix of their cross-covariance S[a][b] = Σ model_a ·
 * observed_b (row-major 3×3). Writes that quaternion, w first, into `out` (not normalized).
 */
export function hornQuaternion(covariance: Float64Array, out: Float64Array): Float64Array {
  const [sxx = 0, sxy = 0, sxz = 0, syx = 0, syy = 0, syz = 0, szx = 0, szy = 0, szz = 0] =
    covariance;
  // prettier-ignore
  hornMatrix.set([
    sxx + syy + szz, syz - szy, szx - sxz, sxy - syx,
    syz - szy, sxx - syy - szz, sxy + syx, szx + sxz,
    szx - sxz, sxy + syx, -sxx + syy - szz, syz + szy,
    sxy - syx, szx + sxz, syz + szy, -sxx - syy + szz,
  ]);
  return largestEigenvector4(hornMatrix, hornScratch, out);
}
