import { CORPUS_FRAME_VALUES } from '../../synth/points';
import { ShoulderWindow, normaliserWindow } from './body-frame';
import { HAND_SIDES, POSE_FEATURE_POINTS, posePoint } from './corpus-index';
import { MIN_PART_SIZE, finite, readPoint, vec3 } from './geometry';
import { writeFace } from './face';
import { writeHand } from './hand';
import {
  FEATURE_DIM,
  HAND_MASK,
  HAND_SHAPE,
  HAND_SHAPE_VALUES,
  HAND_WRIST_X,
  OFFSET,
  POSE_VALUES_PER_POINT,
} from './layout';

export interface FeatureOptions {
  /** Image width / height: x and z are relative to the width, y to the height (default 1). */
  aspect?: number;
}

const LEFT_SHOULDER = posePoint('LEFT_SHOULDER');
const RIGHT_SHOULDER = posePoint('RIGHT_SHOULDER');
const POSE_OFFSETS = POSE_FEATURE_POINTS.map(posePoint);

/**
 * Features of a live sequence, one frame at a time, allocation-free: the body-frame window and
 * the previous frame's values (for the velocities) are the only state.
 */
export class FeatureStream {
  readonly aspect: number;
  private readonly body: ShoulderWindow;
  private current = new Float64Array(FEATURE_DIM);
  private previous = new Float64Array(FEATURE_DIM);
  /** Frames pushed since the last reset; and whether a body frame existed at the previous one. */
  private frames = 0;
  private previousHadBody = false;
  private readonly left = vec3();
  private readonly right = vec3();
  private readonly point = vec3();

  constructor(
    readonly fps: number,
    options: FeatureOptions = {},
  ) {
    if (!(fps > 0) || !Number.isFinite(fps)) {
      throw new RangeError(`fps must be a finite number above 0; got ${fps}`);
    }
    this.aspect = options.aspect ?? 1;
    if (!(this.aspect > 0) || !Number.isFinite(this.aspect)) {
      throw new RangeError(
        `aspect (image width / height) must be finite and above 0; got ${this.aspect}`,
      );
    }
    this.body = new ShoulderWindow(normaliserWindow(fps));
  }

  reset(): void {
    this.body.reset();
    this.frames = 0;
    this.previousHadBody = false;
  }

  /** Features of the next frame (CORPUS_FRAME_VALUES values) into `out` (FEATURE_DIM values). */
  push(frame: Float32Array, out: Float32Array): void {
    if (frame.length !== CORPUS_FRAME_VALUES || out.length !== FEATURE_DIM) {
      throw new RangeError(
        `frame must have ${CORPUS_FRAME_VALUES} values and out ${FEATURE_DIM}; got ${frame.length} and ${out.length}`,
      );
    }
    const cur = this.current;
    cur.fill(0);
    const hasBody = this.writeBody(frame, cur);
    // Indexed loops: no iterator objects on the per-frame path.
    for (let i = 0; i < HAND_SIDES.length; i++) {
      writeHand(frame, HAND_SIDES[i] ?? 'leftHand', this.aspect, this.body, cur);
    }
    writeFace(frame, this.aspect, cur);
    if (this.frames > 0) this.writeVelocities(cur, this.previous);
    out.set(cur);
    this.current = this.previous;
    this.previous = cur;
    this.previousHadBody = hasBody;
    this.frames++;
  }

  /** Updates the shoulder window and writes body.mask and the pose points; true once a body frame exists. */
  private writeBody(frame: Float32Array, cur: Float64Array): boolean {
    const a = this.aspect;
    const l = readPoint(frame, LEFT_SHOULDER, a, this.left);
    const r = readPoint(frame, RIGHT_SHOULDER, a, this.right);
    const dx = (l[0] ?? 0) - (r[0] ?? 0);
    const dy = (l[1] ?? 0) - (r[1] ?? 0);
    const width = Math.sqrt(dx * dx + dy * dy);
    if (width >= MIN_PART_SIZE) {
      this.body.push(((l[0] ?? 0) + (r[0] ?? 0)) / 2, ((l[1] ?? 0) + (r[1] ?? 0)) / 2, width);
      cur[OFFSET.bodyMask] = 1;
    }
    const { count, cx, cy, width: unit } = this.body;
    if (count === 0) return false;
    for (let k = 0; k < POSE_OFFSETS.length; k++) {
      const p = readPoint(frame, POSE_OFFSETS[k] ?? 0, a, this.point);
      const o = OFFSET.pose + k * POSE_VALUES_PER_POINT;
      cur[o] = finite(((p[0] ?? 0) - cx) / unit);
      cur[o + 1] = finite(((p[1] ?? 0) - cy) / unit);
    }
    return true;
  }

  /** First differences × fps where both frames have the part (and, for wrists, a body frame). */
  private writeVelocities(cur: Float64Array, prev: Float64Array): void {
    const fps = this.fps;
    for (let s = 0; s < HAND_SIDES.length; s++) {
      const side = HAND_SIDES[s] ?? 'leftHand';
      const h = OFFSET.hand[side];
      if (cur[h + HAND_MASK] !== 1 || prev[h + HAND_MASK] !== 1) continue;
      const v = OFFSET.velocity[side];
      if (this.previousHadBody) {
        for (let c = 0; c < 2; c++) {
          const i = h + HAND_WRIST_X + c;
          cur[v + c] = ((cur[i] ?? 0) - (prev[i] ?? 0)) * fps;
        }
      }
      for (let k = 0; k < HAND_SHAPE_VALUES; k++) {
        const i = h + HAND_SHAPE + k;
        cur[v + 2 + k] = ((cur[i] ?? 0) - (prev[i] ?? 0)) * fps;
      }
    }
    if (cur[OFFSET.faceMask] === 1 && prev[OFFSET.faceMask] === 1) {
      const yaw = OFFSET.faceScalar.headYaw;
      const pitch = OFFSET.faceScalar.headPitch;
      cur[OFFSET.velocityHeadYaw] = ((cur[yaw] ?? 0) - (prev[yaw] ?? 0)) * fps;
      cur[OFFSET.velocityHeadPitch] = ((cur[pitch] ?? 0) - (prev[pitch] ?? 0)) * fps;
    }
  }
}

/** Features of a whole sequence (frameCount × CORPUS_FRAME_VALUES): the same as pushing each frame. */
export function sequenceFeatures(
  frames: Float32Array,
  frameCount: number,
  fps: number,
  options: FeatureOptions = {},
): Float32Array {
  if (
    !Number.isInteger(frameCount) ||
    frameCount < 0 ||
    frames.length < frameCount * CORPUS_FRAME_VALUES
  ) {
    throw new RangeError(
      `frameCount must be a whole number ≥ 0 with frameCount × ${CORPUS_FRAME_VALUES} ≤ frames.length (${frames.length}); got ${frameCount}`,
    );
  }
  const stream = new FeatureStream(fps, options);
  const out = new Float32Array(frameCount * FEATURE_DIM);
  for (let t = 0; t < frameCount; t++) {
    stream.push(
      frames.subarray(t * CORPUS_FRAME_VALUES, (t + 1) * CORPUS_FRAME_VALUES),
      out.subarray(t * FEATURE_DIM, (t + 1) * FEATURE_DIM),
    );
  }
  return out;
}
