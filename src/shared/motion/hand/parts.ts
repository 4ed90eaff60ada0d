import type { FingerPart, HandPart } from '../../sigml/vocab';
import {
  addScaled3,
  copy3,
  normalize3,
  quat,
  rotateV,
  sub3,
  vec3,
  type Quat,
  type Vec3,
} from '../math';
import { ALONG_FINGERS, PALMAR, RADIAL } from './fingers';
import type { HandModel } from './model';
import { handFK, makeHandPoints, type HandPose } from './pose';

/** A named part of the hand: a hand part, or a part of one finger (0 = thumb … 4 = little). */
export type HandSpot =
  | { readonly kind: 'hand'; readonly part: HandPart }
  | {
      readonly kind: 'finger';
      readonly part: FingerPart;
      readonly finger: number;
      /** Palm side or back of the part (knuckles default to the back). */
      readonly surface?: 'palmar' | 'dorsal';
    };

/** Adult half-thickness of a finger and of the palm, metres. */
const FINGER_HALF_THICKNESS = 0.009;
const PALM_HALF_THICKNESS = 0.016;
const WRIST_HALF_THICKNESS = 0.02;
/** The fingertip's pad and nail sit this far back from the tip, adult metres. */
const PAD_BACK = 0.008;
/** Palm centre: this fraction of the way from the wrist to the knuckles. */
const PALM_CENTRE = 0.5;

const tmp = vec3();
const tmp2 = vec3();
const dir = vec3();

/**
 * Position and outward normal of a hand spot in the canonical hand frame, from the hand's FK
 * (points in MediaPipe order and bone rotations relative to the hand).
 */
export function spotOnHand(
  model: HandModel,
  points: readonly Vec3[],
  rotations: readonly Quat[],
  spot: HandSpot,
  pos: Vec3,
  normal: Vec3,
): void {
  const s = model.scale;
  if (spot.kind === 'finger') {
    const f = spot.finger;
    const base = f * 3;
    const j0 = points[1 + f * 4]!;
    const j1 = points[2 + f * 4]!;
    const j2 = points[3 + f * 4]!;
    const tip = points[4 + f * 4]!;
    const t = FINGER_HALF_THICKNESS * s;
    switch (spot.part) {
      case 'tip':
        copy3(pos, tip);
        normalize3(normal, sub3(normal, tip, j2));
        return;
      case 'pad':
      case 'nail': {
        normalize3(dir, sub3(dir, tip, j2));
        rotateV(tmp, rotations[base + 2]!, PALMAR);
        const sign = spot.part === 'pad' ? 1 : -1;
        addScaled3(pos, tip, dir, -PAD_BACK * s);
        addScaled3(pos, pos, tmp, sign * t);
        normal[0] = tmp[0] * sign;
        normal[1] = tmp[1] * sign;
        normal[2] = tmp[2] * sign;
        return;
      }
      case 'midjoint':
      case 'base': {
        // Knuckles: fingers' PIP and MCP; for the thumb its IP and MCP.
        const mid = spot.part === 'midjoint';
        const joint = f === 0 ? (mid ? j2 : j1) : mid ? j1 : j0;
        const rot = rotations[base + (mid ? 1 : 0)]!;
        const sign = spot.surface === 'palmar' ? 1 : -1;
        rotateV(tmp, rot, PALMAR);
        addScaled3(pos, joint, tmp, sign * t);
        normal[0] = sign * tmp[0];
        normal[1] = sign * tmp[1];
        normal[2] = sign * tmp[2];
        return;
      }
      case 'side': {
        // Side of the proximal phalanx facing the thumb (for the thumb: its outer side).
        const a = f === 0 ? j1 : j0;
        const b = f === 0 ? j2 : j1;
        rotateV(tmp, rotations[base + (f === 0 ? 1 : 0)]!, RADIAL);
        pos[0] = (a[0] + b[0]) / 2;
        pos[1] = (a[1] + b[1]) / 2;
        pos[2] = (a[2] + b[2]) / 2;
        addScaled3(pos, pos, tmp, t);
        copy3(normal, tmp);
        return;
      }
    }
  }
  const wrist = points[0]!;
  const idx = points[5]!;
  const lit = points[17]!;
  const palmT = PALM_HALF_THICKNESS * s;
  switch (spot.part) {
    case 'palm':
    case 'handback': {
      const sign = spot.part === 'palm' ? 1 : -1;
      for (let i = 0; i < 3; i++)
        pos[i] = wrist[i]! + ((idx[i]! + lit[i]!) / 2 - wrist[i]!) * PALM_CENTRE;
      addScaled3(pos, pos, PALMAR, sign * palmT);
      for (let i = 0; i < 3; i++) normal[i] = PALMAR[i]! * sign;
      return;
    }
    case 'thumbside':
    case 'pinkyside': {
      const edge = spot.part === 'thumbside' ? idx : lit;
      const sign = spot.part === 'thumbside' ? 1 : -1;
      for (let i = 0; i < 3; i++) pos[i] = wrist[i]! + (edge[i]! - wrist[i]!) * 0.7;
      addScaled3(pos, pos, RADIAL, sign * FINGER_HALF_THICKNESS * s);
      for (let i = 0; i < 3; i++) normal[i] = RADIAL[i]! * sign;
      return;
    }
    case 'wristback':
    case 'wristpulse': {
      const sign = spot.part === 'wristpulse' ? 1 : -1;
      addScaled3(pos, wrist, PALMAR, sign * WRIST_HALF_THICKNESS * s);
      for (let i = 0; i < 3; i++) normal[i] = PALMAR[i]! * sign;
      return;
    }
    case 'thumbball': {
      const cmc = points[1]!;
      const mcp = points[2]!;
      for (let i = 0; i < 3; i++) pos[i] = (cmc[i]! + mcp[i]!) / 2;
      addScaled3(pos, pos, ALONG_FINGERS, 0.01 * s);
      addScaled3(pos, pos, PALMAR, palmT);
      normalize3(normal, addScaled3(tmp2, PALMAR, RADIAL, 0.4));
      return;
    }
  }
}

const scratchPoints = makeHandPoints();
const scratchRots: Quat[] = Array.from({ length: 15 }, () => quat());

/** Convenience: FK then spotOnHand, for code outside the per-frame path. */
export function spotForPose(
  model: HandModel,
  pose: HandPose,
  spot: HandSpot,
  pos: Vec3,
  normal: Vec3,
): void {
  handFK(model, pose, scratchPoints, scratchRots);
  spotOnHand(model, scratchPoints, scratchRots, spot, pos, normal);
}
