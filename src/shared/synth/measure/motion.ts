import { COMPONENTS } from '../../landmarks/layout';
import { bodyValue, type BodyFrame } from './body-frame';
import type { HandName } from './dropout';
import { HAND } from './parts';
import { smooth } from './savgol';

/**
 * Wrist speed per frame, shoulder widths per second: central difference of the Savitzky–Golay
 * smoothed wrist (savgol.ts), so it measures the movement and not the detector's jitter. NaN
 * where the hand (or the smoothing window) is missing.
 */
export function wristSpeeds(
  frames: readonly Float32Array[],
  fps: number,
  hand: HandName,
  b: BodyFrame,
): number[] {
  const p = COMPONENTS[hand].offset + HAND.wrist;
  const x = smooth(frames.map((f) => bodyValue(f, p, 0, b)));
  const y = smooth(frames.map((f) => bodyValue(f, p, 1, b)));
  return frames.map((_, t) =>
    t === 0 || t === frames.length - 1
      ? Number.NaN
      : (Math.hypot(x[t + 1]! - x[t - 1]!, y[t + 1]! - y[t - 1]!) * fps) / 2,
  );
}
