import {
  FINGER_BONES_LEFT,
  FINGER_BONES_RIGHT,
  HUMAN_BONES,
  HUMAN_BONE_PARENT,
  SIDES,
  type HumanBoneName,
  type Side,
} from './human-bones';
import { invalidValue } from '../../errors/invalid';

/**
 * The humanoid bones (./human-bones.ts) that this module reads or drives. `SKELETON_BONES` are
 * the bones whose rest positions describe an avatar's body; `CLIP_BONES` are the bones a clip
 * carries a local rotation for, in the normalized rig (rest pose = T-pose with identity
 * rotations, avatar facing +Z, +Y up, its left +X).
 */
export const CLIP_BONES = [
  'spine',
  'chest',
  'neck',
  'head',
  'leftShoulder',
  'leftUpperArm',
  'leftLowerArm',
  'leftHand',
  'rightShoulder',
  'rightUpperArm',
  'rightLowerArm',
  'rightHand',
  ...FINGER_BONES_LEFT,
  ...FINGER_BONES_RIGHT,
] as const satisfies readonly SkeletonBone[];
export type ClipBone = (typeof CLIP_BONES)[number];
export const CLIP_BONE_COUNT = CLIP_BONES.length;

const LEG_JOINTS = ['UpperLeg', 'LowerLeg', 'Foot', 'Toes'] as const;
/** Signing moves neither legs nor jaw (the mouth is an expression): no skeleton has them. */
type UnsignedBone = 'jaw' | `${Side}${(typeof LEG_JOINTS)[number]}`;
const UNSIGNED_BONES: ReadonlySet<HumanBoneName> = new Set<UnsignedBone>([
  'jaw',
  ...SIDES.flatMap((side) => LEG_JOINTS.map((joint) => `${side}${joint}` as const)),
]);

export type SkeletonBone = Exclude<HumanBoneName, UnsignedBone>;
function isSkeletonBone(bone: HumanBoneName): bone is SkeletonBone {
  return !UNSIGNED_BONES.has(bone);
}

/** Bones a skeleton describes: the driven ones, torso chain and eyes, in HUMAN_BONES order. */
export const SKELETON_BONES: readonly SkeletonBone[] = HUMAN_BONES.filter(isSkeletonBone);

/**
 * Parent of each skeleton bone in the VRM humanoid (upperChest is optional in VRM): the parent
 * of a skeleton bone is always a skeleton bone, as only leaves and the legs are left out.
 */
export const BONE_PARENT = Object.fromEntries(
  SKELETON_BONES.map((bone) => [bone, HUMAN_BONE_PARENT[bone]]),
) as Readonly<Record<SkeletonBone, SkeletonBone | null>>;

const CLIP_BONE_INDEX = new Map<string, number>(CLIP_BONES.map((b, i) => [b, i]));

/** Index of a bone in a clip frame; throws with the valid names when the bone is not driven. */
export function clipBoneIndex(name: ClipBone): number {
  const i = CLIP_BONE_INDEX.get(name);
  if (i === undefined) {
    throw invalidValue('bone', name, CLIP_BONES, 'is not a clip bone');
  }
  return i;
}

export function isClipBone(name: string): name is ClipBone {
  return CLIP_BONE_INDEX.has(name);
}

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}
