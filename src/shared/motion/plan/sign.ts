import type { Action, HandSite, ManualSpec, SignSpec } from '../../sigml/spec';
import { addScaled3, copy3, vec3 } from '../math';
import { bodyPartEffects, featureEffects, type NmEffect } from '../nonmanual';
import { otherSide, type Side } from '../rig';
import { compileAction, NO_MODS, type CompileEnv, type Role } from './actions';
import { TrackBuilder } from './builder';
import { applyConfig, makePosture, type HandState } from './config';
import { MIRROR_X, NO_MIRROR, type CompileContext, type Mirror } from './context';
import {
  clearance,
  locationAnchor,
  pairShift,
  spotFacing,
  spotOfSite,
  type LocationContext,
} from './location';
import { DURATION } from './timing';
import type { Anchor, HandTrack, Posture } from './types';
import type { HandSpot } from '../hand';

/** A sign compiled to motion: per-hand tracks in sign time [0, duration] and face/body effects. */
export interface SignPlan {
  readonly gloss: string;
  readonly duration: number;
  /** null: the hand takes no part in the sign (it rests). */
  readonly tracks: Readonly<Record<Side, HandTrack | null>>;
  readonly effects: readonly NmEffect[];
}

function siteOfSpot(spot: HandSpot): HandSite {
  const src = { start: 0, end: 0 };
  return spot.kind === 'hand'
    ? { handPart: spot.part, digits: [], src }
    : { fingerPart: spot.part, digits: [(spot.finger + 1) as 1 | 2 | 3 | 4 | 5], src };
}

function hasAlternation(actions: readonly Action[]): boolean {
  return actions.some((a) => {
    if ('alternating' in a && a.alternating) return true;
    if (a.kind === 'seq' || a.kind === 'par') return hasAlternation(a.actions);
    if (a.kind === 'repeat') return hasAlternation([a.action]);
    return false;
  });
}

interface PartStart {
  readonly active: Side;
  readonly twoHanded: boolean;
  readonly postures: Partial<Record<Side, Posture>>;
  readonly mirror: Mirror;
  readonly roles: Partial<Record<Side, Role>>;
  readonly symmetric: boolean;
  readonly nonIpsi: boolean;
}

/** Initial postures of a manual part, given the hands' states from before (compounds). */
function startPart(
  ctx: CompileContext,
  m: ManualSpec,
  prev: Partial<Record<Side, HandState>>,
): PartStart {
  const active = m.nondominantOnly ? otherSide(ctx.dominantSide) : ctx.dominantSide;
  const passive = otherSide(active);
  const twoHanded = m.twoHanded && !m.nondominantOnly;
  const sym = m.symmetry;
  const dom = applyConfig(m.hands.dominant, prev[active], NO_MIRROR);
  let nd: HandState | null = null;
  if (twoHanded) {
    nd = sym
      ? applyConfig(
          m.hands.nondominant,
          applyConfig(m.hands.dominant, prev[active], MIRROR_X),
          NO_MIRROR,
        )
      : applyConfig(m.hands.nondominant, prev[passive], NO_MIRROR);
  }
  const mirror: Mirror = sym
    ? { x: sym.kind === 'lr', y: sym.udMirror, z: sym.oiMirror }
    : NO_MIRROR;
  const lc = (side: Side, mirrored: boolean, other: Posture | null): LocationContext => ({
    side,
    mirrored,
    nonIpsi: sym?.nonIpsi ?? false,
    symmetricPair: !!sym,
    other,
  });
  const p = m.placement;
  const postures: Partial<Record<Side, Posture>> = {};
  const c = p?.constellation;
  if (nd && c) {
    // The hand pair at its location; the dominant hand placed against the other one.
    const where = c.where ?? p?.location;
    const centre = locationAnchor(ctx, where, dom, lc(active, false, null));
    const point = copy3(vec3(), centre.kind === 'arm' ? ctx.sk.bones.chest : centre.point);
    if (!where || where.kind === 'neutral') point[0] = 0;
    point[0] += pairShift(ctx, passive);
    const towardsActive: [number, number, number] = [active === 'left' ? 1 : -1, 0, 0];
    const ndSpot = c.nondominantSite
      ? spotOfSite(c.nondominantSite, nd.shapeSpec)
      : spotFacing(ctx, passive, nd, towardsActive);
    if (centre.kind === 'body' && centre.surface && where?.kind === 'body') {
      // The pair stands in front of its site: keep the base hand clear of the body as a whole.
      const n = centre.surface.normal;
      const extra =
        clearance(ctx, passive, nd, ndSpot, n) - clearance(ctx, active, dom, centre.spot, n);
      if (extra > 0) addScaled3(point, point, n, extra);
    }
    const ndAnchor: Anchor = { kind: 'body', bone: 'chest', point, spot: ndSpot };
    postures[passive] = makePosture(ctx, passive, nd, ndAnchor);
    const domAnchor = locationAnchor(
      ctx,
      {
        kind: 'hand',
        site: c.nondominantSite ?? siteOfSpot(ndSpot),
        ...(c.dominantSite ? { contactBy: c.dominantSite } : {}),
        ...(c.contact ? { contact: c.contact } : {}),
        armExtended: false,
        behind: false,
        approximate: false,
        src: c.src,
      },
      dom,
      lc(active, false, postures[passive]!),
    );
    postures[active] = makePosture(ctx, active, dom, domAnchor);
  } else if (p?.location && (p.location.kind === 'hand' || p.location.kind === 'arm')) {
    const ndState = nd ?? applyConfig(undefined, prev[passive], NO_MIRROR);
    const ndAnchor = locationAnchor(ctx, p.nondominant, ndState, lc(passive, false, null));
    if (!p.nondominant && ndAnchor.kind === 'body') ndAnchor.point[0] *= 0.5; // towards the midline
    postures[passive] = makePosture(ctx, passive, ndState, ndAnchor);
    postures[active] = makePosture(
      ctx,
      active,
      dom,
      locationAnchor(ctx, p.location, dom, lc(active, false, postures[passive]!)),
    );
  } else {
    postures[active] = makePosture(
      ctx,
      active,
      dom,
      locationAnchor(ctx, p?.location, dom, lc(active, false, null)),
    );
    if (nd) {
      const ndAnchor = p?.nondominant
        ? locationAnchor(ctx, p.nondominant, nd, lc(passive, false, postures[active]!))
        : locationAnchor(
            ctx,
            sym ? p?.location : undefined,
            nd,
            lc(passive, !!sym, postures[active]!),
          );
      postures[passive] = makePosture(ctx, passive, nd, ndAnchor);
    }
  }
  const roles: Partial<Record<Side, Role>> = { [active]: 'dom' };
  if (
    postures[passive] &&
    (twoHanded || p?.location?.kind === 'hand' || p?.location?.kind === 'arm')
  ) {
    roles[passive] = sym ? 'sym' : 'base';
  }
  return {
    active,
    twoHanded: roles[passive] !== undefined,
    postures,
    mirror,
    roles,
    symmetric: !!sym,
    nonIpsi: sym?.nonIpsi ?? false,
  };
}

/** Compiles a sign (all its manual parts and non-manual tiers) into a SignPlan. */
export function planSign(ctx: CompileContext, spec: SignSpec): SignPlan {
  const manuals = spec.manual ? [spec.manual, ...(spec.compound ?? [])] : [];
  const builders: Partial<Record<Side, TrackBuilder>> = {};
  const effects: NmEffect[] = [];
  const sink = {
    bodyPart: (site: string, a: Action, t0: number, t1: number) =>
      effects.push(...bodyPartEffects(site, a, t0, t1)),
  };
  let t = 0;
  for (const m of manuals) {
    const prev: Partial<Record<Side, HandState>> = {};
    for (const side of ['left', 'right'] as const)
      if (builders[side]) prev[side] = builders[side].state;
    const part = startPart(ctx, m, prev);
    // Bring (or start) each hand at its initial posture.
    for (const side of ['left', 'right'] as const) {
      const p = part.postures[side];
      if (!p || !part.roles[side]) continue;
      const role = part.roles[side]!;
      const mirror = role === 'sym' ? part.mirror : NO_MIRROR;
      const cfgMirror = role === 'sym' ? MIRROR_X : NO_MIRROR;
      const b = builders[side];
      if (!b) {
        const nb = new TrackBuilder(ctx, side, mirror, cfgMirror, p);
        // A hand that joins a later part of a compound waits in its first posture.
        nb.hold(t);
        builders[side] = nb;
      } else {
        const nb = new TrackBuilder(ctx, side, mirror, cfgMirror, b.current);
        nb.segments.push(...b.segments);
        nb.t = b.t;
        nb.holdUntil(t);
        if (nb.segments.length > 0 || t > 0) nb.to(p, DURATION.compoundGap);
        builders[side] = nb;
      }
    }
    const activeB = builders[part.active]!;
    const passiveSide = otherSide(part.active);
    const passiveB = part.roles[passiveSide] ? builders[passiveSide]! : null;
    activeB.other = passiveB;
    if (passiveB) passiveB.other = activeB;
    const all = passiveB ? [activeB, passiveB] : [activeB];
    const start = Math.max(...all.map((b) => b.t));
    for (const b of all) b.holdUntil(start + DURATION.holdStart);
    const partStart = activeB.t;
    const envOf = (side: Side): CompileEnv => ({
      role: part.roles[side]!,
      symmetric: part.symmetric,
      nonIpsi: part.nonIpsi,
      sink: side === part.active ? sink : null,
    });
    let firstActionEnd = -1;
    for (const a of m.actions) {
      compileAction(activeB, a, NO_MODS, envOf(part.active));
      if (passiveB) compileAction(passiveB, a, NO_MODS, envOf(passiveSide));
      const end = Math.max(...all.map((b) => b.t));
      for (const b of all) b.holdUntil(end);
      if (firstActionEnd < 0) firstActionEnd = end;
    }
    if (m.actions.length === 0) for (const b of all) b.hold(DURATION.staticSign);
    if (
      passiveB &&
      part.symmetric &&
      (m.symmetry?.outOfPhase || hasAlternation(m.actions)) &&
      firstActionEnd > partStart
    ) {
      // Out of phase: the second hand runs half a movement behind.
      const delay = (firstActionEnd - partStart) / 2;
      const held = passiveB.segments.find((s) => s.t0 >= partStart - 1e-9);
      for (const s of passiveB.segments) {
        if (s.t0 >= partStart - 1e-9) {
          s.t0 += delay;
          s.t1 += delay;
        }
      }
      const idx = passiveB.segments.findIndex((s) => s.t0 >= partStart + delay - 1e-9);
      const from = held?.from ?? passiveB.current;
      passiveB.segments.splice(idx < 0 ? passiveB.segments.length : idx, 0, {
        t0: partStart,
        t1: partStart + delay,
        from,
        to: from,
        ease: 'linear',
        path: null,
        wrist: null,
        fingerPlay: null,
        reversed: false,
      });
      passiveB.t += delay;
      activeB.holdUntil(passiveB.t);
    }
    for (const b of all) b.hold(DURATION.holdEnd);
    t = Math.max(...all.map((b) => b.t));
  }
  const duration = manuals.length ? t : DURATION.staticSign;
  for (const side of ['left', 'right'] as const) builders[side]?.holdUntil(duration);
  effects.push(...featureEffects(spec.nonManual, 0, duration));
  return {
    gloss: spec.gloss,
    duration,
    tracks: {
      left: builders.left ? { side: 'left', segments: builders.left.segments } : null,
      right: builders.right ? { side: 'right', segments: builders.right.segments } : null,
    },
    effects,
  };
}
