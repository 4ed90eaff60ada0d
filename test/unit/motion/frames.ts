/** Helpers to look inside a synthesized clip: FK of one frame, a sign's held frame. */
import type { Clip } from '../../../src/shared/motion/clip';
import { ROTATION_STRIDE } from '../../../src/shared/motion/clip';
import { makeWorldPose, skeletonFK, type WorldPose } from '../../../src/shared/motion/fk';
import type { Skeleton } from '../../../src/shared/motion/skeleton';

/** World pose of frame f. */
export function frameWorld(clip: Clip, sk: Skeleton, f: number): WorldPose {
  const w = makeWorldPose();
  skeletonFK(sk, clip.rotations, f * ROTATION_STRIDE, w);
  return w;
}

/** The frame near the end of sign `i`, where a sign without movement holds its posture. */
export function heldFrame(clip: Clip, i = 0): number {
  const s = clip.timeline[i]!;
  return Math.round((s.end - 0.03) * clip.fps);
}
