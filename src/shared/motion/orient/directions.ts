import { DIRECTION_COMPONENTS, type Direction26, type PalmDirection } from '../../sigml/vocab';
import { normalize3, vec3, type Vec3 } from '../math';

/**
 * HamNoSys directions in the avatar's world frame. The notation's body frame has x towards the
 * signer's right; the VRM world has +X on the avatar's left, so x flips. y is up and z forward
 * in both.
 */
export function directionVector(d: Direction26, out: Vec3 = vec3()): Vec3 {
  const c = DIRECTION_COMPONENTS[d];
  out[0] = -c[0];
  out[1] = c[1];
  out[2] = c[2];
  return normalize3(out, out);
}

/**
 * A palm direction as it would be with the fingers pointing forward (away from the body): 'u'
 * up, 'l' the signer's left, 'dr' down-right… in world coordinates.
 */
export function palmVectorForward(p: PalmDirection, out: Vec3 = vec3()): Vec3 {
  out[0] = (p.includes('l') ? 1 : 0) - (p.includes('r') ? 1 : 0);
  out[1] = (p.includes('u') ? 1 : 0) - (p.includes('d') ? 1 : 0);
  out[2] = 0;
  return normalize3(out, out);
}

/** Mirror of a world vector across the sagittal plane (the other hand of a mirror-symmetric sign). */
export function mirrorX(out: Vec3, v: readonly [number, number, number]): Vec3 {
  out[0] = -v[0];
  out[1] = v[1];
  out[2] = v[2];
  return out;
}
