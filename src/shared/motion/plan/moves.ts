import type { CircleMove, FingerPlay, Replace, StraightMove, WristMove } from '../../sigml/spec';
import { addScaled3, DEG, distance3, sub3, vec3 } from '../math';
import type { TrackBuilder } from './builder';
import { applyConfig } from './config';
import { NO_MIRROR } from './context';
import { CLOCK_ANGLE, clockFrame, mirroredAxis, movementVector, perpendicular } from './directions';
import { scaled, type CompileEnv, type Mods } from './env';
import { locationAnchor, mainDigit } from './location';
import { targetAnchor, targetPosture } from './targets';
import { DURATION, mannerEasing, mannerFactor, mannerHold, SIZE, sizeKey } from './timing';
import type { PathSpec, WristSpec } from './types';

export function straight(b: TrackBuilder, a: StraightMove, m: Mods, env: CompileEnv): void {
  const key = sizeKey(m.size);
  let dur = DURATION.straight[key] * mannerFactor(m.manner) * m.tempo;
  if (a.arc) dur *= 1 + DURATION.arcExtra;
  if (a.path) dur *= 1 + DURATION.waveExtra;
  const d = movementVector(a.dir, a.between, b.mirror);
  const len = SIZE.straight[key] * b.ctx.moveScale;
  const target = a.target ? targetPosture(b, a.target, env) : null;
  const to = target ?? b.shifted(b.current, scaled(d, len));
  const from = b.current;
  const chord = sub3(vec3(), b.estimateSpot(to), b.estimateSpot(from));
  const chordLen = Math.max(distance3(b.estimateSpot(to), b.estimateSpot(from)), 1e-3);
  const parts: PathSpec[] = [];
  if (a.arc) {
    const side = movementVector(a.arc, undefined, b.mirror);
    const dir = perpendicular(chordLen > 1e-3 ? chord : d, side, [0, 1, 0]);
    parts.push({ kind: 'arc', dir, amount: SIZE.arcBow * chordLen });
  }
  if (a.path) {
    const pref = a.ellipse === 'h' ? ([1, 0, 0] as const) : ([0, 1, 0] as const);
    const dir = perpendicular(chordLen > 1e-3 ? chord : d, pref, [1, 0, 0]);
    const w = a.path === 'zigzag' ? SIZE.zigzag : SIZE.wave;
    parts.push({
      kind: 'wave',
      dir,
      amp: w.amp * b.ctx.moveScale,
      cycles: w.cycles,
      zigzag: a.path === 'zigzag',
    });
  }
  if (a.brushing) {
    const brush = locationAnchor(b.ctx, { ...a.brushing, contact: 'touch' }, b.state, {
      side: b.side,
      mirrored: env.role === 'sym',
      nonIpsi: env.nonIpsi,
      symmetricPair: env.symmetric,
      other: b.other?.current ?? null,
    });
    if (brush.kind === 'body') {
      const mid = addScaled3(vec3(), b.estimateSpot(from), chord, 0.5);
      parts.push({ kind: 'brush', offset: sub3(vec3(), brush.point, mid) });
    }
  }
  const path: PathSpec | null =
    parts.length === 0 ? null : parts.length === 1 ? parts[0]! : { kind: 'sum', parts };
  b.to(to, dur, { ease: mannerEasing(m.manner), path });
  b.hold(mannerHold(m.manner));
}

export function circle(b: TrackBuilder, a: CircleMove, m: Mods, env: CompileEnv): void {
  const key = sizeKey(m.size);
  const axis = mirroredAxis(a.axis, a.between, b.mirror);
  const { up, right, sense } = clockFrame(axis, b.mirror);
  const r = SIZE.circle[key] * b.ctx.moveScale;
  let rUp = r;
  let rRight = r;
  if (a.ellipse === 'h') [rUp, rRight] = [r * SIZE.ellipseShort, r * SIZE.ellipseLong];
  else if (a.ellipse === 'v') [rUp, rRight] = [r * SIZE.ellipseLong, r * SIZE.ellipseShort];
  const phi0 = CLOCK_ANGLE[a.start ?? 'u'];
  let sweepAbs = 2 * Math.PI * (a.full ? DURATION.fullTurns : 1);
  if (a.end) {
    let delta = (CLOCK_ANGLE[a.end] - phi0) * sense;
    delta = ((delta % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    sweepAbs = delta < 1e-6 ? 2 * Math.PI : delta;
  }
  const growth =
    m.dynamics === 'increasing'
      ? SIZE.spiralGrowth
      : m.dynamics === 'decreasing'
        ? 1 / SIZE.spiralGrowth
        : 1;
  const ring: PathSpec = {
    kind: 'circle',
    up,
    right,
    rUp,
    rRight,
    phi0,
    sweep: sense * sweepAbs,
    growth,
  };
  // A wavy or zigzag circle undulates across its plane.
  const w = a.path === 'zigzag' ? SIZE.zigzag : SIZE.wave;
  const path: PathSpec = a.path
    ? {
        kind: 'sum',
        parts: [
          ring,
          {
            kind: 'wave',
            dir: axis,
            amp: w.amp * b.ctx.moveScale,
            cycles: w.cycles * 2,
            zigzag: a.path === 'zigzag',
          },
        ],
      }
    : ring;
  // The chord from start to end of the (partial) circle.
  const phi1 = phi0 + sense * sweepAbs;
  const chord = vec3();
  for (let i = 0; i < 3; i++) {
    chord[i] =
      up[i]! * rUp * (growth * Math.cos(phi1) - Math.cos(phi0)) +
      right[i]! * rRight * (growth * Math.sin(phi1) - Math.sin(phi0));
  }
  const dur =
    DURATION.circle[key] *
    mannerFactor(m.manner) *
    m.tempo *
    Math.max(0.5, sweepAbs / (2 * Math.PI));
  const target = a.target ? targetPosture(b, a.target, env) : null;
  b.to(target ?? b.shifted(b.current, chord), dur, { ease: mannerEasing(m.manner), path });
  b.hold(mannerHold(m.manner));
}

const WRIST_AXIS = {
  nodding: 'flex',
  swinging: 'deviation',
  twisting: 'twist',
  stirCw: 'stir',
  stirCcw: 'stir',
} as const;

export function wrist(b: TrackBuilder, a: WristMove, m: Mods, env: CompileEnv): void {
  const axis = WRIST_AXIS[a.motion];
  const k = m.size === 'small' ? 0.6 : m.size === 'large' ? 1.5 : 1;
  let sense = a.motion === 'stirCcw' ? -1 : 1;
  if (env.role === 'sym' && b.mirror.x) sense = -sense;
  const spec: WristSpec = {
    axis,
    amp: SIZE.wristDeg[axis] * DEG * k,
    cycles: SIZE.wristCycles,
    sense,
  };
  const dur = DURATION.wrist * mannerFactor(m.manner) * m.tempo;
  const to = a.target ? (targetPosture(b, a.target, env) ?? b.current) : b.current;
  b.to(to, dur, { wrist: spec, ease: 'sine' });
}

export function fingerPlay(b: TrackBuilder, a: FingerPlay, m: Mods): void {
  let fingers = a.digits.filter((d) => d !== 1).map((d) => d - 1);
  if (fingers.length === 0) {
    const shape = b.current.shapeSpec;
    const sel = shape.fingers?.filter((d) => d !== 1) ?? [];
    fingers = sel.length
      ? sel.map((d) => d - 1)
      : shape.base === 'fist'
        ? [1, 2, 3, 4]
        : [mainDigit(shape) - 1];
    if (shape.base === 'flat' || shape.base === 'finger2345' || shape.base.endsWith('all'))
      fingers = [1, 2, 3, 4];
  }
  const k = m.size === 'small' ? 0.6 : m.size === 'large' ? 1.4 : 1;
  const dur = DURATION.fingerPlay * mannerFactor(m.manner) * m.tempo;
  b.to(b.current, dur, {
    fingerPlay: { fingers, amp: SIZE.fingerPlayDeg * DEG * k, cycles: SIZE.fingerPlayCycles },
    ease: 'linear',
  });
}

export function replace(b: TrackBuilder, a: Replace, m: Mods, env: CompileEnv): void {
  const dur = DURATION.replace * mannerFactor(m.manner) * m.tempo;
  const cfg =
    env.role === 'dom'
      ? a.hands.dominant
      : (a.hands.nondominant ?? (env.role === 'sym' ? a.hands.dominant : undefined));
  const ownConfig = env.role !== 'dom' && a.hands.nondominant !== undefined;
  const mirror = env.role === 'sym' && !ownConfig ? b.configMirror : NO_MIRROR;
  const st = cfg ? applyConfig(cfg, b.state, mirror) : b.state;
  const anchor = a.target ? (targetAnchor(b, a.target, env) ?? b.current.anchor) : b.current.anchor;
  if (!cfg && !a.target) return b.hold(dur);
  b.to(b.posture(st, anchor), dur, { ease: mannerEasing(m.manner) });
  b.hold(mannerHold(m.manner));
}
