/**
 * Places face features on the skin: a point given in the face plane (x, y as seen from the
 * front) lands where a ray along −Z meets the head, lifted along the skin normal.
 */
import { headSdf } from '../head/head-sdf';
import { firstHit, sdfNormal } from '../geometry/sdf';
import { addScaled, type V3 } from '../geometry/vec';
import { HEAD } from '../rig';

/** Rays start this far in front of the head centre (m). */
const RAY_START = 0.2;
const cache = new Map<string, { point: V3; normal: V3 }>();

export interface SurfacePoint {
  readonly point: V3;
  readonly normal: V3;
}

export function surfaceAt(x: number, y: number): SurfacePoint {
  const key = `${x.toFixed(7)},${y.toFixed(7)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const origin: V3 = [x, y, HEAD.center[2] + RAY_START];
  const t = firstHit(headSdf, origin, [0, 0, -1], RAY_START * 2);
  if (t === null)
    throw new Error(
      `face: (${x.toFixed(4)}, ${y.toFixed(4)}) is not on the head seen from the front`,
    );
  const point = addScaled(origin, [0, 0, -1], t);
  const out = { point, normal: sdfNormal(headSdf, point) };
  cache.set(key, out);
  return out;
}

/** The skin point at (x, y) lifted by `lift` metres along its normal. */
export function onSkin(x: number, y: number, lift: number): SurfacePoint {
  const s = surfaceAt(x, y);
  return { point: addScaled(s.point, s.normal, lift), normal: s.normal };
}
