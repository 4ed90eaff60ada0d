import { COMPONENTS } from '../../landmarks/layout';
import { bodyValue, requireBodyFrame } from './body-frame';
import { HAND } from './parts';
import { dominantHand, handSizes } from './proportions';
import { aspectOf, type Recording } from './recording';
import { resampleFrames } from './resample';
import { median } from './stats';

/** Window length and hop, frames at WINDOW_FPS (16 frames ≈ half a second). */
export const WINDOW_FRAMES = 16;
export const WINDOW_HOP = 8;
/** Every recording is brought to this rate first, so a window covers the same time everywhere. */
export const WINDOW_FPS = 30;
const HAND_POINTS = 21;
/** Features per window: 20 finger points (x, y) per frame, then the wrist velocity per step. */
export const WINDOW_SHAPE_FEATURES = WINDOW_FRAMES * (HAND_POINTS - 1) * 2;
export const WINDOW_FEATURES = WINDOW_SHAPE_FEATURES + (WINDOW_FRAMES - 1) * 2;

/**
 * Feature windows of a recording's dominant hand, for the two-sample test: per frame the 20
 * finger points relative to the wrist in hand sizes (clip median wrist → middle MCP), then the
 * wrist velocity in shoulder widths per second. A left-dominant signer is mirrored so handedness
 * is not a feature. Only windows with the hand seen in every frame are kept.
 */
export function handWindows(rec: Recording): Float64Array[] {
  const frames = resampleFrames(rec.frames, rec.fps, WINDOW_FPS);
  const body = requireBodyFrame({ frames, fps: WINDOW_FPS, aspect: aspectOf(rec) });
  const hand = dominantHand(frames);
  const mirror = hand === 'leftHand' ? -1 : 1;
  const size = median(handSizes(frames, hand, body));
  if (!(size > 0)) return [];
  const off = COMPONENTS[hand].offset;
  const pts = frames.map((f) =>
    Array.from({ length: HAND_POINTS }, (_, p) => [
      mirror * bodyValue(f, off + p, 0, body),
      bodyValue(f, off + p, 1, body),
    ]),
  );
  const seen = pts.map((p) => p.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y)));
  const out: Float64Array[] = [];
  for (let s = 0; s + WINDOW_FRAMES <= frames.length; s += WINDOW_HOP) {
    if (!seen.slice(s, s + WINDOW_FRAMES).every(Boolean)) continue;
    const row = new Float64Array(WINDOW_FEATURES);
    let k = 0;
    for (let t = s; t < s + WINDOW_FRAMES; t++) {
      const [wx, wy] = pts[t]![HAND.wrist]!;
      for (let p = 1; p < HAND_POINTS; p++) {
        row[k++] = (pts[t]![p]![0]! - wx!) / size;
        row[k++] = (pts[t]![p]![1]! - wy!) / size;
      }
    }
    for (let t = s + 1; t < s + WINDOW_FRAMES; t++) {
      row[k++] = (pts[t]![HAND.wrist]![0]! - pts[t - 1]![HAND.wrist]![0]!) * WINDOW_FPS;
      row[k++] = (pts[t]![HAND.wrist]![1]! - pts[t - 1]![HAND.wrist]![1]!) * WINDOW_FPS;
    }
    out.push(row);
  }
  return out;
}
