/**
 * Review poses written straight onto the normalized rig (rest = identity, axes world-aligned):
 * arms brought forward so both hands sit in front of the chest, palms to the viewer, and a few
 * handshapes. For looking at the avatar, not for signing (that is src/shared/motion's job).
 */
import { Quaternion, Vector3, type Object3D } from 'three';
import type { VRM } from '@pixiv/three-vrm';
import { FINGERS, fingerBones, type HumanBoneName, type Side } from '../../../shared/avatar';
import type { Handshape } from './handshapes';

const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);
const DEG = Math.PI / 180;

function node(vrm: VRM, bone: HumanBoneName): Object3D | null {
  return vrm.humanoid.getNormalizedBoneNode(bone);
}

/** Rotates a bone so that, in world space, its rest direction `from` points along `to`. */
function aim(vrm: VRM, bone: HumanBoneName, from: Vector3, to: Vector3, roll = 0): void {
  const n = node(vrm, bone);
  if (!n || !n.parent) return;
  n.parent.updateWorldMatrix(true, false);
  const parentWorld = n.parent.getWorldQuaternion(new Quaternion());
  const world = new Quaternion().setFromUnitVectors(from, to.clone().normalize());
  if (roll !== 0)
    world.premultiply(new Quaternion().setFromAxisAngle(to.clone().normalize(), roll));
  n.quaternion.copy(parentWorld.invert().multiply(world));
  n.updateWorldMatrix(false, false);
}

function setWorld(vrm: VRM, bone: HumanBoneName, world: Quaternion): void {
  const n = node(vrm, bone);
  if (!n || !n.parent) return;
  n.parent.updateWorldMatrix(true, false);
  const parentWorld = n.parent.getWorldQuaternion(new Quaternion());
  n.quaternion.copy(parentWorld.invert().multiply(world));
}

/** Both hands in front of the chest, fingers up, palms towards the viewer. */
export function handsForward(vrm: VRM): void {
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? 1 : -1;
    const rest = new Vector3(s, 0, 0);
    aim(vrm, `${side}UpperArm`, rest, new Vector3(0.22 * s, -0.92, 0.3));
    aim(vrm, `${side}LowerArm`, rest, new Vector3(-0.22 * s, 0.78, 0.58));
    // Palm (rest −Y) to +Z, fingers (rest ±X) to +Y.
    const m = new Quaternion().setFromUnitVectors(new Vector3(s, 0, 0), Y);
    const palm = new Vector3(0, -1, 0).applyQuaternion(m);
    const twist = new Quaternion().setFromUnitVectors(palm, Z);
    setWorld(vrm, `${side}Hand`, twist.multiply(m));
  }
}

/** Arms down at the sides (a relaxed rest pose). */
export function armsDown(vrm: VRM): void {
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? 1 : -1;
    aim(vrm, `${side}UpperArm`, new Vector3(s, 0, 0), new Vector3(0.18 * s, -1, 0.02));
    aim(vrm, `${side}LowerArm`, new Vector3(s, 0, 0), new Vector3(0.1 * s, -1, 0.22));
  }
}

/** Flexion of each joint (degrees) per handshape: [proximal, intermediate, distal]. */
const CURL: Record<
  Handshape,
  Record<(typeof FINGERS)[number], readonly [number, number, number]>
> = {
  flat: {
    Thumb: [0, 0, 0],
    Index: [0, 0, 0],
    Middle: [0, 0, 0],
    Ring: [0, 0, 0],
    Little: [0, 0, 0],
  },
  spread: {
    Thumb: [0, 0, 0],
    Index: [0, 0, 0],
    Middle: [0, 0, 0],
    Ring: [0, 0, 0],
    Little: [0, 0, 0],
  },
  fist: {
    Thumb: [0, 0, 0],
    Index: [88, 100, 60],
    Middle: [90, 100, 60],
    Ring: [92, 100, 60],
    Little: [94, 100, 60],
  },
  index: {
    Thumb: [0, 0, 0],
    Index: [0, 0, 0],
    Middle: [90, 100, 60],
    Ring: [92, 100, 60],
    Little: [94, 100, 60],
  },
  thumbUp: {
    Thumb: [0, 0, 0],
    Index: [88, 100, 60],
    Middle: [90, 100, 60],
    Ring: [92, 100, 60],
    Little: [94, 100, 60],
  },
};

/** Thumb placement per handshape: metacarpal swing towards the index (°), dip below the palm (°), joint flexion (°). */
const THUMB: Record<Handshape, readonly [number, number, number]> = {
  flat: [40, 0, 5],
  spread: [-5, 0, 0],
  fist: [38, 38, 40],
  index: [38, 38, 40],
  thumbUp: [-10, -10, 0],
};

/** Spread of the fingers away from the middle finger (degrees), for `spread`. */
const SPREAD: Record<(typeof FINGERS)[number], number> = {
  Thumb: 0,
  Index: 10,
  Middle: 0,
  Ring: -9,
  Little: -18,
};

export function setHandshape(vrm: VRM, side: Side, shape: Handshape): void {
  const s = side === 'left' ? 1 : -1;
  for (const finger of FINGERS) {
    const bones = fingerBones(side, finger);
    if (finger === 'Thumb') {
      const [swing, dip, flex] = THUMB[shape];
      // Left thumb: +Y swings it towards the index, −Z dips it under the palm; mirrored on the right.
      const meta = new Quaternion()
        .setFromAxisAngle(Z, -s * dip * DEG)
        .multiply(new Quaternion().setFromAxisAngle(Y, s * swing * DEG));
      node(vrm, bones[0] as HumanBoneName)?.quaternion.copy(meta);
      for (const b of bones.slice(1)) node(vrm, b)?.quaternion.setFromAxisAngle(Y, s * flex * DEG);
      continue;
    }
    const curl = CURL[shape][finger];
    bones.forEach((b, i) => {
      const q = new Quaternion().setFromAxisAngle(Z, -s * (curl[i] ?? 0) * DEG);
      if (i === 0 && shape === 'spread')
        q.multiply(new Quaternion().setFromAxisAngle(Y, -s * SPREAD[finger] * DEG));
      node(vrm, b)?.quaternion.copy(q);
    });
  }
}
