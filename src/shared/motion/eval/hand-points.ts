import { COMPONENTS, VALUES_PER_POINT } from '../../landmarks/layout';
import { vec3, type Vec3 } from '../math';
import type { HandComponent } from './hand-descriptor';

const HAND_POINT_COUNT = 21;
/** Fraction of the detected frames, centred, that count as the hand's held posture. */
const HELD_FRACTION = 0.4;

/**
 * One hand's 21 points in one Holistic frame, isotropic (x and depth scaled by the image aspect
 * as in handDescriptor), x negated when `mirror` (a left hand compared with right-hand models).
 * null when the hand is not detected.
 */
export function handPoints(
  frame: Float32Array,
  component: HandComponent,
  aspect: number,
  mirror = false,
): Vec3[] | null {
  const base = COMPONENTS[component].offset * VALUES_PER_POINT;
  const out: Vec3[] = [];
  for (let i = 0; i < HAND_POINT_COUNT; i++) {
    const o = base + i * VALUES_PER_POINT;
    const p = vec3(frame[o]! * aspect * (mirror ? -1 : 1), frame[o + 1]!, frame[o + 2]! * aspect);
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1]) || !Number.isFinite(p[2])) return null;
    out.push(p);
  }
  return out;
}

/** The held part of a letter clip: the centred HELD_FRACTION of the frames with the hand. */
export function heldHandPoints(
  frames: readonly Float32Array[],
  component: HandComponent,
  aspect: number,
  mirror = false,
): Vec3[][] {
  const all = frames
    .map((f) => handPoints(f, component, aspect, mirror))
    .filter((p): p is Vec3[] => p !== null);
  const n = Math.max(1, Math.round(all.length * HELD_FRACTION));
  const start = Math.floor((all.length - n) / 2);
  return all.slice(start, start + n);
}
