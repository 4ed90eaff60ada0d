import {
  addScaled3,
  axisAngleQ,
  clamp,
  cross3,
  DEG,
  distance3,
  dot3,
  fromUnitVectorsQ,
  mulQ,
  normalize3,
  quat,
  reject3,
  rotateV,
  sub3,
  vec3,
  type Quat,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import { ALONG_FINGERS, PALMAR, RADIAL } from './fingers';
import type { HandModel } from './model';

/**
 * The thumb as four angles (radians): the metacarpal's direction from the carpometacarpal joint,
 * `radial` (in the palm plane, from along the fingers towards the thumb side; negative = across
 * the palm) and `palmar` (out of the palm plane, in front of the palm), then flexion of the
 * metacarpophalangeal (`mcp`) and interphalangeal (`ip`) joints. The metacarpal's roll follows
 * from its direction so that the thumb pad faces the palm, as opposition does.
 */
export interface ThumbAngles {
  radial: number;
  palmar: number;
  mcp: number;
  ip: number;
}

const LIMITS = {
  radial: [-35 * DEG, 80 * DEG],
  palmar: [-15 * DEG, 85 * DEG],
  mcp: [-10 * DEG, 75 * DEG],
  ip: [-15 * DEG, 85 * DEG],
} as const;
/** A relaxed thumb: where the solver starts and what it prefers among equal fits. */
const NATURAL: ThumbAngles = { radial: 25 * DEG, palmar: 30 * DEG, mcp: 15 * DEG, ip: 15 * DEG };
/** Weight of the preference for natural angles against squared distance in hand lengths. */
const NATURAL_WEIGHT = 0.0015;
/** Where the thumb pad turns to face: the palm centre, this far in front of the palm (adult m). */
const PAD_FACES_PALMAR = 0.03;

const d0 = vec3();
const fdir0 = vec3();
const axis = vec3();
const dm = vec3();
const tmp = vec3();
const tmp2 = vec3();
const qArc = quat();
const qRoll = quat();
const qAcc = quat();

/** Writes the three thumb bones' local rotations (canonical frame) for the given angles. */
export function thumbRotations(model: HandModel, a: ThumbAngles, out: Quat[]): void {
  const j0 = model.joints[0]!;
  const j1 = model.joints[1]!;
  normalize3(d0, sub3(d0, j1, j0));
  // At rest, flexing curls the thumb towards the palm and the little finger.
  tmp[0] = PALMAR[0] * 0.7 - RADIAL[0] * 0.7;
  tmp[1] = PALMAR[1] * 0.7 - RADIAL[1] * 0.7;
  tmp[2] = PALMAR[2] * 0.7 - RADIAL[2] * 0.7;
  normalize3(fdir0, reject3(fdir0, tmp, d0));
  normalize3(axis, cross3(axis, d0, fdir0));
  const cp = Math.cos(a.palmar);
  const cr = Math.cos(a.radial);
  const sr = Math.sin(a.radial);
  const sp = Math.sin(a.palmar);
  for (let i = 0; i < 3; i++)
    dm[i] = cp * (cr * ALONG_FINGERS[i]! + sr * RADIAL[i]!) + sp * PALMAR[i]!;
  normalize3(dm, dm);
  fromUnitVectorsQ(qArc, d0, dm);
  // Roll about the new direction so that the pad (flexion side) faces the palm centre.
  rotateV(tmp, qArc, fdir0);
  palmTarget(model, tmp2);
  sub3(tmp2, tmp2, j0);
  reject3(tmp2, tmp2, dm);
  let roll = 0;
  if (Math.sqrt(tmp2[0] * tmp2[0] + tmp2[1] * tmp2[1] + tmp2[2] * tmp2[2]) > 1e-9) {
    normalize3(tmp2, tmp2);
    cross3(axis, tmp, tmp2);
    roll = Math.atan2(dot3(axis, dm), dot3(tmp, tmp2));
  }
  axisAngleQ(qRoll, dm, roll);
  mulQ(out[0]!, qRoll, qArc);
  normalize3(axis, cross3(axis, d0, fdir0));
  axisAngleQ(out[1]!, axis, a.mcp);
  axisAngleQ(out[2]!, axis, a.ip);
}

function palmTarget(model: HandModel, out: Vec3): Vec3 {
  const idx = model.joints[3]!;
  const lit = model.joints[12]!;
  out[0] = (idx[0] + lit[0]) * 0.35;
  out[1] = (idx[1] + lit[1]) * 0.35;
  out[2] = (idx[2] + lit[2]) * 0.35;
  return addScaled3(out, out, PALMAR, PAD_FACES_PALMAR * model.scale);
}

const rots: Quat[] = [quat(), quat(), quat()];
const p1 = vec3();
const p2 = vec3();

/** Thumb tip position (canonical frame, relative to the wrist) for the given angles. */
export function thumbTip(model: HandModel, a: ThumbAngles, out: Vec3): Vec3 {
  thumbRotations(model, a, rots);
  const j = model.joints;
  sub3(tmp, j[1]!, j[0]!);
  rotateV(tmp, rots[0]!, tmp);
  p1[0] = j[0]![0] + tmp[0];
  p1[1] = j[0]![1] + tmp[1];
  p1[2] = j[0]![2] + tmp[2];
  mulQ(qAcc, rots[0]!, rots[1]!);
  sub3(tmp, j[2]!, j[1]!);
  rotateV(tmp, qAcc, tmp);
  p2[0] = p1[0] + tmp[0];
  p2[1] = p1[1] + tmp[1];
  p2[2] = p1[2] + tmp[2];
  mulQ(qAcc, qAcc, rots[2]!);
  sub3(tmp, model.tips[0]!, j[2]!);
  rotateV(tmp, qAcc, tmp);
  out[0] = p2[0] + tmp[0];
  out[1] = p2[1] + tmp[1];
  out[2] = p2[2] + tmp[2];
  return out;
}

const KEYS = ['radial', 'palmar', 'mcp', 'ip'] as const;
const tip = vec3();

/**
 * Thumb angles that bring the thumb tip to `target` (canonical frame), by coordinate descent
 * within anatomical limits, preferring relaxed angles among equally good fits.
 */
export function solveThumb(model: HandModel, target: ReadonlyVec3): ThumbAngles {
  const a: ThumbAngles = { ...NATURAL };
  const scale = model.length;
  const cost = (): number => {
    const d = distance3(thumbTip(model, a, tip), target) / scale;
    let reg = 0;
    for (const k of KEYS) reg += (a[k] - NATURAL[k]) ** 2;
    return d * d + NATURAL_WEIGHT * reg;
  };
  let best = cost();
  for (let step = 0.4; step > 0.002; step *= 0.5) {
    let improved = true;
    for (let sweep = 0; improved && sweep < 8; sweep++) {
      improved = false;
      for (const k of KEYS) {
        for (const dir of [1, -1]) {
          const old = a[k];
          a[k] = clamp(old + dir * step, LIMITS[k][0], LIMITS[k][1]);
          const c = cost();
          if (c < best - 1e-12) {
            best = c;
            improved = true;
          } else {
            a[k] = old;
          }
        }
      }
    }
  }
  return a;
}
