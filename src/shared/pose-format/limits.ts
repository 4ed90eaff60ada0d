/**
 * Sanity limits for reading: a header is only a few numbers, so a corrupt or malicious one could
 * otherwise announce billions of frames or points. Every array the reader allocates is also
 * checked against the bytes actually present before it is allocated.
 */
export interface PoseLimits {
  /** Components in the header (Holistic has 4–5, OpenPose 4). */
  readonly maxComponents: number;
  /** Points over all components (Holistic with a refined face and world pose: 586). */
  readonly maxPoints: number;
  /** Characters of a point format such as "XYZC". */
  readonly maxFormatLength: number;
  /** People per frame. */
  readonly maxPeople: number;
  /** Frames in the body (2^22 ≈ 39 hours at 30 fps). */
  readonly maxFrames: number;
}

export const DEFAULT_POSE_LIMITS: PoseLimits = {
  maxComponents: 64,
  maxPoints: 16_384,
  maxFormatLength: 8,
  maxPeople: 256,
  maxFrames: 1 << 22,
};
