import { POSE_LANDMARK } from './holistic-names';
import { FRAME_LENGTH, VALUES_PER_POINT, valueIndex } from './layout';

/**
 * Model-input normalization (ARCHITECTURE.md, "SLT, live"): every point of a frame re-expressed
 * relative to the shoulders: origin at their midpoint, unit = shoulder width, x right, y down
 * (image directions), z scaled by the same unit. Visibility is copied. Position and size of the
 * signer in the image drop out; NaN points stay NaN.
 */
export interface ShoulderReference {
  /** Shoulder midpoint in isotropic image units (x × aspect, y). */
  cx: number;
  cy: number;
  /** Shoulder width in the same units. */
  width: number;
}

export interface NormalizeOptions {
  /** Image width / height: x and z are relative to the width, y to the height. */
  aspect?: number;
  /** Used instead of the frame's own shoulders (e.g. the last frame that had them). */
  reference?: ShoulderReference;
}

/** Shoulders closer than this (image-height units) are a failed detection, not a real signer. */
export const MIN_SHOULDER_WIDTH = 1e-3;

const LEFT_X = valueIndex('pose', POSE_LANDMARK.LEFT_SHOULDER, 0);
const RIGHT_X = valueIndex('pose', POSE_LANDMARK.RIGHT_SHOULDER, 0);

/** Measures the frame's shoulders into `out`; false (out untouched) when they are missing. */
export function shoulderReference(
  frame: Float32Array,
  aspect: number,
  out: ShoulderReference,
): boolean {
  const lx = (frame[LEFT_X] ?? Number.NaN) * aspect;
  const ly = frame[LEFT_X + 1] ?? Number.NaN;
  const rx = (frame[RIGHT_X] ?? Number.NaN) * aspect;
  const ry = frame[RIGHT_X + 1] ?? Number.NaN;
  const width = Math.hypot(lx - rx, ly - ry);
  if (!(width >= MIN_SHOULDER_WIDTH)) return false;
  out.cx = (lx + rx) / 2;
  out.cy = (ly + ry) / 2;
  out.width = width;
  return true;
}

const own: ShoulderReference = { cx: 0, cy: 0, width: 1 };

/**
 * Writes the normalized frame into `out` (may be `frame` itself) without allocating. When
 * neither the frame nor options.reference gives shoulders, `out` is all NaN.
 */
export function normalizeFrame(
  frame: Float32Array,
  out: Float32Array = new Float32Array(FRAME_LENGTH),
  options: NormalizeOptions = {},
): Float32Array {
  if (frame.length !== FRAME_LENGTH || out.length !== FRAME_LENGTH) {
    throw new RangeError(
      `frame and output must have ${FRAME_LENGTH} values; got ${frame.length} and ${out.length}`,
    );
  }
  const aspect = options.aspect ?? 1;
  const ref = options.reference ?? (shoulderReference(frame, aspect, own) ? own : undefined);
  if (!ref) return out.fill(Number.NaN);
  const { cx, cy, width } = ref;
  for (let i = 0; i < FRAME_LENGTH; i += VALUES_PER_POINT) {
    out[i] = ((frame[i] ?? Number.NaN) * aspect - cx) / width;
    out[i + 1] = ((frame[i + 1] ?? Number.NaN) - cy) / width;
    out[i + 2] = ((frame[i + 2] ?? Number.NaN) * aspect) / width;
    out[i + 3] = frame[i + 3] ?? Number.NaN;
  }
  return out;
}
