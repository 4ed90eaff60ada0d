import { COMPONENTS, VALUES_PER_POINT } from '../../landmarks/layout';
import { median } from './stats';
import { aspectOf, type Recording } from './recording';

/** MediaPipe pose indices of the shoulders. */
export const LEFT_SHOULDER = 11;
export const RIGHT_SHOULDER = 12;

/**
 * The body frame of a clip (REALISM.md method): origin at the median midpoint of the shoulders,
 * unit the median shoulder width, y down as in the image. Medians make it robust to a few bad
 * frames and keep it fixed over the clip, so body sway and jitter stay visible in it.
 */
export interface BodyFrame {
  /** Origin in image heights (x already scaled by the aspect ratio). */
  originX: number;
  originY: number;
  /** Median shoulder width, image heights. */
  unit: number;
  aspect: number;
}

function poseXY(frame: Float32Array, point: number, aspect: number): [number, number] {
  const i = (COMPONENTS.pose.offset + point) * VALUES_PER_POINT;
  return [frame[i]! * aspect, frame[i + 1]!];
}

/** The clip's body frame, or undefined when no frame shows both shoulders. */
export function bodyFrame(rec: Recording): BodyFrame | undefined {
  const aspect = aspectOf(rec);
  const widths: number[] = [];
  const mx: number[] = [];
  const my: number[] = [];
  for (const f of rec.frames) {
    const [lx, ly] = poseXY(f, LEFT_SHOULDER, aspect);
    const [rx, ry] = poseXY(f, RIGHT_SHOULDER, aspect);
    const w = Math.hypot(lx - rx, ly - ry);
    if (!Number.isFinite(w) || !(w > 0)) continue;
    widths.push(w);
    mx.push((lx + rx) / 2);
    my.push((ly + ry) / 2);
  }
  if (widths.length === 0) return undefined;
  return { originX: median(mx), originY: median(my), unit: median(widths), aspect };
}

/** Like bodyFrame, but throws naming the problem when the shoulders are never seen. */
export function requireBodyFrame(rec: Recording, what = 'recording'): BodyFrame {
  const b = bodyFrame(rec);
  if (!b) {
    throw new RangeError(
      `${what}: no frame has both shoulders (pose points ${LEFT_SHOULDER}, ${RIGHT_SHOULDER}); the body frame needs them`,
    );
  }
  return b;
}

/** Value `v` (0 x, 1 y, 2 z) of a frame-layout point in body units (NaN if not detected). */
export function bodyValue(frame: Float32Array, point: number, v: 0 | 1 | 2, b: BodyFrame): number {
  const raw = frame[point * VALUES_PER_POINT + v]!;
  if (v === 0) return (raw * b.aspect - b.originX) / b.unit;
  if (v === 1) return (raw - b.originY) / b.unit;
  // MediaPipe's z is in image widths, like x.
  return (raw * b.aspect) / b.unit;
}
