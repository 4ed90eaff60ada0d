/**
 * How the skin moves in each face state: the jaw swings open about a hinge near the ears, cheeks
 * puff out or lift, lips push forward. Face features ride on the same field, so they stay on the
 * skin; normals follow through the field's Jacobian.
 */
import {
  add,
  cross,
  length,
  normalize,
  rotateAbout,
  scale,
  smoothstep,
  sub,
  type V3,
} from '../geometry/vec';
import { HEAD } from '../rig';
import type { FaceState } from './state';

/** Jaw rotation at full opening (degrees). */
export const JAW_OPEN_DEG = 14;
/** The jaw hinge (design space): the jaw bone sits here too, so rotating it opens the mouth alike. */
export const JAW_PIVOT: V3 = HEAD.jawPivot;
const CHEEK_PUFF_M = 0.015;
const CHEEK_RAISE_M = 0.0032;
const PUCKER_FORWARD_M = 0.0065;
const MOUTH_CENTER: V3 = [0, HEAD.mouthY, HEAD.center[2] + 0.05];

function gauss(p: V3, c: V3, sx: number, sy: number, sz: number): number {
  const q = ((p[0] - c[0]) / sx) ** 2 + ((p[1] - c[1]) / sy) ** 2 + ((p[2] - c[2]) / sz) ** 2;
  return q > 9 ? 0 : Math.exp(-q);
}

/** Share of the jaw's rotation a skin point takes: 1 on the chin, 0 above the mouth. */
export function skinJawWeight(p: V3): number {
  const ax = Math.abs(p[0]);
  // The lower-lip line rises from the mouth corners towards the jaw hinge.
  const line = HEAD.mouthY + 0.55 * Math.max(0, ax - 0.018);
  const below = smoothstep(line + 0.003, line - 0.009, p[1]);
  const front = smoothstep(HEAD.center[2] - 0.045, HEAD.center[2] + 0.005, p[2]);
  const inside = 1 - smoothstep(0.062, 0.082, ax);
  return below * front * inside;
}

const cheekCentre = (side: number): V3 => [
  side * 0.047,
  HEAD.mouthY + 0.008,
  HEAD.center[2] + 0.06,
];
/** Cheeks blow out sideways and forwards from a point inside the mouth. */
const PUFF_ORIGIN: V3 = [0, HEAD.mouthY + 0.004, HEAD.center[2] + 0.01];
const cheekLift = (side: number): V3 => [side * 0.044, HEAD.mouthY + 0.03, HEAD.center[2] + 0.08];

/** Where a rest point moves in `s`; `jaw` overrides the skin's jaw share (mouth features). */
export function deformPoint(p: V3, s: FaceState, jaw?: number): V3 {
  let q = p;
  const wJaw = jaw ?? skinJawWeight(p);
  if (s.jaw !== 0 && wJaw > 0) {
    q = rotateAbout(q, JAW_PIVOT, [1, 0, 0], ((s.jaw * JAW_OPEN_DEG * Math.PI) / 180) * wJaw);
  }
  if (s.cheekPuff !== 0) {
    const g =
      gauss(p, cheekCentre(1), 0.027, 0.025, 0.05) + gauss(p, cheekCentre(-1), 0.027, 0.025, 0.05);
    const lips = gauss(p, MOUTH_CENTER, 0.022, 0.013, 0.05) * 0.25;
    if (g + lips > 0)
      q = add(q, scale(normalize(sub(p, PUFF_ORIGIN)), s.cheekPuff * CHEEK_PUFF_M * (g + lips)));
  }
  if (s.cheekRaise !== 0) {
    const g =
      gauss(p, cheekLift(1), 0.018, 0.016, 0.05) + gauss(p, cheekLift(-1), 0.018, 0.016, 0.05);
    if (g > 0) q = add(q, scale([0, 1, 0.35], s.cheekRaise * CHEEK_RAISE_M * g));
  }
  if (s.pucker !== 0) {
    const g = gauss(p, MOUTH_CENTER, 0.02, 0.014, 0.06);
    if (g > 0) q = add(q, [0, 0, s.pucker * PUCKER_FORWARD_M * g]);
  }
  return q;
}

/** Rest point and normal → moved point and normal (normal through the cofactor of the Jacobian). */
export function deform(p: V3, n: V3, s: FaceState, jaw?: number): [V3, V3] {
  const q = deformPoint(p, s, jaw);
  if (length(sub(q, p)) === 0) return [q, n];
  const h = 1e-4;
  const d = (axis: V3): V3 =>
    scale(
      sub(deformPoint(add(p, scale(axis, h)), s, jaw), deformPoint(sub(p, scale(axis, h)), s, jaw)),
      0.5 / h,
    );
  const a = d([1, 0, 0]);
  const b = d([0, 1, 0]);
  const c = d([0, 0, 1]);
  const m = add(add(scale(cross(b, c), n[0]), scale(cross(c, a), n[1])), scale(cross(a, b), n[2]));
  return [q, normalize(m)];
}
