import { COMPONENTS, VALUES_PER_POINT, type ComponentName } from '../../landmarks/layout';
import type { Vec3 } from '../math';

/**
 * Holistic landmarks read into the retargeting frame: isotropic image-height units, x to the
 * image's right, y up, z toward the camera. A signer filmed from the front (MediaPipe's image
 * coordinates, not a selfie mirror) has their left on the image's right, which is the avatar's
 * +X: the frame is the avatar's world frame up to scale and translation, so no axis is mirrored.
 * MediaPipe's z is relative to the part's own reference depth and noisier than x and y: callers
 * take directions from it only where x and y cannot say (see arm.ts).
 */
export function readPoint(
  frame: Float32Array,
  component: ComponentName,
  index: number,
  aspect: number,
  out: Vec3,
): boolean {
  const o = (COMPONENTS[component].offset + index) * VALUES_PER_POINT;
  const x = frame[o] ?? Number.NaN;
  const y = frame[o + 1] ?? Number.NaN;
  const z = frame[o + 2] ?? Number.NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  out[0] = x * aspect;
  out[1] = -y;
  out[2] = Number.isFinite(z) ? -z * aspect : 0;
  return true;
}
