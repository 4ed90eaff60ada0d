import { axisAngleQ, DEG, mulQ, quat, rotateV, type Quat, type Vec3 } from '../math';
import type { Side } from '../rig';

/**
 * How a fingerspelling hand is presented to the viewer, as a rotation of the written orientation.
 * HamNoSys writes a manual-alphabet letter's extended-finger direction and palm along the body's
 * axes (fingers up, palm forward), but a signer holds the letter in front of the dominant shoulder
 * with the forearm rising towards the midline and keeps the wrist straight, so the real hand is
 * that idealised one tipped towards the midline (roll about the forward axis), turned about the
 * vertical (yaw, + = the palm turns towards the midline) and pitched (+ = fingers towards the
 * viewer). Angles for the right hand; the left hand mirrors them. Fitted on French letters only
 * (docs/hands-fitted.md), the same rotation for every letter.
 */
export interface Presentation {
  readonly rollDeg: number;
  readonly yawDeg: number;
  readonly pitchDeg: number;
}

/** No presentation: the hand exactly as written. */
export const WRITTEN_PRESENTATION: Presentation = {
  rollDeg: 0,
  yawDeg: 0,
  pitchDeg: 0,
};

/** The fitted presentation of fingerspelled letters (scripts/fit-orient.ts, French clips). */
export const FINGERSPELLING_PRESENTATION: Presentation = {
  rollDeg: 2.5,
  yawDeg: 30,
  pitchDeg: -5,
};

/** Each angle must lie within this, degrees: a presentation tilts a letter, it does not turn it over. */
const PRESENTATION_LIMIT_DEG = 60;

let active: Presentation = FINGERSPELLING_PRESENTATION;

/** The presentation fingerspelled letters use now. */
export function fingerspellingPresentation(): Presentation {
  return active;
}

/**
 * Makes fingerspelled letters use this presentation from now on (a fit or an evaluation of one);
 * returns the previous one so the caller can put it back.
 */
export function setFingerspellingPresentation(p: Presentation): Presentation {
  for (const k of ['rollDeg', 'yawDeg', 'pitchDeg'] as const)
    if (!(Math.abs(p[k]) <= PRESENTATION_LIMIT_DEG))
      throw new Error(
        `presentation ${k} = ${String(p[k])}°: must be a number within ±${PRESENTATION_LIMIT_DEG}°`,
      );
  const old = active;
  active = p;
  return old;
}

const X: Vec3 = [1, 0, 0];
const Y: Vec3 = [0, 1, 0];
const Z: Vec3 = [0, 0, 1];
const qr = quat();
const qy = quat();
const qp = quat();
const q = quat();

/**
 * The presentation as a world rotation for one hand: yaw · pitch · roll. World +X is the avatar's
 * left, so for the right hand "towards the midline" is +X; the left hand mirrors roll and yaw.
 */
export function presentationQuat(side: Side, p: Presentation, out: Quat): Quat {
  const s = side === 'right' ? 1 : -1;
  // Roll: fingers up tip towards the midline (+X for the right hand) = −angle about +Z.
  axisAngleQ(qr, Z, -s * p.rollDeg * DEG);
  // Yaw: the palm (facing forward, +Z) turns towards the midline = +angle about +Y (right hand).
  axisAngleQ(qy, Y, s * p.yawDeg * DEG);
  // Pitch: fingers up tip towards the viewer (+Z) = +angle about +X.
  axisAngleQ(qp, X, p.pitchDeg * DEG);
  mulQ(out, qy, qp);
  return mulQ(out, out, qr);
}

/** Rotates a letter's written extended-finger direction and palm normal (world) as presented. */
export function presentLetter(side: Side, ext: Vec3, palm: Vec3, p: Presentation = active): void {
  presentationQuat(side, p, q);
  rotateV(ext, q, ext);
  rotateV(palm, q, palm);
}
