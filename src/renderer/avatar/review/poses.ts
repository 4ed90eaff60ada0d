/**
 * Review poses as local rotations of the normalized rig in the VRM 1.0 convention (rest =
 * identity, avatar facing +Z): arms brought forward so both hands sit in front of the chest,
 * palms to the viewer, and a few handshapes. They reach the avatar as a one-frame clip through
 * the same retarget as signing, so a VRM 0.x avatar is posed alike. For looking at an avatar,
 * not for signing (that is src/shared/motion's job).
 */
import { Quaternion, Vector3 } from 'three';
import { FINGERS, fingerBones, type HumanBoneName, type Side } from '../../../shared/avatar';
import type { PoseClip } from '../clip';
import type { Handshape } from '../../../shared/avatar/review/handshapes';

export type PoseMap = Map<HumanBoneName, Quaternion>;

const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);
const DEG = Math.PI / 180;

/** Arm chain: each bone's world rotation turns its rest direction (±X) to `dirs[i]`. */
function aimArm(out: PoseMap, side: Side, upper: Vector3, lower: Vector3): Quaternion {
  const rest = new Vector3(side === 'left' ? 1 : -1, 0, 0);
  const wu = new Quaternion().setFromUnitVectors(rest, upper.clone().normalize());
  const wl = new Quaternion().setFromUnitVectors(rest, lower.clone().normalize());
  out.set(`${side}UpperArm`, wu.clone());
  out.set(`${side}LowerArm`, wu.clone().invert().multiply(wl));
  return wl;
}

/** Both hands in front of the chest, fingers up, palms towards the viewer. */
export function handsForward(out: PoseMap): void {
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? 1 : -1;
    const forearm = aimArm(
      out,
      side,
      new Vector3(0.22 * s, -0.92, 0.3),
      new Vector3(-0.22 * s, 0.78, 0.58),
    );
    // Fingers (rest ±X) to +Y, then the palm (rest −Y) to +Z.
    const m = new Quaternion().setFromUnitVectors(new Vector3(s, 0, 0), Y);
    const palm = new Vector3(0, -1, 0).applyQuaternion(m);
    const world = new Quaternion().setFromUnitVectors(palm, Z).multiply(m);
    out.set(`${side}Hand`, forearm.invert().multiply(world));
  }
}

/** Arms down at the sides (a relaxed rest pose). */
export function armsDown(out: PoseMap): void {
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? 1 : -1;
    aimArm(out, side, new Vector3(0.18 * s, -1, 0.02), new Vector3(0.1 * s, -1, 0.22));
  }
}

/** Flexion of each joint (degrees) per handshape: [proximal, intermediate, distal]. */
const CURLED = {
  Index: [88, 100, 60],
  Middle: [90, 100, 60],
  Ring: [92, 100, 60],
  Little: [94, 100, 60],
} as const;
const STRAIGHT = {
  Index: [0, 0, 0],
  Middle: [0, 0, 0],
  Ring: [0, 0, 0],
  Little: [0, 0, 0],
} as const;
const CURL: Record<Handshape, Record<'Index' | 'Middle' | 'Ring' | 'Little', readonly number[]>> = {
  flat: STRAIGHT,
  spread: STRAIGHT,
  fist: CURLED,
  index: { ...CURLED, Index: [0, 0, 0] },
  thumbUp: CURLED,
};

/** Thumb per handshape: metacarpal swing towards the index (°), dip under the palm (°), joint flexion (°). */
const THUMB: Record<Handshape, readonly [number, number, number]> = {
  flat: [40, 0, 5],
  spread: [-5, 0, 0],
  fist: [38, 38, 40],
  index: [38, 38, 40],
  thumbUp: [-10, -10, 0],
};

/** Spread of the fingers away from the middle finger (degrees), for `spread`. */
const SPREAD = { Index: 10, Middle: 0, Ring: -9, Little: -18 } as const;

export function setHandshape(out: PoseMap, side: Side, shape: Handshape): void {
  const s = side === 'left' ? 1 : -1;
  for (const finger of FINGERS) {
    const bones = fingerBones(side, finger);
    if (finger === 'Thumb') {
      const [swing, dip, flex] = THUMB[shape];
      // Left thumb: +Y swings it towards the index, −Z dips it under the palm; mirrored on the right.
      const meta = new Quaternion()
        .setFromAxisAngle(Z, -s * dip * DEG)
        .multiply(new Quaternion().setFromAxisAngle(Y, s * swing * DEG));
      out.set(bones[0] as HumanBoneName, meta);
      for (const b of bones.slice(1))
        out.set(b, new Quaternion().setFromAxisAngle(Y, s * flex * DEG));
      continue;
    }
    const curl = CURL[shape][finger];
    bones.forEach((b, i) => {
      const q = new Quaternion().setFromAxisAngle(Z, -s * (curl[i] ?? 0) * DEG);
      if (i === 0 && shape === 'spread')
        q.multiply(new Quaternion().setFromAxisAngle(Y, -s * SPREAD[finger] * DEG));
      out.set(b, q);
    });
  }
}

/** The pose as a one-frame clip, with expression weights. */
export function poseClip(pose: PoseMap, expressions: Readonly<Record<string, number>>): PoseClip {
  const bones = [...pose.keys()];
  const rotations = new Float32Array(bones.length * 4);
  bones.forEach((b, i) => rotations.set((pose.get(b) as Quaternion).toArray(), i * 4));
  const names = Object.keys(expressions);
  return {
    fps: 30,
    frameCount: 1,
    bones,
    rotations,
    expressions: names,
    expressionWeights: Float32Array.from(names.map((n) => expressions[n] ?? 0)),
  };
}
