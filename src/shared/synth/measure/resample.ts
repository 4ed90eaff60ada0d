import { FRAME_LENGTH } from '../../landmarks/layout';
import { checkFps } from './recording';

/**
 * Frames at another rate by linear interpolation in time (NaN wherever either neighbour is
 * missing). Used to compare recordings made at 24, 25 and 30 fps on the same time grid.
 */
export function resampleFrames(
  frames: readonly Float32Array[],
  fps: number,
  targetFps: number,
): Float32Array[] {
  checkFps(fps);
  checkFps(targetFps);
  if (fps === targetFps || frames.length < 2) return frames.map((f) => Float32Array.from(f));
  const duration = (frames.length - 1) / fps;
  const n = Math.floor(duration * targetFps + 1e-9) + 1;
  return Array.from({ length: n }, (_, k) => {
    const at = (k / targetFps) * fps;
    const i = Math.min(frames.length - 2, Math.floor(at));
    const u = at - i;
    const a = frames[i]!;
    const b = frames[i + 1]!;
    const out = new Float32Array(FRAME_LENGTH);
    for (let j = 0; j < FRAME_LENGTH; j++) out[j] = a[j]! + (b[j]! - a[j]!) * u;
    return out;
  });
}
