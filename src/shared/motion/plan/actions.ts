import type { Action } from '../../sigml/spec';
import { normalize3, vec3 } from '../math';
import { TrackBuilder } from './builder';
import { applyMirror, NO_MIRROR } from './context';
import { par, repeat } from './combine';
import { merge, scaled, type CompileEnv, type Mods } from './env';
import { circle, fingerPlay, replace, straight, wrist } from './moves';
import { targetPosture } from './targets';
import { DURATION, mannerEasing, mannerFactor, mannerHold, SIZE } from './timing';

export { NO_MODS, type BodyPartSink, type CompileEnv, type Mods, type Role } from './env';

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
      b.to(b.shifted(b.current, scaled(d, SIZE.cross * b.ctx.moveScale)), dur, {
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
      return par(b, a.actions, merge(mods, a), env, compileAction);
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
        compileAction,
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
