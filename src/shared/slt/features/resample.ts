/**
 * Feature frames at the model's own rate. Cameras deliver 8–60 fps (a CPU-only landmarker about
 * 9): the encoder downsamples a fixed number of frames per step, so every input is resampled
 * first, by linear interpolation in time. Output frame k is at k / targetFps seconds; input frame
 * i at i / fps. training/slt/features.py `resample_features` computes the same numbers.
 */
export const MODEL_FPS = 25;

/** How many output frames `frames` input frames at `fps` give. */
export function resampledLength(frames: number, fps: number, targetFps = MODEL_FPS): number {
  if (frames <= 0) return 0;
  return Math.floor(((frames - 1) * targetFps) / fps + 1e-9) + 1;
}

export function resampleFeatures(
  x: Float32Array,
  frames: number,
  dim: number,
  fps: number,
  targetFps = MODEL_FPS,
): Float32Array {
  if (!(fps > 0) || !(targetFps > 0))
    throw new RangeError(`resample: fps ${fps} → ${targetFps}; both must be above 0`);
  const n = resampledLength(frames, fps, targetFps);
  const out = new Float32Array(n * dim);
  for (let k = 0; k < n; k++) {
    const s = (k * fps) / targetFps;
    const i0 = Math.min(frames - 1, Math.floor(s + 1e-9));
    const i1 = Math.min(frames - 1, i0 + 1);
    const w = Math.max(0, Math.min(1, s - i0));
    const a = i0 * dim;
    const b = i1 * dim;
    const o = k * dim;
    for (let d = 0; d < dim; d++) out[o + d] = Math.fround(x[a + d]! + w * (x[b + d]! - x[a + d]!));
  }
  return out;
}

/**
 * The live version: push feature frames as they come (each with its own fps, so a camera that
 * slows down mid-utterance is followed); it emits the model-rate frames that fall between the last
 * two inputs. Equals resampleFeatures for a constant fps.
 */
export class FeatureResampler {
  private prev: Float32Array;
  private havePrev = false;
  /** Time of the last input frame and of the next output frame, seconds from the first input. */
  private tPrev = 0;
  private tNext = 0;

  constructor(
    readonly dim: number,
    readonly targetFps = MODEL_FPS,
  ) {
    this.prev = new Float32Array(dim);
  }

  reset(): void {
    this.havePrev = false;
    this.tPrev = 0;
    this.tNext = 0;
  }

  /** Calls `emit` for every model-rate frame up to this input; `out` is reused between calls. */
  push(x: Float32Array, fps: number, out: Float32Array, emit: (frame: Float32Array) => void): void {
    if (!this.havePrev) {
      out.set(x.subarray(0, this.dim));
      emit(out);
      this.prev.set(x.subarray(0, this.dim));
      this.havePrev = true;
      this.tNext = 1 / this.targetFps;
      return;
    }
    const dt = 1 / fps;
    const t = this.tPrev + dt;
    while (this.tNext <= t + 1e-9) {
      const w = Math.max(0, Math.min(1, (this.tNext - this.tPrev) / dt));
      for (let d = 0; d < this.dim; d++)
        out[d] = Math.fround(this.prev[d]! + w * (x[d]! - this.prev[d]!));
      emit(out);
      this.tNext += 1 / this.targetFps;
    }
    this.prev.set(x.subarray(0, this.dim));
    this.tPrev = t;
  }
}
