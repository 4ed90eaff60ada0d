import type { Action, RepeatAction } from '../../sigml/spec';
import { addScaled3, sub3, vec3, type Vec3 } from '../math';
import { TrackBuilder } from './builder';
import { movementVector } from './directions';
import { scaled, type CompileEnv, type CompileFn, type Mods } from './env';
import { scalePath } from './paths';
import { DURATION, SIZE, sizeKey } from './timing';
import type { PathSpec, Posture, Segment, WristSpec } from './types';

/** Simultaneous movements of the same hand merge into one segment where each is one segment. */
export function par(
  b: TrackBuilder,
  actions: readonly Action[],
  m: Mods,
  env: CompileEnv,
  compile: CompileFn,
): void {
  const start = b.current;
  const results: Segment[] = [];
  for (const a of actions) {
    const s = new TrackBuilder(b.ctx, b.side, b.mirror, b.configMirror, start, b.other);
    compile(s, a, m, env);
    const active = s.segments.filter(
      (seg) => seg.from !== seg.to || seg.path || seg.wrist || seg.fingerPlay,
    );
    if (active.length !== 1) {
      // Not a simple simultaneous combination: perform the parts one after another.
      for (const a of actions) compile(b, a, m, env);
      return;
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

export function repeat(
  b: TrackBuilder,
  a: RepeatAction,
  m: Mods,
  env: CompileEnv,
  compile: CompileFn,
): void {
  const k0 = b.segments.length;
  const t0 = b.t;
  const p0 = b.current;
  compile(b, a.action, m, env);
  const segs = b.segments.slice(k0);
  const inner = b.t - t0;
  if (segs.length === 0 || inner <= 0) return;
  const p1 = b.current;
  const step = sub3(vec3(), b.estimateSpot(p1), b.estimateSpot(p0));
  const shiftDir = a.shift ? movementVector(a.shift.dir, undefined, b.mirror) : null;
  const shiftLen = a.shift
    ? SIZE.straight[sizeKey(a.shift.size ?? 'small')] * b.ctx.moveScale * 0.5
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
