import type { FaceMeshPointName } from '../../landmarks/face-mesh';
import { FACE_POINT_NAMES, facePoint, facePointAt } from './corpus-index';
import {
  MIN_PART_SIZE,
  distance3,
  dot2,
  finite,
  mid,
  readPoint,
  vec3,
  type Vec3,
} from './geometry';
import { OFFSET } from './layout';

/**
 * Yaw and pitch are ratios of two image-plane spans; when the span that divides (face width,
 * eyes-to-mouth height) is shorter than this many eye distances, the mesh is degenerate: 0.
 */
export const MIN_RATIO_SPAN = 0.25;

const at = (frame: Float32Array, name: FaceMeshPointName, aspect: number, out: Vec3): Vec3 =>
  readPoint(frame, facePoint(name), aspect, out);

const ro = vec3();
const ri = vec3();
const lo = vec3();
const li = vec3();
const right = vec3();
const left = vec3();
const origin = vec3();
const p = vec3();
const q = vec3();
const r = vec3();
const s = vec3();
const browMean = vec3();
const eyeMean = vec3();

/** Mean of three or four points into `out`, summed left to right (Python does the same). */
function mean(out: Vec3, a: Vec3, b: Vec3, c: Vec3, d?: Vec3): Vec3 {
  const n = d ? 4 : 3;
  for (let k = 0; k < 3; k++) {
    const sum = (a[k] ?? 0) + (b[k] ?? 0) + (c[k] ?? 0) + (d ? (d[k] ?? 0) : 0);
    out[k] = sum / n;
  }
  return out;
}

type Side = 'LEFT' | 'RIGHT';

/** Brow (arch, mid, inner) to eye centre (corners and lids), in eye distances. */
function browRaise(frame: Float32Array, side: Side, aspect: number, f: number): number {
  mean(
    browMean,
    at(frame, `${side}_BROW_ARCH`, aspect, p),
    at(frame, `${side}_BROW_MID`, aspect, q),
    at(frame, `${side}_BROW_INNER`, aspect, r),
  );
  mean(
    eyeMean,
    at(frame, `${side}_EYE_OUTER`, aspect, p),
    at(frame, `${side}_EYE_INNER`, aspect, q),
    at(frame, `${side}_EYE_UPPER`, aspect, r),
    at(frame, `${side}_EYE_LOWER`, aspect, s),
  );
  return distance3(browMean, eyeMean) / f;
}

/** Lid gap over eye width. */
function eyeOpen(frame: Float32Array, side: Side, aspect: number): number {
  const lids = distance3(
    at(frame, `${side}_EYE_UPPER`, aspect, p),
    at(frame, `${side}_EYE_LOWER`, aspect, q),
  );
  return (
    lids /
    distance3(at(frame, `${side}_EYE_OUTER`, aspect, p), at(frame, `${side}_EYE_INNER`, aspect, q))
  );
}

/** One eye's iris offset from its corner midpoint in eye widths along (ux, uy); NaN without iris. */
function gaze(frame: Float32Array, side: Side, aspect: number, ux: number, uy: number): number {
  at(frame, `${side}_EYE_OUTER`, aspect, p);
  at(frame, `${side}_EYE_INNER`, aspect, q);
  const width = distance3(p, q);
  mid(p, q, r);
  at(frame, `${side}_IRIS_CENTER`, aspect, s);
  return dot2(s, r, ux, uy) / width;
}

/** Mean gaze over the eyes that have one; 0 when neither does. */
function meanGaze(frame: Float32Array, aspect: number, ux: number, uy: number): number {
  const a = gaze(frame, 'LEFT', aspect, ux, uy);
  const b = gaze(frame, 'RIGHT', aspect, ux, uy);
  const n = (Number.isFinite(a) ? 1 : 0) + (Number.isFinite(b) ? 1 : 0);
  return n === 0 ? 0 : ((Number.isFinite(a) ? a : 0) + (Number.isFinite(b) ? b : 0)) / n;
}

/**
 * The face block into `out` (which holds zeros there): the 42 points in the head frame (origin
 * between the eye centres, axes along and across the eye line, unit = eye distance) and the
 * scalar facial-grammar features. Returns whether the face is present.
 */
export function writeFace(frame: Float32Array, aspect: number, out: Float64Array): boolean {
  mid(at(frame, 'RIGHT_EYE_OUTER', aspect, ro), at(frame, 'RIGHT_EYE_INNER', aspect, ri), right);
  mid(at(frame, 'LEFT_EYE_OUTER', aspect, lo), at(frame, 'LEFT_EYE_INNER', aspect, li), left);
  const f = distance3(left, right);
  if (!(f >= MIN_PART_SIZE)) return false;
  mid(left, right, origin);
  const ex = (left[0] ?? 0) - (right[0] ?? 0);
  const ey = (left[1] ?? 0) - (right[1] ?? 0);
  const eyeLine = Math.sqrt(ex * ex + ey * ey);
  // u: along the eye line toward the subject's left; v: across it, down the face (y is down).
  const ux = ex / eyeLine;
  const uy = ey / eyeLine;
  const vx = -uy;
  const vy = ux;

  out[OFFSET.faceMask] = 1;
  for (let k = 0; k < FACE_POINT_NAMES.length; k++) {
    readPoint(frame, facePointAt(k), aspect, p);
    const o = OFFSET.facePoints + k * 3;
    out[o] = finite(dot2(p, origin, ux, uy) / f);
    out[o + 1] = finite(dot2(p, origin, vx, vy) / f);
    out[o + 2] = finite(((p[2] ?? 0) - (origin[2] ?? 0)) / f);
  }

  const S = OFFSET.faceScalar;
  out[S.browRaiseLeft] = finite(browRaise(frame, 'LEFT', aspect, f));
  out[S.browRaiseRight] = finite(browRaise(frame, 'RIGHT', aspect, f));
  out[S.browFurrow] = finite(
    distance3(at(frame, 'LEFT_BROW_INNER', aspect, p), at(frame, 'RIGHT_BROW_INNER', aspect, q)) /
      f,
  );
  out[S.eyeOpenLeft] = finite(eyeOpen(frame, 'LEFT', aspect));
  out[S.eyeOpenRight] = finite(eyeOpen(frame, 'RIGHT', aspect));
  out[S.mouthOpen] = finite(
    distance3(at(frame, 'UPPER_LIP_INNER', aspect, p), at(frame, 'LOWER_LIP_INNER', aspect, q)) / f,
  );
  out[S.mouthWidth] = finite(
    distance3(at(frame, 'MOUTH_LEFT', aspect, p), at(frame, 'MOUTH_RIGHT', aspect, q)) / f,
  );

  const nose = at(frame, 'NOSE_TIP', aspect, s);
  at(frame, 'FACE_RIGHT', aspect, p);
  at(frame, 'FACE_LEFT', aspect, q);
  const toNose = dot2(nose, p, ux, uy);
  const fromNose = dot2(q, nose, ux, uy);
  out[S.headYaw] = ratio(toNose, fromNose, f);
  mid(at(frame, 'MOUTH_LEFT', aspect, p), at(frame, 'MOUTH_RIGHT', aspect, q), r);
  out[S.headPitch] = ratio(dot2(nose, origin, vx, vy), dot2(r, nose, vx, vy), f);
  out[S.headRoll] = finite(Math.atan2((right[1] ?? 0) - (left[1] ?? 0), ex));
  out[S.gazeX] = finite(meanGaze(frame, aspect, ux, uy));
  out[S.gazeY] = finite(meanGaze(frame, aspect, vx, vy));
  return true;
}

/** (a − b) / (a + b) clamped to [−1, 1]; 0 when a + b is degenerate or not finite. */
function ratio(a: number, b: number, f: number): number {
  const span = a + b;
  if (!(span >= MIN_RATIO_SPAN * f)) return 0;
  return finite(Math.min(1, Math.max(-1, (a - b) / span)));
}
