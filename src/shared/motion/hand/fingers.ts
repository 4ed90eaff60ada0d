import { FINGER_BONES_LEFT, FINGER_BONES_RIGHT, type Side } from '../rig';

/** Fingers in VRM bone order; digit numbers are HamNoSys's (1 = thumb … 5 = little finger). */
export const FINGERS = ['thumb', 'index', 'middle', 'ring', 'little'] as const;
export type Finger = (typeof FINGERS)[number];
export const FINGER_COUNT = 5;
export const JOINTS_PER_FINGER = 3;
/** 15 finger bones per hand, in the order of FINGER_BONES_LEFT / FINGER_BONES_RIGHT. */
export const HAND_JOINTS = FINGER_COUNT * JOINTS_PER_FINGER;

/** Finger index (0 = thumb) of a HamNoSys digit number 1–5. */
export function fingerOfDigit(digit: 1 | 2 | 3 | 4 | 5): number {
  return digit - 1;
}

export function fingerBones(side: Side): readonly string[] {
  return side === 'left' ? FINGER_BONES_LEFT : FINGER_BONES_RIGHT;
}

/**
 * The canonical hand frame used for hand geometry: the RIGHT hand's rest frame in the VRM
 * normalized rig, origin at the wrist (hand bone). Fingers point along −X, the palm faces −Y,
 * the thumb (radial) side is +Z. The left hand's geometry is mirrored into it (x → −x).
 */
export const ALONG_FINGERS: readonly [number, number, number] = [-1, 0, 0];
export const PALMAR: readonly [number, number, number] = [0, -1, 0];
export const RADIAL: readonly [number, number, number] = [0, 0, 1];
