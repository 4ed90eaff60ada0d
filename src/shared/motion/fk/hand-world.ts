import { handFK, handModel, makeHandPoints, spotOnHand, type HandSpot } from '../hand';
import {
  addScaled3,
  conjugateQ,
  copy3,
  mirrorQ,
  mulQ,
  quat,
  rotateV,
  type Quat,
  type Vec3,
} from '../math';
import { CLIP_BONES, FINGER_BONES_LEFT, FINGER_BONES_RIGHT, type Side } from '../rig';
import type { Skeleton } from '../skeleton';
import type { WorldPose } from './skeleton-fk';

const BONE_INDEX = new Map<string, number>(CLIP_BONES.map((b, i) => [b, i]));
const canon = makeHandPoints();
const canonRot: Quat[] = Array.from({ length: 15 }, () => quat());
const pose: Quat[] = Array.from({ length: 15 }, () => quat());
const q = quat();

/**
 * The 21 MediaPipe-ordered hand points of one side in world coordinates, for a frame of
 * rotations (CLIP_BONES order at `offset`) already run through skeletonFK into `world`.
 */
export function handPointsWorld(
  sk: Skeleton,
  world: WorldPose,
  rotations: ArrayLike<number>,
  offset: number,
  side: Side,
  out: Vec3[],
): void {
  fingerPose(rotations, offset, side);
  const model = handModel(sk, side);
  handFK(model, pose, canon, canonRot);
  const wrist = world.pos[`${side}Hand`];
  const rot = world.rot[`${side}Hand`];
  for (let i = 0; i < canon.length; i++) {
    const o = out[i]!;
    copy3(o, canon[i]!);
    if (side === 'left') o[0] = -o[0];
    rotateV(o, rot, o);
    addScaled3(o, o, wrist, 1);
  }
}

/** World position and normal of a hand spot in a solved frame. */
export function handSpotWorld(
  sk: Skeleton,
  world: WorldPose,
  rotations: ArrayLike<number>,
  offset: number,
  side: Side,
  spot: HandSpot,
  pos: Vec3,
  normal: Vec3,
): void {
  fingerPose(rotations, offset, side);
  const model = handModel(sk, side);
  handFK(model, pose, canon, canonRot);
  spotOnHand(model, canon, canonRot, spot, pos, normal);
  if (side === 'left') {
    pos[0] = -pos[0];
    normal[0] = -normal[0];
  }
  const rot = world.rot[`${side}Hand`];
  rotateV(pos, rot, pos);
  rotateV(normal, rot, normal);
  addScaled3(pos, pos, world.pos[`${side}Hand`], 1);
}

/** The frame's finger rotations of a side, in the canonical (right-hand) frame. */
function fingerPose(rotations: ArrayLike<number>, offset: number, side: Side): void {
  const names = side === 'left' ? FINGER_BONES_LEFT : FINGER_BONES_RIGHT;
  for (let j = 0; j < 15; j++) {
    const o = offset + BONE_INDEX.get(names[j]!)! * 4;
    const p = pose[j]!;
    p[0] = rotations[o]!;
    p[1] = rotations[o + 1]!;
    p[2] = rotations[o + 2]!;
    p[3] = rotations[o + 3]!;
    if (side === 'left') mirrorQ(p, p);
  }
}

/** Hand bone rotation relative to the body (chest), for checking orientations in body space. */
export function handRotationInBody(world: WorldPose, side: Side, out: Quat): Quat {
  conjugateQ(q, world.rot.upperChest);
  return mulQ(out, q, world.rot[`${side}Hand`]);
}
