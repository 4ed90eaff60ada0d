/**
 * Elbow height and wrist bend of a synthesized arm, measured on forward-kinematics world poses
 * (issue 14 item 3): shared by the natural-elbow test and scripts/elbow-heights.ts.
 */
import type { WorldPose } from '../../../src/shared/motion/fk';
import {
  cross3,
  distance3,
  dot3,
  normalize3,
  rotateV,
  sub3,
  vec3,
} from '../../../src/shared/motion/math';
import type { Skeleton } from '../../../src/shared/motion/skeleton';

export interface ArmMeasure {
  /** Highest elbow over the frames, both arms: elbow y − its shoulder joint's y, shoulder widths. */
  readonly elbowMax: number;
  /** The wrist's height relative to the same shoulder joint at that frame, shoulder widths. */
  readonly wristAtElbowMax: number;
  /** Largest wrist bend (angle between forearm and hand axis), flexion/extension, deviation, rad. */
  readonly bendMax: number;
  readonly flexMax: number;
  readonly devMax: number;
  /** Frames in which an elbow is above its shoulder joint while that wrist is below it. */
  readonly elbowOverWrist: number;
}

const ARMS = [
  { upper: 'leftUpperArm', lower: 'leftLowerArm', hand: 'leftHand', sx: 1 },
  { upper: 'rightUpperArm', lower: 'rightLowerArm', hand: 'rightHand', sx: -1 },
] as const;
const REST_THUMB = [0, 0, 1] as const;

/** Measures the arms of `pose(f)` over `frames` (the pose may be reused between calls). */
export function armMeasure(
  sk: Skeleton,
  frames: readonly number[],
  pose: (f: number) => WorldPose,
): ArmMeasure {
  const sw = distance3(sk.bones.leftUpperArm, sk.bones.rightUpperArm);
  const axis = vec3();
  const thumb = vec3();
  const palm = vec3();
  const fore = vec3();
  let elbowMax = -Infinity;
  let wristAtElbowMax = 0;
  let bendMax = 0;
  let flexMax = 0;
  let devMax = 0;
  let elbowOverWrist = 0;
  for (const f of frames) {
    const w = pose(f);
    let over = false;
    for (const arm of ARMS) {
      const S = w.pos[arm.upper];
      const E = w.pos[arm.lower];
      const W = w.pos[arm.hand];
      const e = (E[1] - S[1]) / sw;
      const wr = (W[1] - S[1]) / sw;
      if (e > elbowMax) {
        elbowMax = e;
        wristAtElbowMax = wr;
      }
      if (e > 0 && wr < 0) over = true;
      // Hand frame: its forearm-aligned axis (the rest bone axis), thumb side, palm normal.
      normalize3(axis, sub3(axis, sk.bones[arm.lower], sk.bones[arm.upper]));
      rotateV(axis, w.rot[arm.hand], axis);
      rotateV(thumb, w.rot[arm.hand], REST_THUMB);
      cross3(palm, axis, thumb);
      normalize3(fore, sub3(fore, W, E));
      const along = dot3(fore, axis);
      bendMax = Math.max(bendMax, Math.acos(Math.max(-1, Math.min(1, along))));
      flexMax = Math.max(flexMax, Math.abs(Math.atan2(arm.sx * dot3(fore, palm), along)));
      devMax = Math.max(devMax, Math.abs(Math.atan2(dot3(fore, thumb), along)));
    }
    if (over) elbowOverWrist++;
  }
  return { elbowMax, wristAtElbowMax, bendMax, flexMax, devMax, elbowOverWrist };
}
