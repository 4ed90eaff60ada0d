import {
  copy3,
  copyQ,
  identityQ,
  mulQ,
  quat,
  rotateV,
  sub3,
  vec3,
  type Quat,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import type { Skeleton } from '../skeleton';

/** The torso chain bones whose world transforms the arms and the locations hang from. */
export const CHAIN_BONES = [
  'hips',
  'spine',
  'chest',
  'upperChest',
  'neck',
  'head',
  'leftShoulder',
  'rightShoulder',
] as const;
export type ChainBone = (typeof CHAIN_BONES)[number];

/** World position and rotation of each chain bone for the current frame (allocated once). */
export interface BodyState {
  readonly pos: Record<ChainBone, Vec3>;
  readonly rot: Record<ChainBone, Quat>;
}

export function makeBodyState(): BodyState {
  const pos = {} as Record<ChainBone, Vec3>;
  const rot = {} as Record<ChainBone, Quat>;
  for (const b of CHAIN_BONES) {
    pos[b] = vec3();
    rot[b] = quat();
  }
  return { pos, rot };
}

/** Local rotations of the torso chain for a frame (shoulders excluded: the arm solver sets them). */
export interface ChainLocals {
  readonly spine: Quat;
  readonly chest: Quat;
  readonly neck: Quat;
  readonly head: Quat;
}

const d = vec3();

function child(
  st: BodyState,
  sk: Skeleton,
  bone: ChainBone,
  parent: ChainBone,
  local: Quat | null,
): void {
  sub3(d, sk.bones[bone], sk.bones[parent]);
  rotateV(d, st.rot[parent], d);
  const p = st.pos[parent];
  const o = st.pos[bone];
  o[0] = p[0] + d[0];
  o[1] = p[1] + d[1];
  o[2] = p[2] + d[2];
  if (local) mulQ(st.rot[bone], st.rot[parent], local);
  else copyQ(st.rot[bone], st.rot[parent]);
}

/** Forward kinematics of the torso chain; the hips stay at rest. Shoulders get no local rotation. */
export function solveBodyChain(sk: Skeleton, locals: ChainLocals, st: BodyState): void {
  copy3(st.pos.hips, sk.bones.hips);
  identityQ(st.rot.hips);
  child(st, sk, 'spine', 'hips', locals.spine);
  child(st, sk, 'chest', 'spine', locals.chest);
  child(st, sk, 'upperChest', 'chest', null);
  child(st, sk, 'neck', 'upperChest', locals.neck);
  child(st, sk, 'head', 'neck', locals.head);
  child(st, sk, 'leftShoulder', 'upperChest', null);
  child(st, sk, 'rightShoulder', 'upperChest', null);
}

/** World position of a rest-pose point carried by `bone`. */
export function attachedPoint(
  st: BodyState,
  sk: Skeleton,
  bone: ChainBone,
  rest: ReadonlyVec3,
  out: Vec3,
): Vec3 {
  sub3(out, rest, sk.bones[bone]);
  rotateV(out, st.rot[bone], out);
  const p = st.pos[bone];
  out[0] += p[0];
  out[1] += p[1];
  out[2] += p[2];
  return out;
}

/** World direction of a rest-pose direction carried by `bone`. */
export function attachedDirection(
  st: BodyState,
  bone: ChainBone,
  rest: ReadonlyVec3,
  out: Vec3,
): Vec3 {
  return rotateV(out, st.rot[bone], rest);
}
