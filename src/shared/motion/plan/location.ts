import type { Contact, HandSite, Location } from '../../sigml/spec';
import { bodySite, fingerspellingSpace, neutralSpace, type SitePlacement } from '../body';
import { handFK, makeHandPoints, spotForPose, type HandSpot, type HandshapeSpec } from '../hand';
import {
  addScaled3,
  copy3,
  dot3,
  rotateV,
  sub3,
  vec3,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import { handRotation } from '../orient';
import { otherSide, type Side } from '../rig';
import { handshapePose } from '../hand';
import type { CompileContext } from './context';
import type { HandState } from './config';
import type { Anchor, Posture, Surface } from './types';

/** Contact distances from a site's surface, adult metres. */
const CONTACT_DISTANCE: Readonly<Record<Contact, number>> = {
  touch: 0,
  brushing: 0,
  interlock: 0,
  cross: 0,
  close: 0.03,
};
/** The usual signing distance from a site when no contact is written, adult metres. */
const DEFAULT_DISTANCE = { face: 0.07, head: 0.08, torso: 0.12, arm: 0.06, hand: 0.05 } as const;
/** With the arm extended: this fraction of the arm's reach in front of the site. */
const ARM_EXTENDED_OF_REACH = 0.45;
/** Hands of a symmetric sign at a midline site stand apart by this much each, adult metres. */
const SYMMETRIC_APART = 0.05;
/** A hand pair (constellation) sits this far to the non-dominant side of its location. */
const PAIR_OFFSET = 0.03;

/** How a location is being read for this hand. */
export interface LocationContext {
  readonly side: Side;
  /** The hand follows a location written for the other hand, mirrored (symmetric signs). */
  readonly mirrored: boolean;
  readonly nonIpsi: boolean;
  /** Both hands of a symmetric sign: midline sites are split left and right. */
  readonly symmetricPair: boolean;
  /** The other hand, for locations on it (hand or arm sites). */
  readonly other: Posture | null;
}

const tmpPos = vec3();
const tmpNormal = vec3();

/** The hand part HamNoSys names, with a default finger for finger parts. */
export function spotOfSite(site: HandSite, shape: HandshapeSpec): HandSpot {
  if (site.handPart) {
    const wristPalmSide = site.handPart === 'wristback' && site.surface === 'palmar';
    return { kind: 'hand', part: wristPalmSide ? 'wristpulse' : site.handPart };
  }
  const digits = site.digits.length ? site.digits : [mainDigit(shape)];
  let part = site.fingerPart ?? 'tip';
  // The palm side of a fingertip is its pad, the back its nail.
  if (part === 'tip' && site.surface) part = site.surface === 'palmar' ? 'pad' : 'nail';
  return {
    kind: 'finger',
    part,
    finger: digits[0]! - 1,
    ...(site.surface ? { surface: site.surface } : {}),
  };
}

/** The finger that stands for the hand in finger parts: the first selected finger. */
export function mainDigit(shape: HandshapeSpec): 1 | 2 | 3 | 4 | 5 {
  const special = shape.fingers?.filter((d) => d !== 1);
  if (special?.length) return special[0]!;
  switch (shape.base) {
    case 'flat':
    case 'finger2345':
    case 'ceeall':
    case 'ceeopen':
    case 'pinchall':
      return 3;
    default:
      return 2;
  }
}

const CANDIDATES: readonly HandSpot[] = [
  { kind: 'hand', part: 'palm' },
  { kind: 'hand', part: 'handback' },
  { kind: 'hand', part: 'thumbside' },
  { kind: 'hand', part: 'pinkyside' },
];

/** World offset from the wrist of a spot, and its world normal, for a hand state. */
export function spotOffset(
  ctx: CompileContext,
  side: Side,
  st: HandState,
  spot: HandSpot,
  pos: Vec3,
  normal: Vec3,
): void {
  const model = ctx.models[side];
  spotForPose(model, handshapePose(model, st.shapeSpec), spot, pos, normal);
  if (side === 'left') {
    pos[0] = -pos[0];
    normal[0] = -normal[0];
  }
  const rot = handRotation(side, st.ext, st.palm, [0, 0, 0, 1]);
  rotateV(pos, rot, pos);
  rotateV(normal, rot, normal);
}

/** The part of the hand that faces `towards` (world) best: what touches a site by default. */
export function spotFacing(
  ctx: CompileContext,
  side: Side,
  st: HandState,
  towards: ReadonlyVec3,
): HandSpot {
  const tip: HandSpot = { kind: 'finger', part: 'tip', finger: mainDigit(st.shapeSpec) - 1 };
  const knuckle: HandSpot = { kind: 'finger', part: 'base', finger: mainDigit(st.shapeSpec) - 1 };
  let best: HandSpot = CANDIDATES[0]!;
  let bestDot = -Infinity;
  for (const spot of [...CANDIDATES, tip, knuckle]) {
    spotOffset(ctx, side, st, spot, tmpPos, tmpNormal);
    const d = dot3(tmpNormal, towards);
    if (d > bestDot + 1e-6) {
      bestDot = d;
      best = spot;
    }
  }
  return best;
}

function distanceFor(
  ctx: CompileContext,
  loc: Location,
  region: keyof typeof DEFAULT_DISTANCE,
): number {
  if (loc.armExtended) return ARM_EXTENDED_OF_REACH * ctx.reach;
  const d = loc.contact ? CONTACT_DISTANCE[loc.contact] : DEFAULT_DISTANCE[region];
  return d * ctx.scale;
}

function placementOf(
  loc: Location,
  lc: LocationContext,
  dominantSide: Side,
): { placement: SitePlacement; side: Side } {
  if (!loc.side) return { placement: 'centre', side: lc.side };
  let side = loc.side.of === 'dominant' ? dominantSide : otherSide(dominantSide);
  if (lc.mirrored && !lc.nonIpsi) side = otherSide(side);
  return { placement: loc.side.distance, side };
}

/**
 * The anchor for a location: a body or neutral-space point, a point on the other hand, or a site
 * on the other arm, with the spot of this hand that goes there.
 */
export function locationAnchor(
  ctx: CompileContext,
  loc: Location | undefined,
  st: HandState,
  lc: LocationContext,
): Anchor {
  if (!loc || loc.kind === 'neutral') {
    const n = ctx.fingerspelling
      ? fingerspellingSpace(ctx.sk, lc.side)
      : neutralSpace(ctx.sk, lc.side);
    const point = copy3(vec3(), n.pos);
    point[1] += ctx.style.spaceLift * ctx.scale;
    point[2] += ctx.style.spaceForward * ctx.scale;
    if (loc?.armExtended) point[2] += ARM_EXTENDED_OF_REACH * ctx.reach * 0.5;
    return { kind: 'body', bone: n.bone, point, spot: { kind: 'hand', part: 'palm' } };
  }
  if (loc.between && loc.between.kind === loc.kind) {
    const a = locationAnchor(ctx, { ...loc, between: undefined }, st, lc);
    const b = locationAnchor(ctx, loc.between, st, lc);
    if (a.kind !== 'arm' && b.kind === a.kind) {
      const point = vec3();
      for (let i = 0; i < 3; i++) point[i] = (a.point[i]! + b.point[i]!) / 2;
      return { ...a, point };
    }
    return a;
  }
  switch (loc.kind) {
    case 'body': {
      const { placement, side } = placementOf(loc, lc, ctx.dominantSide);
      const site = bodySite(ctx.sk, loc.site, placement, side);
      const point = copy3(vec3(), site.pos);
      const normal = copy3(vec3(), site.normal);
      if (loc.behind) {
        // Behind the site: the mirror point on the back of the head or body.
        const c = loc.region === 'torso' ? ctx.sk.body.torsoCenterZ : ctx.sk.body.headCenter[2];
        point[2] = 2 * c - point[2];
        normal[2] = -normal[2];
      }
      if (lc.symmetricPair && placement === 'centre' && !isPaired(loc.site)) {
        point[0] += (lc.side === 'left' ? 1 : -1) * SYMMETRIC_APART * ctx.scale;
      }
      const region = loc.region === 'torso' ? 'torso' : loc.region === 'head' ? 'head' : 'face';
      const dist = distanceFor(ctx, loc, region);
      const surface: Surface = { point: copy3(vec3(), point), normal };
      const spot = loc.contactBy
        ? spotOfSite(loc.contactBy, st.shapeSpec)
        : loc.region !== 'torso' && st.ext[1] > FINGERS_UP
          ? knuckleSpot(st)
          : spotFacing(ctx, lc.side, st, negate(normal));
      // Keep the rest of the hand in front of the site's surface too (not only the spot).
      addScaled3(point, point, normal, dist + clearance(ctx, lc.side, st, spot, normal));
      return { kind: 'body', bone: site.bone, point, spot, surface };
    }
    case 'hand': {
      const other = lc.other;
      const otherSt = other ?? null;
      const otherSpot = otherSt
        ? spotOfSite(loc.site, otherSt.shapeSpec)
        : ({ kind: 'hand', part: 'palm' } as const);
      const oSide = otherSide(lc.side);
      const pos = vec3();
      const normal = vec3();
      const model = ctx.models[oSide];
      spotForPose(
        model,
        otherSt ? otherSt.shape : handshapePose(model, { base: 'flat' }),
        otherSpot,
        pos,
        normal,
      );
      const dist = distanceFor(ctx, loc, 'hand');
      const surface: Surface = { point: copy3(vec3(), pos), normal: copy3(vec3(), normal) };
      addScaled3(pos, pos, normal, dist);
      let spot: HandSpot;
      if (loc.contactBy) spot = spotOfSite(loc.contactBy, st.shapeSpec);
      else {
        // Face the other hand's site: its normal in world terms, reversed.
        const wn = copy3(vec3(), normal);
        if (oSide === 'left') wn[0] = -wn[0];
        if (otherSt) rotateV(wn, otherSt.rot, wn);
        spot = spotFacing(ctx, lc.side, st, negate(wn));
      }
      return { kind: 'hand', point: pos, spot, surface };
    }
    case 'arm': {
      const spot = loc.contactBy
        ? spotOfSite(loc.contactBy, st.shapeSpec)
        : spotFacing(ctx, lc.side, st, [0, -1, 0]);
      return { kind: 'arm', site: loc.site, distance: distanceFor(ctx, loc, 'arm'), spot };
    }
  }
}

/**
 * A hand whose fingers point up (ext's vertical component above this) at a head or face site
 * meets it with the knuckles: placed by the palm or the back of the hand, the fingers stand a
 * hand's length above the site, over the head (HELLO at the forehead went above the head).
 */
const FINGERS_UP = 0.7;

function knuckleSpot(st: HandState): HandSpot {
  return { kind: 'finger', part: 'base', finger: mainDigit(st.shapeSpec) - 1 };
}

/** Finger bones lie this far inside the skin, adult metres: points that close behind are fine. */
const BONE_DEPTH = 0.009;
const clearPoints = makeHandPoints();
const clearSpot = vec3();
const clearNormal = vec3();
const clearP = vec3();

/**
 * How far the hand reaches behind its spot along `normal` (metres ≥ 0): the spot's shift needed
 * so that no part of the hand lies behind the tangent plane of the site it is placed against.
 */
export function clearance(
  ctx: CompileContext,
  side: Side,
  st: HandState,
  spot: HandSpot,
  normal: ReadonlyVec3,
): number {
  const model = ctx.models[side];
  const pose = handshapePose(model, st.shapeSpec);
  handFK(model, pose, clearPoints);
  spotOffset(ctx, side, st, spot, clearSpot, clearNormal);
  const rot = handRotation(side, st.ext, st.palm, [0, 0, 0, 1]);
  let behind = 0;
  for (const p of clearPoints) {
    copy3(clearP, p);
    if (side === 'left') clearP[0] = -clearP[0];
    rotateV(clearP, rot, clearP);
    const d = -dot3(sub3(clearP, clearP, clearSpot), normal) - BONE_DEPTH * model.scale;
    if (d > behind) behind = d;
  }
  return behind;
}

function isPaired(site: string): boolean {
  return (
    site === 'eyes' ||
    site === 'cheek' ||
    site === 'ear' ||
    site === 'earlobe' ||
    site === 'shouldertop'
  );
}

function negate(v: ReadonlyVec3): Vec3 {
  return [-v[0], -v[1], -v[2]];
}

/** A pair of hands placed together (constellation): shift of the pair towards the other side. */
export function pairShift(ctx: CompileContext, side: Side): number {
  return (side === 'left' ? 1 : -1) * PAIR_OFFSET * ctx.scale;
}

/** Anchor moved to a new distance from the surface it was placed against (a bare contact). */
export function withContact(ctx: CompileContext, a: Anchor, contact: Contact): Anchor {
  if (a.kind === 'arm') return { ...a, distance: CONTACT_DISTANCE[contact] * ctx.scale };
  if (!a.surface) return a;
  const point = addScaled3(
    vec3(),
    a.surface.point,
    a.surface.normal,
    CONTACT_DISTANCE[contact] * ctx.scale,
  );
  return { ...a, point };
}
