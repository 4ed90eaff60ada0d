/**
 * VRM 1.0 humanoid bone names (three-vrm `VRMHumanBoneName`) that this module reads or drives.
 * `SKELETON_BONES` are the bones whose rest positions describe an avatar's body; `CLIP_BONES` are
 * the bones a clip carries a local rotation for, in the normalized rig (rest pose = T-pose with
 * identity rotations, avatar facing +Z, +Y up, its left +X).
 */
export const FINGER_BONES_LEFT = [
  'leftThumbMetacarpal',
  'leftThumbProximal',
  'leftThumbDistal',
  'leftIndexProximal',
  'leftIndexIntermediate',
  'leftIndexDistal',
  'leftMiddleProximal',
  'leftMiddleIntermediate',
  'leftMiddleDistal',
  'leftRingProximal',
  'leftRingIntermediate',
  'leftRingDistal',
  'leftLittleProximal',
  'leftLittleIntermediate',
  'leftLittleDistal',
] as const;

export const FINGER_BONES_RIGHT = [
  'rightThumbMetacarpal',
  'rightThumbProximal',
  'rightThumbDistal',
  'rightIndexProximal',
  'rightIndexIntermediate',
  'rightIndexDistal',
  'rightMiddleProximal',
  'rightMiddleIntermediate',
  'rightMiddleDistal',
  'rightRingProximal',
  'rightRingIntermediate',
  'rightRingDistal',
  'rightLittleProximal',
  'rightLittleIntermediate',
  'rightLittleDistal',
] as const;

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
] as const;
export type ClipBone = (typeof CLIP_BONES)[number];
export const CLIP_BONE_COUNT = CLIP_BONES.length;

/** Bones a skeleton describes: the driven ones plus the torso chain and the eyes. */
export const SKELETON_BONES = [
  'hips',
  'spine',
  'chest',
  'upperChest',
  'neck',
  'head',
  'leftEye',
  'rightEye',
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
] as const;
export type SkeletonBone = (typeof SKELETON_BONES)[number];

/** Parent of each skeleton bone in the VRM humanoid (upperChest is optional in VRM). */
export const BONE_PARENT = {
  hips: null,
  spine: 'hips',
  chest: 'spine',
  upperChest: 'chest',
  neck: 'upperChest',
  head: 'neck',
  leftEye: 'head',
  rightEye: 'head',
  leftShoulder: 'upperChest',
  leftUpperArm: 'leftShoulder',
  leftLowerArm: 'leftUpperArm',
  leftHand: 'leftLowerArm',
  rightShoulder: 'upperChest',
  rightUpperArm: 'rightShoulder',
  rightLowerArm: 'rightUpperArm',
  rightHand: 'rightLowerArm',
  ...fingerParents('left'),
  ...fingerParents('right'),
} as Readonly<Record<SkeletonBone, SkeletonBone | null>>;

function fingerParents(side: 'left' | 'right'): Record<string, SkeletonBone> {
  const out: Record<string, SkeletonBone> = {};
  for (const f of ['Thumb', 'Index', 'Middle', 'Ring', 'Little'] as const) {
    const joints =
      f === 'Thumb' ? ['Metacarpal', 'Proximal', 'Distal'] : ['Proximal', 'Intermediate', 'Distal'];
    let parent = `${side}Hand` as SkeletonBone;
    for (const j of joints) {
      const name = `${side}${f}${j}` as SkeletonBone;
      out[name] = parent;
      parent = name;
    }
  }
  return out;
}

const CLIP_BONE_INDEX = new Map<string, number>(CLIP_BONES.map((b, i) => [b, i]));

/** Index of a bone in a clip frame; throws with the valid names when the bone is not driven. */
export function clipBoneIndex(name: ClipBone): number {
  const i = CLIP_BONE_INDEX.get(name);
  if (i === undefined) {
    throw new RangeError(
      `bone "${name}" is not a clip bone; expected one of ${CLIP_BONES.join(', ')}`,
    );
  }
  return i;
}

export function isClipBone(name: string): name is ClipBone {
  return CLIP_BONE_INDEX.has(name);
}

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}
