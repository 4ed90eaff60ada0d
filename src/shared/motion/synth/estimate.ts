import { addScaled3, copy3, rotateV, vec3, type Vec3 } from '../math';
import { otherSide, type Side } from '../rig';
import { spotOffset, type CompileContext, type Posture } from '../plan';

/**
 * Where a posture puts the wrist in the body's rest frame (for planning transitions; the
 * per-frame solver computes the real one). `other` is the other hand's posture, for anchors on it.
 */
export function estimateWrist(
  ctx: CompileContext,
  side: Side,
  p: Posture,
  other: Posture | null,
  depth = 0,
): Vec3 {
  const off = vec3();
  const n = vec3();
  spotOffset(
    ctx,
    side,
    { shapeSpec: p.shapeSpec, ext: p.ext, palm: p.palm },
    p.anchor.spot,
    off,
    n,
  );
  const a = p.anchor;
  let point: Vec3;
  if (a.kind === 'body') point = copy3(vec3(), a.point);
  else if (!other || depth > 1) point = copy3(vec3(), ctx.sk.bones[`${side}Hand`]);
  else {
    const ow = estimateWrist(ctx, otherSide(side), other, null, depth + 1);
    if (a.kind === 'hand') {
      const local = copy3(vec3(), a.point);
      if (side === 'right') local[0] = -local[0]; // the other hand is the left one
      rotateV(local, other.rot, local);
      point = addScaled3(local, ow, local, 1);
    } else point = ow;
  }
  return addScaled3(point, point, off, -1);
}
