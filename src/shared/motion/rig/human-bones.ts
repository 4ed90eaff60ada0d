/**
 * The one humanoid bone vocabulary, shared by the avatar reader (src/shared/avatar) and the
 * motion engine: VRM 1.0 bone names (three-vrm `VRMHumanBoneName`), their parents and which ones
 * a VRM must have. The motion engine's own lists (SKELETON_BONES, CLIP_BONES in ./bones.ts) are
 * drawn from these names.
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

/**
 * Every VRM 1.0 humanoid bone (VRMC_vrm humanoid.humanBones). Order is fixed: the generated
 * avatar's joints and the motion engine's skeleton follow it.
 */
export const HUMAN_BONES = [
  'hips',
  'spine',
  'chest',
  'upperChest',
  'neck',
  'head',
  'leftEye',
  'rightEye',
  'jaw',
  'leftUpperLeg',
  'leftLowerLeg',
  'leftFoot',
  'leftToes',
  'rightUpperLeg',
  'rightLowerLeg',
  'rightFoot',
  'rightToes',
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
export type HumanBoneName = (typeof HUMAN_BONES)[number];

/** Index of each bone in HUMAN_BONES. */
export const HUMAN_BONE_INDEX: Readonly<Record<HumanBoneName, number>> = Object.fromEntries(
  HUMAN_BONES.map((name, i) => [name, i]),
) as Record<HumanBoneName, number>;

/** The 15 bones VRM 1.0 requires; every other bone is optional. */
export const REQUIRED_BONES: readonly HumanBoneName[] = [
  'hips',
  'spine',
  'head',
  'leftUpperLeg',
  'leftLowerLeg',
  'leftFoot',
  'rightUpperLeg',
  'rightLowerLeg',
  'rightFoot',
  'leftUpperArm',
  'leftLowerArm',
  'leftHand',
  'rightUpperArm',
  'rightLowerArm',
  'rightHand',
];

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];
export const FINGERS = ['Thumb', 'Index', 'Middle', 'Ring', 'Little'] as const;
export type Finger = (typeof FINGERS)[number];
/** Joint suffixes per finger, from the hand outwards (the thumb's first joint is its metacarpal). */
export const FINGER_JOINTS: Readonly<Record<Finger, readonly [string, string, string]>> = {
  Thumb: ['Metacarpal', 'Proximal', 'Distal'],
  Index: ['Proximal', 'Intermediate', 'Distal'],
  Middle: ['Proximal', 'Intermediate', 'Distal'],
  Ring: ['Proximal', 'Intermediate', 'Distal'],
  Little: ['Proximal', 'Intermediate', 'Distal'],
};

/** The three bones of one finger, hand outwards. */
export function fingerBones(side: Side, finger: Finger): readonly HumanBoneName[] {
  return FINGER_JOINTS[finger].map((joint) => asHumanBone(`${side}${finger}${joint}`));
}

export function isHumanBone(name: string): name is HumanBoneName {
  return Object.prototype.hasOwnProperty.call(HUMAN_BONE_INDEX, name);
}

function asHumanBone(name: string): HumanBoneName {
  if (!isHumanBone(name)) throw new Error(`"${name}" is not a VRM 1.0 humanoid bone name`);
  return name;
}

/** Parent of each bone in the VRM 1.0 humanoid hierarchy (hips is the root). */
export const HUMAN_BONE_PARENT: Readonly<Record<HumanBoneName, HumanBoneName | null>> = (() => {
  const parent: Partial<Record<HumanBoneName, HumanBoneName | null>> = {
    hips: null,
    spine: 'hips',
    chest: 'spine',
    upperChest: 'chest',
    neck: 'upperChest',
    head: 'neck',
    leftEye: 'head',
    rightEye: 'head',
    jaw: 'head',
  };
  for (const side of SIDES) {
    parent[`${side}UpperLeg`] = 'hips';
    parent[`${side}LowerLeg`] = `${side}UpperLeg`;
    parent[`${side}Foot`] = `${side}LowerLeg`;
    parent[`${side}Toes`] = `${side}Foot`;
    parent[`${side}Shoulder`] = 'upperChest';
    parent[`${side}UpperArm`] = `${side}Shoulder`;
    parent[`${side}LowerArm`] = `${side}UpperArm`;
    parent[`${side}Hand`] = `${side}LowerArm`;
    for (const finger of FINGERS) {
      const [a, b, c] = fingerBones(side, finger);
      if (a && b && c) {
        parent[a] = `${side}Hand`;
        parent[b] = a;
        parent[c] = b;
      }
    }
  }
  return parent as Record<HumanBoneName, HumanBoneName | null>;
})();

/** The nearest ancestor of `bone` that `present` contains, or null at the root. */
export function presentParent(
  bone: HumanBoneName,
  present: (b: HumanBoneName) => boolean,
): HumanBoneName | null {
  let p = HUMAN_BONE_PARENT[bone];
  while (p !== null && !present(p)) p = HUMAN_BONE_PARENT[p];
  return p;
}
