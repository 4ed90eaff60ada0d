import { distance3, normalize3, sub3, vec3, type Vec3 } from '../math';
import type { Side } from '../rig';
import type { Skeleton } from '../skeleton';
import { FINGER_COUNT, HAND_JOINTS, JOINTS_PER_FINGER, fingerBones } from './fingers';

/** Fingertip beyond the last joint, as a fraction of the last bone's length. */
const TIP_OF_DISTAL = 0.85;
const THUMB_TIP_OF_DISTAL = 0.9;

/**
 * One hand's rest geometry in the canonical hand frame (see fingers.ts): the origin of each of
 * the 15 finger bones and the 5 fingertips, relative to the wrist, metres.
 */
export interface HandModel {
  readonly side: Side;
  /** joints[f * 3 + j]: origin of joint j of finger f. */
  readonly joints: readonly Vec3[];
  readonly tips: readonly Vec3[];
  /** Hand size against an average adult. */
  readonly scale: number;
  /** Wrist to the middle fingertip, metres. */
  readonly length: number;
}

const cache = new WeakMap<Skeleton, { left: HandModel; right: HandModel }>();

export function handModel(sk: Skeleton, side: Side): HandModel {
  let m = cache.get(sk);
  if (!m) {
    m = { left: buildHandModel(sk, 'left'), right: buildHandModel(sk, 'right') };
    cache.set(sk, m);
  }
  return m[side];
}

function buildHandModel(sk: Skeleton, side: Side): HandModel {
  const wrist = sk.bones[`${side}Hand`];
  const names = fingerBones(side);
  const mirror = side === 'left' ? -1 : 1;
  const joints: Vec3[] = [];
  for (let i = 0; i < HAND_JOINTS; i++) {
    const p = sk.bones[names[i] as keyof typeof sk.bones];
    const v = sub3(vec3(), p, wrist);
    v[0] *= mirror;
    joints.push(v);
  }
  const tips: Vec3[] = [];
  for (let f = 0; f < FINGER_COUNT; f++) {
    const a = joints[f * JOINTS_PER_FINGER + 1]!;
    const b = joints[f * JOINTS_PER_FINGER + 2]!;
    const dir = normalize3(vec3(), sub3(vec3(), b, a));
    const len = distance3(a, b) * (f === 0 ? THUMB_TIP_OF_DISTAL : TIP_OF_DISTAL);
    tips.push([b[0] + dir[0] * len, b[1] + dir[1] * len, b[2] + dir[2] * len]);
  }
  const middleTip = tips[2]!;
  return {
    side,
    joints,
    tips,
    scale: sk.body.handScale,
    length: Math.sqrt(
      middleTip[0] * middleTip[0] + middleTip[1] * middleTip[1] + middleTip[2] * middleTip[2],
    ),
  };
}
