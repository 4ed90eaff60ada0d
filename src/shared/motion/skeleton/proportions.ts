import type { SkeletonBone } from '../rig';
import { buildSkeleton, type RestPositions } from './build';
import { ADULT_RIGHT_FINGER_OFFSETS } from './fingers-default';
import type { Skeleton } from './types';

/**
 * A parametric humanoid for tests and for the default: multipliers on an average adult of
 * 1.70 m. `height` scales everything; the others scale one part on top of that.
 */
export interface Proportions {
  readonly height: number;
  readonly arms: number;
  readonly torso: number;
  readonly head: number;
  readonly shoulders: number;
  readonly hands: number;
  /** Neck length (head joint above the shoulders' line). Optional: 1 when absent. */
  readonly neck?: number;
  /** Knuckles' spread across the palm, and finger lengths beyond the knuckles. Optional: 1. */
  readonly palmWidth?: number;
  readonly fingers?: number;
}

export const ADULT: Proportions = {
  height: 1.7,
  arms: 1,
  torso: 1,
  head: 1,
  shoulders: 1,
  hands: 1,
};

/** Adult rest positions (height 1.70 m, feet at y = 0), metres; right side, x mirrored for left. */
const ADULT_HEIGHT = 1.7;
const HIPS_Y = 0.95;
const SPINE_Y = 1.05;
const CHEST_Y = 1.17;
const UPPER_CHEST_Y = 1.29;
const NECK_Y = 1.42;
const HEAD_JOINT_ABOVE_NECK = 0.1;
const SHOULDER_JOINT_X = 0.17;
const CLAVICLE_X = 0.04;
const UPPER_ARM = 0.28;
const FOREARM = 0.255;
const EYE_ABOVE_HEAD_JOINT = 0.075;
const EYE_FORWARD = 0.085;
const HALF_IPD = 0.032;

/** Rest positions of the body bones (fingers are left to the skeleton builder's defaults). */
export function restPositions(p: Partial<Proportions> = {}): RestPositions {
  const q = { ...ADULT, ...p };
  const s = q.height / ADULT_HEIGHT;
  const hipsY = HIPS_Y * s;
  const torso = (y: number): number => hipsY + (y - HIPS_Y) * s * q.torso;
  const neckY = torso(NECK_Y);
  const headY = neckY + HEAD_JOINT_ABOVE_NECK * s * Math.sqrt(q.head) * (q.neck ?? 1);
  const shX = SHOULDER_JOINT_X * s * q.shoulders;
  const ua = UPPER_ARM * s * q.arms;
  const fa = FOREARM * s * q.arms;
  const out: Partial<Record<SkeletonBone, [number, number, number]>> = {
    hips: [0, hipsY, 0],
    spine: [0, torso(SPINE_Y), 0],
    chest: [0, torso(CHEST_Y), 0],
    upperChest: [0, torso(UPPER_CHEST_Y), 0],
    neck: [0, neckY, 0],
    head: [0, headY, 0],
  };
  for (const [side, sx] of [
    ['left', 1],
    ['right', -1],
  ] as const) {
    out[`${side}Shoulder`] = [sx * CLAVICLE_X * s, neckY - 0.01 * s, 0];
    out[`${side}UpperArm`] = [sx * shX, neckY, 0];
    out[`${side}LowerArm`] = [sx * (shX + ua), neckY, 0];
    out[`${side}Hand`] = [sx * (shX + ua + fa), neckY, 0];
    out[`${side}Eye`] = [
      sx * HALF_IPD * s * q.head,
      headY + EYE_ABOVE_HEAD_JOINT * s * q.head,
      EYE_FORWARD * s * q.head,
    ];
  }
  return out;
}

/** A skeleton of the given proportions; hands scale with `hands` on top of the forearm. */
export function makeSkeleton(p: Partial<Proportions> = {}): Skeleton {
  const q = { ...ADULT, ...p };
  const handScale = (q.height / ADULT_HEIGHT) * q.arms * q.hands;
  const rest = restPositions(q);
  if ((q.palmWidth ?? 1) !== 1 || (q.fingers ?? 1) !== 1)
    Object.assign(rest, fingerPositions(rest, handScale, q.palmWidth ?? 1, q.fingers ?? 1));
  return buildSkeleton(rest, { handScale });
}

/**
 * Finger joints of both hands from the average hand (fingers-default.ts) with the knuckles spread
 * by `palmWidth` about the middle finger's and every segment past a knuckle scaled by `fingers`.
 */
function fingerPositions(
  rest: RestPositions,
  handScale: number,
  palmWidth: number,
  fingers: number,
): RestPositions {
  const out: Partial<Record<SkeletonBone, [number, number, number]>> = {};
  const knuckle = (name: string): readonly [number, number, number] | undefined => {
    const base = name
      .replace(/(Intermediate|Distal)$/, 'Proximal')
      .replace(/Thumb(Proximal|Distal)$/, 'ThumbMetacarpal');
    return base === name ? undefined : ADULT_RIGHT_FINGER_OFFSETS[base as SkeletonBone];
  };
  const midZ = ADULT_RIGHT_FINGER_OFFSETS.rightMiddleProximal?.[2] ?? 0;
  for (const [rightName, off] of Object.entries(ADULT_RIGHT_FINGER_OFFSETS)) {
    const o = off as readonly [number, number, number];
    const k = knuckle(rightName);
    const from = k ?? o;
    const spread = (z: number): number => midZ + (z - midZ) * palmWidth;
    const local: [number, number, number] = [
      from[0] + (o[0] - from[0]) * fingers,
      from[1] + (o[1] - from[1]) * fingers,
      spread(from[2]) + (o[2] - from[2]) * fingers,
    ];
    for (const side of ['left', 'right'] as const) {
      const name = (
        side === 'right' ? rightName : rightName.replace(/^right/, 'left')
      ) as SkeletonBone;
      const h = rest[`${side}Hand`]!;
      const sx = side === 'right' ? 1 : -1;
      out[name] = [
        h[0]! + sx * local[0] * handScale,
        h[1]! + local[1] * handScale,
        h[2]! + local[2] * handScale,
      ];
    }
  }
  return out;
}

/** Average adult proportions: the default for tests and for avatars that give no skeleton. */
export const DEFAULT_SKELETON: Skeleton = makeSkeleton();

/** Other bodies the IK must also sign correctly on (tests use these). */
export const SKELETON_PRESETS = {
  adult: ADULT,
  longArms: { ...ADULT, arms: 1.25 },
  shortTorso: { ...ADULT, torso: 0.8 },
  child: { ...ADULT, height: 1.2, head: 1.3, arms: 0.92, shoulders: 0.9 },
  largeHead: { ...ADULT, head: 1.4 },
  broad: { ...ADULT, shoulders: 1.2, hands: 1.15 },
} as const satisfies Record<string, Proportions>;
export type SkeletonPreset = keyof typeof SKELETON_PRESETS;
