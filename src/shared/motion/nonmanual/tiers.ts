import type { NonManualFeature } from '../../sigml/spec';
import { DEG } from '../math';
import type { ClipExpression } from '../rig';
import type { GazeEffect, HeadEffect, NmEffect } from './effects';
import { MOUTH_GESTURE_EXPRESSIONS } from './mouth';
import { sampaVisemes } from './sampa';

type Weights = Partial<Record<ClipExpression, number>>;

/** Head postures and movements of hnm_head, radians. */
const HEAD_TURN = 20 * DEG;
const HEAD_TILT = 12 * DEG;
const HEAD_NOD_TILT = 14 * DEG;
const NOD_AMP = 9 * DEG;
const SHAKE_AMP = 13 * DEG;
/** Gaze angles of hnm_eyegaze directions, radians. */
const GAZE = 22 * DEG;
const BODY_TILT = 7 * DEG;
const BODY_TURN = 9 * DEG;
const SHOULDER_RAISE = 10 * DEG;
/** A blink lasts this long, seconds. */
export const BLINK_DURATION = 0.16;

function head(
  t0: number,
  t1: number,
  h: Partial<Omit<HeadEffect, 'kind' | 't0' | 't1'>>,
): HeadEffect {
  return {
    kind: 'head',
    t0,
    t1,
    pitch: 0,
    yaw: 0,
    roll: 0,
    push: 0,
    oscillation: 'none',
    amp: 0,
    cycles: 0,
    ...h,
  };
}

function expr(t0: number, t1: number, weights: Weights, pulses = 0): NmEffect {
  return { kind: 'expression', t0, t1, weights, pulses };
}

const HEAD: Readonly<Record<string, Partial<Omit<HeadEffect, 'kind' | 't0' | 't1'>>>> = {
  NO: { oscillation: 'nod', amp: NOD_AMP, cycles: 2 },
  ND: { oscillation: 'nod', amp: NOD_AMP * 1.2, cycles: 1 },
  SH: { oscillation: 'shake', amp: SHAKE_AMP, cycles: 2 },
  SR: { yaw: -HEAD_TURN },
  SL: { yaw: HEAD_TURN },
  TR: { roll: HEAD_TILT },
  TL: { roll: -HEAD_TILT },
  NF: { pitch: HEAD_NOD_TILT },
  NB: { pitch: -HEAD_NOD_TILT },
  PF: { push: 1 },
  PB: { push: -1 },
};

const GAZE_DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  AD: [0, 0],
  FR: [0, 0.05],
  NO: [0, -0.1],
  UP: [0, 1],
  DN: [0, -1],
  LE: [1, 0],
  RI: [-1, 0],
  LU: [0.7, 0.7],
  LD: [0.7, -0.7],
  RU: [-0.7, 0.7],
  RD: [-0.7, -0.7],
  RO: [0, 1.1],
};

const EYEBROWS: Readonly<Record<string, Weights>> = {
  RB: { browRaise: 1 },
  RR: { browRaiseRight: 1 },
  RL: { browRaiseLeft: 1 },
  FU: { browFurrow: 1 },
};

const EYELIDS: Readonly<Record<string, Weights>> = {
  WB: { eyeWide: 1 },
  WR: { eyeWideRight: 1 },
  WL: { eyeWideLeft: 1 },
  SB: { squint: 0.8 },
  SR: { squintRight: 0.8 },
  SL: { squintLeft: 0.8 },
  CB: { blink: 1 },
  CR: { blinkRight: 1 },
  CL: { blinkLeft: 1 },
  TB: { blink: 1, squint: 0.6 },
  TR: { blinkRight: 1, squintRight: 0.6 },
  TL: { blinkLeft: 1, squintLeft: 0.6 },
};

const NOSE: Readonly<Record<string, { weights: Weights; pulses: number }>> = {
  WR: { weights: { browFurrow: 0.4, squint: 0.4 }, pulses: 0 },
  TW: { weights: { browFurrow: 0.3, squint: 0.3 }, pulses: 3 },
  WI: { weights: { surprised: 0.2 }, pulses: 0 },
};

const SHOULDERS: Readonly<
  Record<string, { sides: ('left' | 'right')[]; raise: number; forward: number; shrug: number }>
> = {
  UL: { sides: ['left'], raise: SHOULDER_RAISE, forward: 0, shrug: 0 },
  UR: { sides: ['right'], raise: SHOULDER_RAISE, forward: 0, shrug: 0 },
  UB: { sides: ['left', 'right'], raise: SHOULDER_RAISE, forward: 0, shrug: 0 },
  HL: { sides: ['left'], raise: 0, forward: SHOULDER_RAISE, shrug: 0 },
  HR: { sides: ['right'], raise: 0, forward: SHOULDER_RAISE, shrug: 0 },
  HB: { sides: ['left', 'right'], raise: 0, forward: SHOULDER_RAISE, shrug: 0 },
  SL: { sides: ['left'], raise: SHOULDER_RAISE, forward: 0, shrug: 2 },
  SR: { sides: ['right'], raise: SHOULDER_RAISE, forward: 0, shrug: 2 },
  SB: { sides: ['left', 'right'], raise: SHOULDER_RAISE, forward: 0, shrug: 2 },
};

const BODY: Readonly<Record<string, { pitch: number; yaw: number; roll: number; once: boolean }>> =
  {
    RL: { pitch: 0, yaw: BODY_TURN, roll: 0, once: false },
    RR: { pitch: 0, yaw: -BODY_TURN, roll: 0, once: false },
    TL: { pitch: 0, yaw: 0, roll: -BODY_TILT, once: false },
    TR: { pitch: 0, yaw: 0, roll: BODY_TILT, once: false },
    TF: { pitch: BODY_TILT, yaw: 0, roll: 0, once: false },
    TB: { pitch: -BODY_TILT * 0.8, yaw: 0, roll: 0, once: false },
    SI: { pitch: BODY_TILT * 0.6, yaw: 0, roll: 0, once: true },
    HE: { pitch: -BODY_TILT * 0.6, yaw: 0, roll: 0, once: true },
    ST: { pitch: -BODY_TILT * 0.15, yaw: 0, roll: 0, once: false },
    RD: { pitch: BODY_TILT, yaw: 0, roll: 0, once: false },
  };

/** Which tags each tier animates (anything else is reported as unsupported). */
export const SUPPORTED_TAGS = {
  hnm_head: [...Object.keys(HEAD), 'LI'],
  hnm_eyegaze: [...Object.keys(GAZE_DIRECTIONS), 'HD', 'HI', 'HC'],
  hnm_eyebrows: Object.keys(EYEBROWS),
  hnm_eyelids: [...Object.keys(EYELIDS), 'BB'],
  hnm_nose: Object.keys(NOSE),
  hnm_shoulder: Object.keys(SHOULDERS),
  hnm_body: Object.keys(BODY),
  hnm_mouthgesture: Object.keys(MOUTH_GESTURE_EXPRESSIONS),
} as const;

/** The non-manual features of one sign as effects over [t0, t1] (the sign's manual span). */
export function featureEffects(
  features: readonly NonManualFeature[],
  t0: number,
  t1: number,
): NmEffect[] {
  const out: NmEffect[] = [];
  const headFollows = features.some((f) => f.element === 'hnm_head' && f.tag === 'LI');
  for (const f of features) {
    if (f.element === 'hnm_mouthpicture') {
      const ph = sampaVisemes(f.picture);
      if (ph.length === 0) continue;
      const total = ph.reduce((s, p) => s + p.length, 0);
      const phonemes: Weights[] = [];
      // Spread over slots proportional to length: repeat each phoneme by its share.
      for (const p of ph) {
        const n = Math.max(1, Math.round((p.length / total) * ph.length * 2));
        for (let i = 0; i < n; i++) phonemes.push({ ...p.weights });
      }
      out.push({ kind: 'mouthing', t0, t1, phonemes });
      continue;
    }
    const tag = f.tag;
    switch (f.element) {
      case 'hnm_head': {
        const h = HEAD[tag];
        if (h) out.push(head(t0, t1, h));
        break;
      }
      case 'hnm_eyegaze': {
        const target =
          tag === 'HD'
            ? 'hands'
            : tag === 'HI'
              ? 'dominantHand'
              : tag === 'HC'
                ? 'nondominantHand'
                : 'direction';
        const d = GAZE_DIRECTIONS[tag] ?? [0, 0];
        const g: GazeEffect = {
          kind: 'gaze',
          t0,
          t1,
          target,
          yaw: d[0] * GAZE,
          pitch: d[1] * GAZE,
          headFollows: headFollows ? 0.4 : 0,
        };
        out.push(g);
        break;
      }
      case 'hnm_eyebrows': {
        const w = EYEBROWS[tag];
        if (w) out.push(expr(t0, t1, w));
        break;
      }
      case 'hnm_eyelids': {
        if (tag === 'BB') out.push(expr(Math.max(t0, t1 - BLINK_DURATION), t1, { blink: 1 }));
        const w = EYELIDS[tag];
        if (w) out.push(expr(t0, t1, w));
        break;
      }
      case 'hnm_nose': {
        const n = NOSE[tag];
        if (n) out.push(expr(t0, t1, n.weights, n.pulses));
        break;
      }
      case 'hnm_mouthgesture': {
        const m = MOUTH_GESTURE_EXPRESSIONS[tag];
        if (m) out.push(expr(t0, t1, m.weights, m.pulses));
        break;
      }
      case 'hnm_shoulder': {
        const s = SHOULDERS[tag];
        if (s)
          out.push({
            kind: 'shoulder',
            t0,
            t1,
            sides: s.sides,
            raise: s.raise,
            forward: s.forward,
            shrugCycles: s.shrug,
          });
        break;
      }
      case 'hnm_body': {
        const b = BODY[tag];
        if (b) {
          out.push({
            kind: 'body',
            t0,
            t1,
            pitch: b.once ? 0 : b.pitch,
            yaw: b.yaw,
            roll: b.roll,
            oscillation: b.once ? 'nod' : 'none',
            amp: b.once ? b.pitch : 0,
            cycles: b.once ? 0.5 : 0,
          });
          if (tag === 'RD')
            out.push({
              kind: 'shoulder',
              t0,
              t1,
              sides: ['left', 'right'],
              raise: 0,
              forward: SHOULDER_RAISE * 0.8,
              shrugCycles: 0,
            });
        }
        break;
      }
      case 'hnm_extra':
        break;
    }
  }
  return out;
}

/** True when this feature produces motion (used by isAnimatable). */
export function isFeatureSupported(f: NonManualFeature): boolean {
  if (f.element === 'hnm_mouthpicture') return true;
  if (f.element === 'hnm_extra') return false;
  return (SUPPORTED_TAGS[f.element] as readonly string[]).includes(f.tag);
}

export { head as headEffect, expr as expressionEffect };
