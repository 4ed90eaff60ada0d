import { CLIP_EXPRESSION_COUNT, expressionIndex, type ClipExpression } from '../rig';
import { NM_RAMP, type GazeTarget, type NmEffect } from './effects';

/** Non-manual values of one frame (allocated once, overwritten each frame). */
export interface NmFrame {
  headPitch: number;
  headYaw: number;
  headRoll: number;
  push: number;
  bodyPitch: number;
  bodyYaw: number;
  bodyRoll: number;
  shoulderRaise: { left: number; right: number };
  shoulderForward: { left: number; right: number };
  readonly weights: Float32Array;
  gazeTarget: GazeTarget | null;
  gazeYaw: number;
  gazePitch: number;
  gazeWeight: number;
  headFollows: number;
}

export function makeNmFrame(): NmFrame {
  return {
    headPitch: 0,
    headYaw: 0,
    headRoll: 0,
    push: 0,
    bodyPitch: 0,
    bodyYaw: 0,
    bodyRoll: 0,
    shoulderRaise: { left: 0, right: 0 },
    shoulderForward: { left: 0, right: 0 },
    weights: new Float32Array(CLIP_EXPRESSION_COUNT),
    gazeTarget: null,
    gazeYaw: 0,
    gazePitch: 0,
    gazeWeight: 0,
    headFollows: 0,
  };
}

/** Fade-in / fade-out envelope of an effect at time t (smoothstep ramps). */
export function envelope(t: number, t0: number, t1: number): number {
  if (t <= t0 || t >= t1) return 0;
  const ramp = Math.min(NM_RAMP, (t1 - t0) / 2);
  const a = Math.min(1, (t - t0) / ramp, (t1 - t) / ramp);
  return a * a * (3 - 2 * a);
}

const INDEX = new Map<string, number>();
function idx(name: string): number {
  let i = INDEX.get(name);
  if (i === undefined) {
    i = expressionIndex(name as ClipExpression);
    INDEX.set(name, i);
  }
  return i;
}

function setMax(w: Float32Array, name: string, v: number): void {
  const i = idx(name);
  if (v > w[i]!) w[i] = v;
}

/**
 * Evaluates every effect active at time t into `out`. Angles add up; expression weights take the
 * strongest contribution per channel (clamped to [0, 1]).
 */
export function sampleEffects(effects: readonly NmEffect[], t: number, out: NmFrame): void {
  out.headPitch = 0;
  out.headYaw = 0;
  out.headRoll = 0;
  out.push = 0;
  out.bodyPitch = 0;
  out.bodyYaw = 0;
  out.bodyRoll = 0;
  out.shoulderRaise.left = 0;
  out.shoulderRaise.right = 0;
  out.shoulderForward.left = 0;
  out.shoulderForward.right = 0;
  out.weights.fill(0);
  out.gazeTarget = null;
  out.gazeYaw = 0;
  out.gazePitch = 0;
  out.gazeWeight = 0;
  out.headFollows = 0;
  for (const e of effects) {
    if (t <= e.t0 || t >= e.t1) continue;
    const env = envelope(t, e.t0, e.t1);
    const u = (t - e.t0) / (e.t1 - e.t0);
    switch (e.kind) {
      case 'head': {
        out.headPitch += e.pitch * env;
        out.headYaw += e.yaw * env;
        out.headRoll += e.roll * env;
        out.push += e.push * env;
        oscillate(e.oscillation, e.amp * env, e.cycles, u, out, 'head');
        break;
      }
      case 'body':
        out.bodyPitch += e.pitch * env;
        out.bodyYaw += e.yaw * env;
        out.bodyRoll += e.roll * env;
        oscillate(e.oscillation, e.amp * env, e.cycles, u, out, 'body');
        break;
      case 'shoulder': {
        const shrug = e.shrugCycles > 0 ? 0.5 * (1 - Math.cos(2 * Math.PI * e.shrugCycles * u)) : 1;
        for (const s of e.sides) {
          out.shoulderRaise[s] += e.raise * env * shrug;
          out.shoulderForward[s] += e.forward * env;
        }
        break;
      }
      case 'expression': {
        const pulse = e.pulses > 0 ? 0.5 * (1 - Math.cos(2 * Math.PI * e.pulses * u)) : 1;
        for (const k in e.weights)
          setMax(out.weights, k, (e.weights[k as ClipExpression] ?? 0) * env * pulse);
        break;
      }
      case 'mouthing': {
        const n = e.phonemes.length;
        const f = u * n - 0.5;
        const i0 = Math.max(0, Math.min(n - 1, Math.floor(f)));
        const i1 = Math.min(n - 1, i0 + 1);
        const x = Math.max(0, Math.min(1, f - Math.floor(f)));
        const blend = x * x * (3 - 2 * x);
        const a = e.phonemes[i0]!;
        const b = e.phonemes[i1]!;
        for (const k in a)
          setMax(out.weights, k, (a[k as ClipExpression] ?? 0) * (1 - blend) * env);
        for (const k in b) setMax(out.weights, k, (b[k as ClipExpression] ?? 0) * blend * env);
        break;
      }
      case 'gaze':
        if (env > out.gazeWeight) {
          out.gazeTarget = e.target;
          out.gazeYaw = e.yaw;
          out.gazePitch = e.pitch;
          out.gazeWeight = env;
          out.headFollows = e.headFollows;
        }
        break;
    }
  }
  for (let i = 0; i < out.weights.length; i++) if (out.weights[i]! > 1) out.weights[i] = 1;
}

function oscillate(
  kind: string,
  amp: number,
  cycles: number,
  u: number,
  out: NmFrame,
  part: 'head' | 'body',
): void {
  if (kind === 'none' || amp === 0) return;
  const ph = 2 * Math.PI * cycles * u;
  // Nods go down and back up; shakes and tilts swing both ways.
  const nod = amp * 0.5 * (1 - Math.cos(ph));
  const swing = amp * Math.sin(ph);
  if (part === 'head') {
    if (kind === 'nod') out.headPitch += nod;
    else if (kind === 'shake') out.headYaw += swing;
    else if (kind === 'tilt') out.headRoll += swing;
    else if (kind === 'circle') {
      out.headPitch += amp * Math.sin(ph);
      out.headYaw += amp * Math.cos(ph) - amp;
    }
  } else if (kind === 'nod') out.bodyPitch += nod;
  else if (kind === 'shake') out.bodyYaw += swing;
  else if (kind === 'tilt') out.bodyRoll += swing;
}
