import {
  FACE_POINT_NAMES,
  HAND_SHAPE_POINTS,
  HAND_SIDES,
  POSE_FEATURE_POINTS,
  type HandSide,
} from './corpus-index';

/** Raised whenever a feature's definition or order changes: a model records the version it was trained on. */
export const FEATURE_VERSION = 2;

const XYZ = ['x', 'y', 'z'] as const;
const XY = ['x', 'y'] as const;

/** The face's scalar features, in output order (definitions in index.ts). */
export const FACE_SCALAR_NAMES = [
  'browRaiseLeft',
  'browRaiseRight',
  'browFurrow',
  'eyeOpenLeft',
  'eyeOpenRight',
  'mouthOpen',
  'mouthWidth',
  'headYaw',
  'headPitch',
  'headRoll',
  'gazeX',
  'gazeY',
] as const;
export type FaceScalarName = (typeof FACE_SCALAR_NAMES)[number];

const points = (
  prefix: string,
  names: readonly string[],
  axes: readonly string[] = XYZ,
): string[] => names.flatMap((n) => axes.map((c) => `${prefix}.${n}.${c}`));

/** Pose points have x and y only (no z since version 2: see the definition in index.ts). */
export const POSE_VALUES_PER_POINT = XY.length;
const bodyNames = ['body.mask', ...points('pose', POSE_FEATURE_POINTS, XY)];
const handNames = (side: HandSide): string[] => [
  `${side}.mask`,
  `${side}.wrist.x`,
  `${side}.wrist.y`,
  `${side}.scale`,
  ...points(side, HAND_SHAPE_POINTS),
];
const faceNames = [
  'face.mask',
  ...points('face', FACE_POINT_NAMES),
  ...FACE_SCALAR_NAMES.map((n) => `face.${n}`),
];
const velocityNames = (side: HandSide): string[] => [
  `vel.${side}.wrist.x`,
  `vel.${side}.wrist.y`,
  ...points(`vel.${side}`, HAND_SHAPE_POINTS),
];

/** Every feature's name, in output order: body, left hand, right hand, face, velocities. */
export const FEATURE_NAMES: readonly string[] = [
  ...bodyNames,
  ...HAND_SIDES.flatMap(handNames),
  ...faceNames,
  ...HAND_SIDES.flatMap(velocityNames),
  'vel.face.headYaw',
  'vel.face.headPitch',
];
export const FEATURE_DIM = FEATURE_NAMES.length;

/** Index of a feature by name; throws naming the valid prefix list when it does not exist. */
export function featureIndex(name: string): number {
  const i = FEATURE_NAMES.indexOf(name);
  if (i < 0)
    throw new RangeError(
      `no feature named "${name}"; names start with: body, pose, leftHand, rightHand, face, vel`,
    );
  return i;
}

/** Where each block starts in a feature vector. */
export const OFFSET = {
  bodyMask: featureIndex('body.mask'),
  pose: featureIndex(`pose.${POSE_FEATURE_POINTS[0]}.x`),
  /** mask, wrist.x, wrist.y, scale, then the shape (HAND_SHAPE_POINTS × x, y, z). */
  hand: { leftHand: featureIndex('leftHand.mask'), rightHand: featureIndex('rightHand.mask') },
  faceMask: featureIndex('face.mask'),
  facePoints: featureIndex(`face.${FACE_POINT_NAMES[0]}.x`),
  faceScalar: Object.fromEntries(FACE_SCALAR_NAMES.map((n) => [n, featureIndex(`face.${n}`)])) as {
    readonly [K in FaceScalarName]: number;
  },
  /** wrist.x, wrist.y, then the shape. */
  velocity: {
    leftHand: featureIndex('vel.leftHand.wrist.x'),
    rightHand: featureIndex('vel.rightHand.wrist.x'),
  },
  velocityHeadYaw: featureIndex('vel.face.headYaw'),
  velocityHeadPitch: featureIndex('vel.face.headPitch'),
} as const;

/** Offsets inside a hand block. */
export const HAND_MASK = 0;
export const HAND_WRIST_X = 1;
export const HAND_SCALE = 3;
export const HAND_SHAPE = 4;
export const HAND_SHAPE_VALUES = HAND_SHAPE_POINTS.length * XYZ.length;
