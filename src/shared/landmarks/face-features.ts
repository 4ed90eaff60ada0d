import { CANONICAL_FACE, CANONICAL_IRIS, type CanonicalFacePointName } from './canonical-face';
import { FACE_MESH, LEFT_BROW, RIGHT_BROW } from './face-mesh';
import { HeadPoints } from './head-points';
import { createHeadPose, fitHeadPose } from './head-pose';

/**
 * Non-manual signals from one face: one Float32Array per frame, indexed by FACE_FEATURE.
 * Every length is measured in the canonical head frame (rotation, scale and translation of the
 * head removed by the fit in head-pose.ts) and divided by FACE_SIZE_CM, so the numbers do not
 * depend on where the face is, how big it is in the image, or how the head is turned.
 * Left/right are the subject's own sides (see face-mesh.ts).
 *
 * - browRaiseLeft/Right: brow height above the eye corners, 0 = canonical face, > 0 raised.
 * - browFurrow: how much closer the inner brow ends are than on the canonical face (> 0 knitted).
 * - eyeApertureLeft/Right: lid gap / eye width; 0 = closed (canonical face: EYE_APERTURE_CANONICAL).
 * - gazeHorizontal/Vertical: iris centre relative to the eye-corner midpoint, in eye widths,
 *   0 = canonical; horizontal > 0 toward the subject's left, vertical > 0 up. NaN without irises.
 * - mouthOpen: vertical gap between the inner lips (the canonical mouth is slightly parted).
 * - mouthWidth: corner-to-corner width change, 0 = canonical, > 0 wider.
 * - lipCorners: corner height relative to the base of the nose, 0 = canonical, > 0 up (smile).
 * - cheekPuff: cheek-to-cheek width change, 0 = canonical, > 0 puffed.
 * - headYaw/Pitch/Roll: radians, conventions in head-pose.ts.
 * - headNodVelocity/headShakeVelocity: pitch and yaw rates in rad/s; NaN from a single frame
 *   (head-motion.ts fills them from timestamped sequences).
 */
export const FACE_FEATURE_NAMES = [
  'browRaiseLeft',
  'browRaiseRight',
  'browFurrow',
  'eyeApertureLeft',
  'eyeApertureRight',
  'gazeHorizontal',
  'gazeVertical',
  'mouthOpen',
  'mouthWidth',
  'lipCorners',
  'cheekPuff',
  'headYaw',
  'headPitch',
  'headRoll',
  'headNodVelocity',
  'headShakeVelocity',
] as const;
export type FaceFeatureName = (typeof FACE_FEATURE_NAMES)[number];
export const FACE_FEATURE = Object.fromEntries(FACE_FEATURE_NAMES.map((n, i) => [n, i])) as {
  readonly [K in FaceFeatureName]: number;
};
export const FACE_FEATURE_COUNT = FACE_FEATURE_NAMES.length;

/** The face-size unit: canonical distance between the outer eye corners (≈ 8.9 cm). */
export const FACE_SIZE_CM = CANONICAL_FACE.LEFT_EYE_OUTER[0] - CANONICAL_FACE.RIGHT_EYE_OUTER[0];

export interface FaceFeatureOptions {
  /** Image width / height; x and z of a frame are relative to the width, y to the height. */
  aspect?: number;
}

const EYE = {
  left: {
    outer: FACE_MESH.LEFT_EYE_OUTER,
    inner: FACE_MESH.LEFT_EYE_INNER,
    upper: FACE_MESH.LEFT_EYE_UPPER,
    lower: FACE_MESH.LEFT_EYE_LOWER,
    iris: FACE_MESH.LEFT_IRIS_CENTER,
    /** The outer brow end hardly moves when the brow is raised: the other three are measured. */
    brow: LEFT_BROW.slice(1),
  },
  right: {
    outer: FACE_MESH.RIGHT_EYE_OUTER,
    inner: FACE_MESH.RIGHT_EYE_INNER,
    upper: FACE_MESH.RIGHT_EYE_UPPER,
    lower: FACE_MESH.RIGHT_EYE_LOWER,
    iris: FACE_MESH.RIGHT_IRIS_CENTER,
    brow: RIGHT_BROW.slice(1),
  },
} as const;

const READ_POINTS: readonly number[] = [
  ...Object.values(EYE).flatMap((e) => [e.outer, e.inner, e.upper, e.lower, e.iris, ...e.brow]),
  FACE_MESH.UPPER_LIP_INNER,
  FACE_MESH.LOWER_LIP_INNER,
  FACE_MESH.MOUTH_LEFT,
  FACE_MESH.MOUTH_RIGHT,
  FACE_MESH.SUBNASALE,
  FACE_MESH.LEFT_CHEEK,
  FACE_MESH.RIGHT_CHEEK,
];

const points = new HeadPoints();
const pose = createHeadPose();

/** Raw measurements (before subtracting the canonical face's values) into `out`. */
function measure(p: HeadPoints, out: Float32Array): void {
  const F = FACE_FEATURE;
  for (const side of ['left', 'right'] as const) {
    const e = EYE[side];
    const cornerY = (p.at(e.outer, 1) + p.at(e.inner, 1)) / 2;
    const browY = p.meanAxis(e.brow, 1);
    out[side === 'left' ? F.browRaiseLeft : F.browRaiseRight] = (browY - cornerY) / FACE_SIZE_CM;
    const width = p.distance(e.outer, e.inner);
    out[side === 'left' ? F.eyeApertureLeft : F.eyeApertureRight] =
      (p.at(e.upper, 1) - p.at(e.lower, 1)) / width;
  }
  out[F.browFurrow] =
    -(p.at(FACE_MESH.LEFT_BROW_INNER, 0) - p.at(FACE_MESH.RIGHT_BROW_INNER, 0)) / FACE_SIZE_CM;
  out[F.gazeHorizontal] = gaze(p, 0);
  out[F.gazeVertical] = gaze(p, 1);
  out[F.mouthOpen] =
    (p.at(FACE_MESH.UPPER_LIP_INNER, 1) - p.at(FACE_MESH.LOWER_LIP_INNER, 1)) / FACE_SIZE_CM;
  out[F.mouthWidth] =
    (p.at(FACE_MESH.MOUTH_LEFT, 0) - p.at(FACE_MESH.MOUTH_RIGHT, 0)) / FACE_SIZE_CM;
  const cornersY = (p.at(FACE_MESH.MOUTH_LEFT, 1) + p.at(FACE_MESH.MOUTH_RIGHT, 1)) / 2;
  out[F.lipCorners] = (cornersY - p.at(FACE_MESH.SUBNASALE, 1)) / FACE_SIZE_CM;
  out[F.cheekPuff] =
    (p.at(FACE_MESH.LEFT_CHEEK, 0) - p.at(FACE_MESH.RIGHT_CHEEK, 0)) / FACE_SIZE_CM;
}

/** Mean over the eyes that have an iris of (iris − corner midpoint) / eye width on one axis. */
function gaze(p: HeadPoints, axis: number): number {
  let sum = 0;
  let eyes = 0;
  for (const side of ['left', 'right'] as const) {
    const e = EYE[side];
    const offset = p.at(e.iris, axis) - (p.at(e.outer, axis) + p.at(e.inner, axis)) / 2;
    const value = offset / p.distance(e.outer, e.inner);
    if (Number.isFinite(value)) {
      sum += value;
      eyes++;
    }
  }
  return eyes > 0 ? sum / eyes : Number.NaN;
}

/** Features whose canonical value is subtracted, so the canonical face reads 0 on them. */
const RELATIVE: readonly FaceFeatureName[] = [
  'browRaiseLeft',
  'browRaiseRight',
  'browFurrow',
  'gazeHorizontal',
  'gazeVertical',
  'mouthWidth',
  'lipCorners',
  'cheekPuff',
];

let canonical: Float32Array | undefined;
/** Raw measurements of the canonical face, irises looking straight ahead (CANONICAL_IRIS). */
export function canonicalMeasurements(): Float32Array {
  if (canonical) return canonical;
  const p = new HeadPoints();
  for (const [name, [x, y, z]] of Object.entries(CANONICAL_FACE)) {
    p.set(FACE_MESH[name as CanonicalFacePointName], x, y, z);
  }
  p.set(FACE_MESH.LEFT_IRIS_CENTER, ...CANONICAL_IRIS.left);
  p.set(FACE_MESH.RIGHT_IRIS_CENTER, ...CANONICAL_IRIS.right);
  canonical = new Float32Array(FACE_FEATURE_COUNT).fill(Number.NaN);
  measure(p, canonical);
  return canonical;
}

/**
 * Face features of one frame into `out` (allocated when omitted). Everything is NaN when the
 * face is missing or too incomplete to fit the head pose; gaze is NaN without iris points
 * (a 468-point mesh); the two velocities are always NaN here (see head-motion.ts).
 */
export function faceFeatures(
  frame: Float32Array,
  out: Float32Array = new Float32Array(FACE_FEATURE_COUNT),
  options: FaceFeatureOptions = {},
): Float32Array {
  const aspect = options.aspect ?? 1;
  out.fill(Number.NaN);
  if (!fitHeadPose(frame, aspect, pose)) return out;
  points.load(frame, aspect, pose, READ_POINTS);
  measure(points, out);
  const base = canonicalMeasurements();
  for (const name of RELATIVE) {
    const i = FACE_FEATURE[name];
    out[i] = (out[i] ?? Number.NaN) - (base[i] ?? Number.NaN);
  }
  out[FACE_FEATURE.headYaw] = pose.yaw;
  out[FACE_FEATURE.headPitch] = pose.pitch;
  out[FACE_FEATURE.headRoll] = pose.roll;
  return out;
}
