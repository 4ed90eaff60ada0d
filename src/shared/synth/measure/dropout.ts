import { COMPONENTS, VALUES_PER_POINT, isDetected } from '../../landmarks/layout';
import { bodyFrame } from './body-frame';
import { HAND, POSE } from './parts';
import { aspectOf, type Recording } from './recording';

export type HandName = 'leftHand' | 'rightHand';
export const HANDS: readonly HandName[] = ['leftHand', 'rightHand'];

/**
 * A hand's detection gaps. Only interior gaps (missed frames between two detections) count as
 * dropouts: a hand missing at the start or end of a clip is usually out of the shot, not missed.
 */
export interface HandDropout {
  hand: HandName;
  /** Frames in which the hand was detected. */
  detected: number;
  /** Frames from its first to its last detection. */
  span: number;
  /** Length in frames of each interior gap. */
  gaps: number[];
}

export function handDropout(rec: Recording, hand: HandName): HandDropout {
  const seen = rec.frames.map((f) => isDetected(f, hand));
  const first = seen.indexOf(true);
  const last = seen.lastIndexOf(true);
  const gaps: number[] = [];
  let detected = 0;
  let run = 0;
  for (let t = Math.max(0, first); t <= last; t++) {
    if (seen[t]) {
      detected++;
      if (run > 0) gaps.push(run);
      run = 0;
    } else run++;
  }
  return { hand, detected, span: first < 0 ? 0 : last - first + 1, gaps };
}

/** Two pose wrists closer than this (shoulder widths) cannot tell which hand is which. */
const SWAP_MIN_WRIST_SEPARATION = 0.3;

export interface SwapCount {
  /** Hand detections that could be checked against both pose wrists. */
  checked: number;
  /** Those whose wrist lies nearer the other side's pose wrist. */
  swapped: number;
}

/**
 * Left/right swaps: a hand whose wrist is nearer the opposite pose wrist than its own. Holistic
 * crops each hand around its pose wrist, so a swap means the pose model confused the arms.
 */
export function handSwaps(rec: Recording): SwapCount {
  const b = bodyFrame(rec);
  const aspect = aspectOf(rec);
  const out: SwapCount = { checked: 0, swapped: 0 };
  if (!b) return out;
  const xy = (f: Float32Array, i: number): [number, number] => [
    f[i * VALUES_PER_POINT]! * aspect,
    f[i * VALUES_PER_POINT + 1]!,
  ];
  for (const f of rec.frames) {
    const lw = xy(f, COMPONENTS.pose.offset + POSE.leftWrist);
    const rw = xy(f, COMPONENTS.pose.offset + POSE.rightWrist);
    const sep = Math.hypot(lw[0] - rw[0], lw[1] - rw[1]) / b.unit;
    if (!(sep > SWAP_MIN_WRIST_SEPARATION)) continue;
    for (const hand of HANDS) {
      const w = xy(f, COMPONENTS[hand].offset + HAND.wrist);
      if (!Number.isFinite(w[0]) || !Number.isFinite(w[1])) continue;
      const [own, other] = hand === 'leftHand' ? [lw, rw] : [rw, lw];
      out.checked++;
      if (Math.hypot(w[0] - other[0], w[1] - other[1]) < Math.hypot(w[0] - own[0], w[1] - own[1]))
        out.swapped++;
    }
  }
  return out;
}
