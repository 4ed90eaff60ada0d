import type {
  Action,
  CircleMove,
  Dynamics,
  FingerPlay,
  Manner,
  MovementModifiers,
  MovementSize,
  Placement,
  RepeatAction,
  Replace,
  StraightMove,
  WristMove,
} from '../../sigml/spec';
import { addScaled3, DEG, distance3, normalize3, sub3, vec3, type Vec3 } from '../math';
import { TrackBuilder } from './builder';
import { applyConfig } from './config';
import { applyMirror, NO_MIRROR } from './context';
import { CLOCK_ANGLE, clockFrame, mirroredAxis, movementVector, perpendicular } from './directions';
import { locationAnchor, mainDigit, withContact, type LocationContext } from './location';
import { scalePath } from './paths';
import { DURATION, mannerEasing, mannerFactor, mannerHold, SIZE, sizeKey } from './timing';
import type { Anchor, PathSpec, Posture, Segment, WristSpec } from './types';

/**
 * What a hand does with the written actions:
 * - dom: the dominant hand performs them;
 * - sym: the non-dominant hand of a symmetric sign performs them, mirrored as the symmetry says;
 * - base: the non-dominant hand of an asymmetric sign, which only does what is written for it;
 * - own: the non-dominant hand performing its own branch of a split (values filed under it).
 */
export type Role = 'dom' | 'sym' | 'base' | 'own';

/** Modifiers inherited from enclosing groups; the movement's own take precedence. */
export interface Mods {
  readonly size?: MovementSize;
  readonly manner: readonly Manner[];
  readonly dynamics?: Dynamics;
  /** Duration factor of fused sequences. */
  readonly tempo: number;
}

export const NO_MODS: Mods = { manner: [], tempo: 1 };

/** Receives movements of body parts ("hamhead hamnodding") for the non-manual channels. */
export interface BodyPartSink {
  bodyPart(site: string, action: Action, t0: number, t1: number): void;
}

export interface CompileEnv {
  readonly role: Role;
  readonly symmetric: boolean;
  readonly nonIpsi: boolean;
  readonly sink: BodyPartSink | null;
}

function merge(mods: Mods, m: Partial<MovementModifiers> & { manner?: readonly Manner[] }): Mods {
  return {
    size: m.size ?? mods.size,
    manner: m.manner && m.manner.length ? [...mods.manner, ...m.manner] : mods.manner,
    dynamics: m.dynamics ?? mods.dynamics,
    tempo: mods.tempo,
  };
}

/** Compiles actions in order onto the builder. */
export function compileActions(
  b: TrackBuilder,
  actions: readonly Action[],
  mods: Mods,
  env: CompileEnv,
): void {
  for (const a of actions) compileAction(b, a, mods, env);
}

export function compileAction(b: TrackBuilder, a: Action, mods: Mods, env: CompileEnv): void {
  const performs = env.role !== 'base';
  switch (a.kind) {
    case 'straight':
      return performs ? straight(b, a, merge(mods, a), env) : idle(b, a, mods, env);
    case 'circle':
      return performs ? circle(b, a, merge(mods, a), env) : idle(b, a, mods, env);
    case 'wrist':
      return performs ? wrist(b, a, merge(mods, a), env) : idle(b, a, mods, env);
    case 'fingerplay':
      return performs ? fingerPlay(b, a, merge(mods, a)) : idle(b, a, mods, env);
    case 'replace':
      return replace(b, a, merge(mods, a), env);
    case 'moveTo': {
      const m = merge(mods, a);
      const dur = DURATION.moveTo * mannerFactor(m.manner) * m.tempo;
      const to = a.target ? targetPosture(b, a.target, env) : null;
      if (!to) return b.hold(dur);
      b.to(to, dur, { ease: mannerEasing(m.manner) });
      return b.hold(mannerHold(m.manner));
    }
    case 'nomotion':
      return b.hold(DURATION.noMotion * mods.tempo);
    case 'cross': {
      const m = merge(mods, a);
      const dur = DURATION.cross * mannerFactor(m.manner) * m.tempo;
      if (!performs) return b.hold(dur);
      const d = normalize3(vec3(), applyMirror(b.mirror, [1, -0.3, 0]));
      b.to(b.shifted(b.current, scaled(d, SIZE.cross * b.ctx.scale)), dur, {
        ease: mannerEasing(m.manner),
      });
      return;
    }
    case 'seq': {
      const m = merge(mods, a);
      const inner = a.fused ? { ...m, tempo: m.tempo * 0.8 } : m;
      return compileActions(b, a.actions, inner, env);
    }
    case 'par':
      return par(b, a.actions, merge(mods, a), env);
    case 'split': {
      const m = merge(mods, a);
      if (env.role === 'dom') return compileActions(b, a.dominant, m, env);
      // The non-dominant branch is written for that hand as it is: no mirroring.
      const own = new TrackBuilder(b.ctx, b.side, NO_MIRROR, NO_MIRROR, b.current, b.other);
      own.t = b.t;
      compileActions(own, a.nondominant, m, { ...env, role: 'own' });
      b.segments.push(...own.segments);
      b.t = own.t;
      b.current = own.current;
      return;
    }
    case 'repeat':
      return repeat(
        b,
        a,
        merge(mods, { size: a.size, manner: a.manner, dynamics: a.dynamics }),
        env,
      );
    case 'alternatives':
      return compileActions(b, a.options[0] ?? [], mods, env);
    case 'bodyPart': {
      const t0 = b.t;
      const scratch = new TrackBuilder(b.ctx, b.side, b.mirror, b.configMirror, b.current, b.other);
      compileAction(scratch, a.action, mods, { ...env, role: 'dom', sink: null });
      const dur = Math.max(scratch.t, DURATION.noMotion);
      if (env.role === 'dom' && env.sink) env.sink.bodyPart(a.site, a.action, t0, t0 + dur);
      return b.hold(dur);
    }
  }
}

/** A hand that does not perform an action holds still for as long as the action takes. */
function idle(b: TrackBuilder, a: Action, mods: Mods, env: CompileEnv): void {
  const scratch = new TrackBuilder(b.ctx, b.side, b.mirror, b.configMirror, b.current, b.other);
  compileAction(scratch, a, mods, { ...env, role: 'dom', sink: null });
  b.hold(scratch.t);
}

function scaled(v: Vec3, s: number): Vec3 {
  return [v[0] * s, v[1] * s, v[2] * s];
}

/** The posture a target placement puts this hand in (its shape and orientation kept). */
function targetPosture(b: TrackBuilder, target: Placement, env: CompileEnv): Posture | null {
  const anchor = targetAnchor(b, target, env);
  return anchor ? b.posture(b.state, anchor) : null;
}

function targetAnchor(b: TrackBuilder, target: Placement, env: CompileEnv): Anchor | null {
  const lc: LocationContext = {
    side: b.side,
    mirrored: env.role === 'sym',
    nonIpsi: env.nonIpsi,
    symmetricPair: env.symmetric && env.role !== 'own',
    other: b.other?.current ?? null,
  };
  const loc =
    env.role === 'dom'
      ? target.location
      : (target.nondominant ?? (env.role === 'sym' ? target.location : undefined));
  if (target.constellation && env.role === 'dom') {
    const c = target.constellation;
    return locationAnchor(
      b.ctx,
      {
        kind: 'hand',
        site: c.nondominantSite ?? { handPart: 'palm', digits: [], src: c.src },
        ...(c.dominantSite ? { contactBy: c.dominantSite } : {}),
        ...(c.contact ? { contact: c.contact } : {}),
        armExtended: false,
        behind: false,
        approximate: false,
        src: c.src,
      },
      b.state,
      lc,
    );
  }
  if (loc) {
    const a = locationAnchor(b.ctx, loc, b.state, lc);
    return target.contact && !loc.contact ? withContact(b.ctx, a, target.contact) : a;
  }
  if (target.contact) return withContact(b.ctx, b.current.anchor, target.contact);
  return null;
}

function straight(b: TrackBuilder, a: StraightMove, m: Mods, env: CompileEnv): void {
  const key = sizeKey(m.size);
  let dur = DURATION.straight[key] * mannerFactor(m.manner) * m.tempo;
  if (a.arc) dur *= 1 + DURATION.arcExtra;
  if (a.path) dur *= 1 + DURATION.waveExtra;
  const d = movementVector(a.dir, a.between, b.mirror);
  const len = SIZE.straight[key] * b.ctx.scale;
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
      amp: w.amp * b.ctx.scale,
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

function circle(b: TrackBuilder, a: CircleMove, m: Mods, env: CompileEnv): void {
  const key = sizeKey(m.size);
  const axis = mirroredAxis(a.axis, a.between, b.mirror);
  const { up, right, sense } = clockFrame(axis, b.mirror);
  const r = SIZE.circle[key] * b.ctx.scale;
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
            amp: w.amp * b.ctx.scale,
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

function wrist(b: TrackBuilder, a: WristMove, m: Mods, env: CompileEnv): void {
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

function fingerPlay(b: TrackBuilder, a: FingerPlay, m: Mods): void {
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

function replace(b: TrackBuilder, a: Replace, m: Mods, env: CompileEnv): void {
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

/** Simultaneous movements of the same hand merge into one segment where each is one segment. */
function par(b: TrackBuilder, actions: readonly Action[], m: Mods, env: CompileEnv): void {
  const start = b.current;
  const results: Segment[] = [];
  for (const a of actions) {
    const s = new TrackBuilder(b.ctx, b.side, b.mirror, b.configMirror, start, b.other);
    compileAction(s, a, m, { ...env, sink: env.sink });
    const active = s.segments.filter(
      (seg) => seg.from !== seg.to || seg.path || seg.wrist || seg.fingerPlay,
    );
    if (active.length !== 1) {
      // Not a simple simultaneous combination: perform the parts one after another.
      return compileActions(b, actions, m, env);
    }
    results.push(active[0]!);
  }
  let to: Posture = start;
  const paths: PathSpec[] = [];
  let wristSpec: WristSpec | null = null;
  let fingerSpec: Segment['fingerPlay'] = null;
  let dur = 0;
  const startPoint = b.estimateSpot(start);
  const shift = vec3();
  for (const r of results) {
    dur = Math.max(dur, r.t1 - r.t0);
    if (r.to.shapeSpec !== start.shapeSpec || r.to.rot !== start.rot)
      to = { ...r.to, anchor: to.anchor };
    if (r.to.anchor !== start.anchor) {
      addScaled3(shift, shift, sub3(vec3(), b.estimateSpot(r.to), startPoint), 1);
    }
    if (r.path) paths.push(r.path);
    wristSpec ??= r.wrist;
    fingerSpec ??= r.fingerPlay;
  }
  if (Math.sqrt(shift[0] * shift[0] + shift[1] * shift[1] + shift[2] * shift[2]) > 1e-6)
    to = b.shifted(to, shift);
  const path: PathSpec | null =
    paths.length === 0 ? null : paths.length === 1 ? paths[0]! : { kind: 'sum', parts: paths };
  b.to(to, dur, {
    path,
    wrist: wristSpec,
    fingerPlay: fingerSpec,
    ease: results[0]?.ease ?? 'minimumJerk',
  });
}

function shiftPosture(b: TrackBuilder, p: Posture, d: Vec3): Posture {
  return Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) < 1e-9 ? p : b.shifted(p, d);
}

function replay(
  b: TrackBuilder,
  segs: readonly Segment[],
  offset: Vec3,
  k: number,
  reversed: boolean,
): void {
  const list = reversed ? [...segs].reverse() : segs;
  for (const seg of list) {
    const from = shiftPosture(b, reversed ? seg.to : seg.from, offset);
    let to = shiftPosture(b, reversed ? seg.from : seg.to, offset);
    if (k !== 1 && to.anchor.kind === 'body' && from.anchor.kind === 'body') {
      const d = sub3(vec3(), to.anchor.point, from.anchor.point);
      to = b.shifted(from === to ? to : { ...to, anchor: from.anchor }, scaled(d, k));
    }
    b.current = from;
    b.to(to, (seg.t1 - seg.t0) * DURATION.repeatTempo, {
      ease: seg.ease,
      path: seg.path ? scalePath(seg.path, k) : null,
      wrist: seg.wrist,
      fingerPlay: seg.fingerPlay,
      reversed: reversed !== seg.reversed,
    });
  }
}

function repeat(b: TrackBuilder, a: RepeatAction, m: Mods, env: CompileEnv): void {
  const k0 = b.segments.length;
  const t0 = b.t;
  const p0 = b.current;
  compileAction(b, a.action, m, env);
  const segs = b.segments.slice(k0);
  const inner = b.t - t0;
  if (segs.length === 0 || inner <= 0) return;
  const p1 = b.current;
  const step = sub3(vec3(), b.estimateSpot(p1), b.estimateSpot(p0));
  const shiftDir = a.shift ? movementVector(a.shift.dir, undefined, b.mirror) : null;
  const shiftLen = a.shift
    ? SIZE.straight[sizeKey(a.shift.size ?? 'small')] * b.ctx.scale * 0.5
    : 0;
  const growth =
    m.dynamics === 'increasing'
      ? SIZE.repeatGrowth
      : m.dynamics === 'decreasing'
        ? 1 / SIZE.repeatGrowth
        : 1;
  let performed = 1;
  for (const kind of a.then ? [a.repeat, a.then] : [a.repeat]) {
    const times = kind === 'fromStartSeveral' || kind === 'continueSeveral' ? 2 : 1;
    for (let i = 0; i < times; i++, performed++) {
      const k = growth ** performed;
      const offset = shiftDir ? scaled(shiftDir, shiftLen * performed) : vec3();
      if (kind === 'fromStart' || kind === 'fromStartSeveral') {
        const back = shiftPosture(b, p0, offset);
        b.to(back, Math.max(0.12, inner * DURATION.returnFraction), { ease: 'minimumJerk' });
        replay(b, segs, offset, k, false);
      } else if (kind === 'continue' || kind === 'continueSeveral') {
        replay(b, segs, addScaled3(offset, offset, step, performed), k, false);
      } else {
        // reverse: back along the same path.
        replay(b, segs, offset, k, true);
      }
    }
  }
}
