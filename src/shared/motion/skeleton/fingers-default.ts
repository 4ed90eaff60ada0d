import type { SkeletonBone } from '../rig';

/**
 * Finger bone positions of an average adult right hand relative to the hand (wrist) joint, in
 * the VRM rest T-pose (fingers along −X, palm down −Y, thumb side +Z), metres. Used when an
 * avatar has no finger bones, scaled by the hand scale; the left hand mirrors x.
 */
export const ADULT_RIGHT_FINGER_OFFSETS: Readonly<
  Partial<Record<SkeletonBone, readonly [number, number, number]>>
> = {
  rightThumbMetacarpal: [-0.03, -0.012, 0.022],
  rightThumbProximal: [-0.0592, -0.0211, 0.0546],
  rightThumbDistal: [-0.0799, -0.0274, 0.0778],
  rightIndexProximal: [-0.092, 0.002, 0.026],
  rightIndexIntermediate: [-0.135, 0.002, 0.026],
  rightIndexDistal: [-0.16, 0.002, 0.026],
  rightMiddleProximal: [-0.095, 0.003, 0.006],
  rightMiddleIntermediate: [-0.142, 0.003, 0.006],
  rightMiddleDistal: [-0.171, 0.003, 0.006],
  rightRingProximal: [-0.089, 0.001, -0.013],
  rightRingIntermediate: [-0.133, 0.001, -0.013],
  rightRingDistal: [-0.161, 0.001, -0.013],
  rightLittleProximal: [-0.081, -0.002, -0.03],
  rightLittleIntermediate: [-0.115, -0.002, -0.03],
  rightLittleDistal: [-0.135, -0.002, -0.03],
};

/** Adult forearm length (elbow → wrist), metres: the reference for the hand scale. */
export const ADULT_FOREARM_LENGTH = 0.255;
