import { mulQ, quat, rotateV, sub3, vec3, type Quat, type Vec3 } from '../math';
import { BONE_PARENT, CLIP_BONES, SKELETON_BONES, isClipBone, type SkeletonBone } from '../rig';
import type { Skeleton } from '../skeleton';

/** World position and rotation of every skeleton bone for one frame. */
export interface WorldPose {
  readonly pos: Record<SkeletonBone, Vec3>;
  readonly rot: Record<SkeletonBone, Quat>;
}

export function makeWorldPose(): WorldPose {
  const pos = {} as Record<SkeletonBone, Vec3>;
  const rot = {} as Record<SkeletonBone, Quat>;
  for (const b of SKELETON_BONES) {
    pos[b] = vec3();
    rot[b] = quat();
  }
  return { pos, rot };
}

/** Bones in an order where every parent comes before its children. */
const ORDER: readonly SkeletonBone[] = (() => {
  const out: SkeletonBone[] = [];
  const seen = new Set<SkeletonBone>();
  const visit = (b: SkeletonBone): void => {
    if (seen.has(b)) return;
    const p = BONE_PARENT[b];
    if (p) visit(p);
    seen.add(b);
    out.push(b);
  };
  SKELETON_BONES.forEach(visit);
  return out;
})();

const CLIP_INDEX: Readonly<Partial<Record<SkeletonBone, number>>> = Object.fromEntries(
  SKELETON_BONES.filter(isClipBone).map((b) => [b, (CLIP_BONES as readonly string[]).indexOf(b)]),
);

const local = quat();
const d = vec3();

/**
 * Forward kinematics of the normalized rig: `rotations` holds one frame's local quaternions in
 * CLIP_BONES order (4 values each, x y z w); bones a clip does not drive stay at rest.
 */
export function skeletonFK(
  sk: Skeleton,
  rotations: ArrayLike<number>,
  offset: number,
  out: WorldPose,
): void {
  for (const b of ORDER) {
    const ci = CLIP_INDEX[b];
    if (ci === undefined) {
      local[0] = 0;
      local[1] = 0;
      local[2] = 0;
      local[3] = 1;
    } else {
      const o = offset + ci * 4;
      local[0] = rotations[o]!;
      local[1] = rotations[o + 1]!;
      local[2] = rotations[o + 2]!;
      local[3] = rotations[o + 3]!;
    }
    const p = BONE_PARENT[b];
    if (!p) {
      out.pos[b].splice(0, 3, ...sk.bones[b]);
      out.rot[b].splice(0, 4, local[0], local[1], local[2], local[3]);
      continue;
    }
    sub3(d, sk.bones[b], sk.bones[p]);
    rotateV(d, out.rot[p], d);
    const pp = out.pos[p];
    const o = out.pos[b];
    o[0] = pp[0] + d[0];
    o[1] = pp[1] + d[1];
    o[2] = pp[2] + d[2];
    mulQ(out.rot[b], out.rot[p], local);
  }
}
