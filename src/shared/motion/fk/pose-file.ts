import { encodePose, framesToPose } from '../../pose-format';
import type { Clip } from '../clip';
import type { Skeleton } from '../skeleton';
import { defaultCamera, type VirtualCamera } from './camera';
import { clipToLandmarks } from './landmarks';

/**
 * A clip as a Holistic `.pose` file (pose-format v0.2, `slp --out x.pose`): landmarks by forward
 * kinematics on the avatar, as a camera in front of it would see them (see clipToLandmarks).
 */
export function clipToPoseFile(
  clip: Clip,
  sk: Skeleton,
  camera: VirtualCamera = defaultCamera(sk),
): Uint8Array {
  const frames = clipToLandmarks(clip, sk, { camera });
  return encodePose(
    framesToPose(frames, { fps: clip.fps, width: camera.width, height: camera.height }),
  );
}
