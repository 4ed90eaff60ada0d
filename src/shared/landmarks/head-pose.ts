import { CANONICAL_FACE, type CanonicalFacePointName } from './canonical-face';
import { FACE_MESH } from './face-mesh';
import { COMPONENTS, VALUES_PER_POINT } from './layout';
import {
  eulerFromRotation,
  hornQuaternion,
  mat3,
  rotationFromQuaternion,
  type Mat3,
} from './rotation';

/**
 * Head pose from the face mesh: the similarity transform (rotation, uniform scale, translation)
 * that best maps the canonical face's rigid points onto the observed ones (Horn's closed-form
 * quaternion method). Brows, lids, lips, chin and cheeks move with expression, so they are left
 * out of the fit.
 */
export const RIGID_FACE_POINTS = [
  'FOREHEAD',
  'NOSE_BRIDGE',
  'NOSE_DORSUM',
  'NOSE_TIP',
  'SUBNASALE',
  'FACE_RIGHT',
  'FACE_LEFT',
  'RIGHT_EYE_OUTER',
  'RIGHT_EYE_INNER',
  'LEFT_EYE_OUTER',
  'LEFT_EYE_INNER',
] as const satisfies readonly CanonicalFacePointName[];

/** Fewer finite rigid points than this and the fit is refused (three could be collinear). */
export const MIN_RIGID_POINTS = 4;

export interface HeadPose {
  /** Radians, three.js Euler 'YXZ' (see rotation.ts): yaw > 0 turns to the subject's left. */
  yaw: number;
  /** Radians; > 0 tilts the head down (chin toward the chest). */
  pitch: number;
  /** Radians; > 0 tilts the head toward the subject's right shoulder (counter-clockwise on camera). */
  roll: number;
  /** Observed length per canonical centimetre, in image-height units. */
  scale: number;
  /** Where the canonical origin lands, in the observed frame (x right, y up, z toward camera). */
  readonly translation: Float64Array;
  /** Row-major rotation from the canonical head frame to the observed frame. */
  readonly rotation: Mat3;
  /** RMS distance between fitted and observed rigid points, in canonical centimetres. */
  residual: number;
}

export function createHeadPose(): HeadPose {
  const nan = Number.NaN;
  return {
    yaw: nan,
    pitch: nan,
    roll: nan,
    scale: nan,
    translation: new Float64Array(3),
    rotation: mat3(),
    residual: nan,
  };
}

/**
 * Reads face point `index` of a frame into `out` in the fit's observed frame: isotropic
 * image-height units with x right, y up, z toward the camera. `aspect` is the image's
 * width / height (x and MediaPipe's z are relative to the width, y to the height).
 * Returns false when the point is not finite.
 */
export function readFacePoint(
  frame: Float32Array,
  index: number,
  aspect: number,
  out: Float64Array,
): boolean {
  const base = (COMPONENTS.face.offset + index) * VALUES_PER_POINT;
  const x = frame[base] ?? Number.NaN;
  const y = frame[base + 1] ?? Number.NaN;
  const z = frame[base + 2] ?? Number.NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  out[0] = x * aspect;
  out[1] = -y;
  // A point with no depth (2-D sources) sits on the face plane.
  out[2] = Number.isFinite(z) ? -z * aspect : 0;
  return true;
}

const RIGID_COUNT = RIGID_FACE_POINTS.length;
const observed = new Float64Array(RIGID_COUNT * 3);
const model = new Float64Array(RIGID_COUNT * 3);
const point = new Float64Array(3);
const observedMean = new Float64Array(3);
const modelMean = new Float64Array(3);
const covariance = new Float64Array(9);
const quaternion = new Float64Array(4);
const euler = new Float64Array(3);

/** Fits the head pose of the frame's face into `out`; returns false (out untouched) when it cannot. */
export function fitHeadPose(frame: Float32Array, aspect: number, out: HeadPose): boolean {
  let n = 0;
  for (const name of RIGID_FACE_POINTS) {
    if (!readFacePoint(frame, FACE_MESH[name], aspect, point)) continue;
    observed.set(point, n * 3);
    model.set(CANONICAL_FACE[name], n * 3);
    n++;
  }
  if (n < MIN_RIGID_POINTS) return false;

  for (let k = 0; k < 3; k++) {
    observedMean[k] = centroid(observed, n, k);
    modelMean[k] = centroid(model, n, k);
  }
  // Cross-covariance S[a][b] = Σ (model_a − mean)(observed_b − mean), plus both spreads.
  covariance.fill(0);
  let modelSpread = 0;
  let observedSpread = 0;
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < 3; a++) {
      const da = (model[i * 3 + a] ?? 0) - (modelMean[a] ?? 0);
      const db = (observed[i * 3 + a] ?? 0) - (observedMean[a] ?? 0);
      modelSpread += da * da;
      observedSpread += db * db;
      for (let b = 0; b < 3; b++) {
        const ob = (observed[i * 3 + b] ?? 0) - (observedMean[b] ?? 0);
        covariance[a * 3 + b] = (covariance[a * 3 + b] ?? 0) + da * ob;
      }
    }
  }
  if (!(observedSpread > 0) || !Number.isFinite(observedSpread)) return false;

  hornQuaternion(covariance, quaternion);
  const [qw = 1, qx = 0, qy = 0, qz = 0] = quaternion;
  const norm = Math.hypot(qw, qx, qy, qz);
  rotationFromQuaternion(qw / norm, qx / norm, qy / norm, qz / norm, out.rotation);

  const scale = Math.sqrt(observedSpread / modelSpread);
  const r = out.rotation;
  const [mx = 0, my = 0, mz = 0] = modelMean;
  for (let k = 0; k < 3; k++) {
    const rotated = (r[k * 3] ?? 0) * mx + (r[k * 3 + 1] ?? 0) * my + (r[k * 3 + 2] ?? 0) * mz;
    out.translation[k] = (observedMean[k] ?? 0) - scale * rotated;
  }
  out.scale = scale;

  let squared = 0;
  for (let i = 0; i < n; i++) {
    toHeadFrame(observed.subarray(i * 3, i * 3 + 3), out, point);
    for (let k = 0; k < 3; k++) squared += ((point[k] ?? 0) - (model[i * 3 + k] ?? 0)) ** 2;
  }
  out.residual = Math.sqrt(squared / n);

  eulerFromRotation(r, euler);
  out.yaw = euler[0] ?? Number.NaN;
  out.pitch = euler[1] ?? Number.NaN;
  out.roll = euler[2] ?? Number.NaN;
  return true;
}

/** Maps an observed-frame point into the canonical head frame (centimetres): Rᵀ(p − t) / s. */
export function toHeadFrame(p: ArrayLike<number>, pose: HeadPose, out: Float64Array): Float64Array {
  const r = pose.rotation;
  const dx = ((p[0] ?? 0) - (pose.translation[0] ?? 0)) / pose.scale;
  const dy = ((p[1] ?? 0) - (pose.translation[1] ?? 0)) / pose.scale;
  const dz = ((p[2] ?? 0) - (pose.translation[2] ?? 0)) / pose.scale;
  out[0] = (r[0] ?? 0) * dx + (r[3] ?? 0) * dy + (r[6] ?? 0) * dz;
  out[1] = (r[1] ?? 0) * dx + (r[4] ?? 0) * dy + (r[7] ?? 0) * dz;
  out[2] = (r[2] ?? 0) * dx + (r[5] ?? 0) * dy + (r[8] ?? 0) * dz;
  return out;
}

function centroid(points: Float64Array, n: number, axis: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += points[i * 3 + axis] ?? 0;
  return sum / n;
}
