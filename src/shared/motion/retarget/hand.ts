import { FINGER_COUNT, HAND_POINTS, JOINTS_PER_FINGER, handModel, type HandModel } from '../hand';
import {
  conjugateQ,
  fromUnitVectorsQ,
  mirrorQ,
  mulQ,
  normalize3,
  quat,
  rotateV,
  sub3,
  vec3,
  type Quat,
  type Vec3,
} from '../math';
import type { Side } from '../rig';
import type { Skeleton } from '../skeleton';
import { fitRotation } from './fit-rotation';
import { readPoint } from './observe';

/** Hand points that do not move with the fingers: the wrist and the four knuckles (MCP). */
const PALM_POINTS = [0, 5, 9, 13, 17] as const;
/** Their joints in the hand model: index, middle, ring and little finger bases. */
const PALM_JOINTS = [3, 6, 9, 12] as const;

const observed: Vec3[] = Array.from({ length: HAND_POINTS }, () => vec3());
const local: Vec3[] = Array.from({ length: HAND_POINTS }, () => vec3());
const palmModel: Vec3[] = PALM_POINTS.map(() => vec3());
const palmObserved: Vec3[] = PALM_POINTS.map(() => vec3());
const inv = quat();
const acc = quat();
const accInv = quat();
const rest = vec3();
const want = vec3();

/** The 21 points of one hand into `observed`; false when the hand is not detected. */
function readHand(frame: Float32Array, side: Side, aspect: number): boolean {
  const component = side === 'left' ? 'leftHand' : 'rightHand';
  for (let i = 0; i < HAND_POINTS; i++)
    if (!readPoint(frame, component, i, aspect, observed[i]!)) return false;
  return true;
}

/**
 * The hand bone's world rotation and the 15 finger rotations of one hand from its 21 landmarks.
 * The palm (wrist and knuckles) is fitted rigidly to the avatar's hand model, so the signer's hand
 * size and proportions do not matter; each finger bone then turns its rest direction onto the
 * observed direction of its segment in its parent's frame (joint rotations from bone directions),
 * which keeps the avatar's own bone lengths. `fingers` are in the clip's convention: the left
 * hand's are mirrored (fk/hand-world.ts). Returns false (outputs untouched) when the hand is
 * missing from the frame or degenerate.
 */
export function retargetHand(
  sk: Skeleton,
  side: Side,
  frame: Float32Array,
  aspect: number,
  handWorld: Quat,
  fingers: readonly Quat[],
): boolean {
  if (!readHand(frame, side, aspect)) return false;
  const model = handModel(sk, side);
  const mirror = side === 'left' ? -1 : 1;
  palmModel[0]!.fill(0);
  PALM_JOINTS.forEach((j, i) => {
    const m = palmModel[i + 1]!;
    const joint = model.joints[j]!;
    m[0] = joint[0] * mirror;
    m[1] = joint[1];
    m[2] = joint[2];
  });
  PALM_POINTS.forEach((p, i) => palmObserved[i]!.splice(0, 3, ...observed[p]!));
  if (!fitRotation(palmModel, palmObserved, acc)) return false;
  handWorld.splice(0, 4, ...acc);
  // Observed points in the canonical (right-hand) frame of the hand model.
  conjugateQ(inv, handWorld);
  for (let i = 0; i < HAND_POINTS; i++) {
    sub3(local[i]!, observed[i]!, observed[0]!);
    rotateV(local[i]!, inv, local[i]!);
    local[i]![0] *= mirror;
  }
  fingerRotations(model, fingers, side);
  return true;
}

function fingerRotations(model: HandModel, fingers: readonly Quat[], side: Side): void {
  for (let f = 0; f < FINGER_COUNT; f++) {
    const base = f * JOINTS_PER_FINGER;
    acc.splice(0, 4, 0, 0, 0, 1);
    for (let j = 0; j < JOINTS_PER_FINGER; j++) {
      const from = model.joints[base + j]!;
      const to = j < 2 ? model.joints[base + j + 1]! : model.tips[f]!;
      normalize3(rest, sub3(rest, to, from));
      sub3(want, local[2 + f * 4 + j]!, local[1 + f * 4 + j]!);
      conjugateQ(accInv, acc);
      rotateV(want, accInv, want);
      normalize3(want, want, rest);
      const q = fingers[base + j]!;
      fromUnitVectorsQ(q, rest, want);
      mulQ(acc, acc, q);
      if (side === 'left') mirrorQ(q, q);
    }
  }
}

/** Identity rotations for the 15 finger bones (a rest hand). */
export function makeFingerRotations(): Quat[] {
  return Array.from({ length: FINGER_COUNT * JOINTS_PER_FINGER }, () => quat());
}
