import type { BodySite } from '../../sigml/vocab';
import { normalize3, vec3, type Vec3 } from '../math';
import type { Side } from '../rig';
import type { Skeleton } from '../skeleton';
import { bodyVolumes, penetration, torsoHalfWidth, type Torso, type VolumeBone } from './volumes';

/** A point on (or off) the body surface, with the outward normal, in the rest pose. */
export interface SitePoint {
  readonly bone: VolumeBone;
  readonly pos: Vec3;
  readonly normal: Vec3;
}

/** Lateral placement: on the midline, at the side of the site, or beside it (off the body). */
export const SITE_PLACEMENTS = ['centre', 'at', 'beside'] as const;
export type SitePlacement = (typeof SITE_PLACEMENTS)[number];

/** Face and head sites relative to the head centre, adult metres, with outward normals. */
const HEAD_SITES: Readonly<
  Partial<
    Record<BodySite, { p: readonly [number, number, number]; n: readonly [number, number, number] }>
  >
> = {
  headtop: { p: [0, 0.115, -0.01], n: [0, 1, 0] },
  head: { p: [0, 0.07, 0.075], n: [0, 0.6, 0.8] },
  forehead: { p: [0, 0.05, 0.093], n: [0, 0.35, 0.94] },
  eyebrows: { p: [0, 0.02, 0.097], n: [0, 0.1, 1] },
  eyes: { p: [0.032, -0.01, 0.088], n: [0, 0, 1] },
  nose: { p: [0, -0.035, 0.118], n: [0, 0, 1] },
  nostrils: { p: [0, -0.05, 0.108], n: [0, -0.5, 0.87] },
  lips: { p: [0, -0.075, 0.1], n: [0, 0, 1] },
  teeth: { p: [0, -0.073, 0.098], n: [0, 0, 1] },
  tongue: { p: [0, -0.078, 0.108], n: [0, 0, 1] },
  chin: { p: [0, -0.108, 0.088], n: [0, -0.3, 0.95] },
  underchin: { p: [0, -0.122, 0.05], n: [0, -0.95, 0.3] },
  cheek: { p: [0.052, -0.045, 0.072], n: [0.55, 0, 0.83] },
  ear: { p: [0.08, -0.01, -0.005], n: [1, 0, 0] },
  earlobe: { p: [0.078, -0.045, 0], n: [0.95, -0.3, 0] },
};

/** Sites that exist once per side: without a side mark they are on the hand's own side. */
export const PAIRED_SITES: ReadonlySet<BodySite> = new Set<BodySite>([
  'eyes',
  'cheek',
  'ear',
  'earlobe',
  'shouldertop',
]);

/** Torso site heights: offsets from the shoulder joints (negative = below) or from the hips. */
const SHOULDERS_BELOW = 0.05;
const CHEST_BELOW_SHOULDERS = 0.15;
const STOMACH_ABOVE_HIPS = 0.12;
const BELOW_STOMACH_BELOW_HIPS = 0.04;
const SHOULDERTOP_ABOVE = 0.04;
const SHOULDERTOP_OF_HALF_WIDTH = 0.85;
/** 'at' the side of a torso site: this far round the torso from the front, radians. */
const TORSO_AT_ANGLE = 0.7;
/** 'at' the side of a head site: lateral shift, fraction of the head half-width. */
const HEAD_AT_FRACTION = 0.55;
/** 'beside' a site: this far out from the side of the body part, adult metres. */
const BESIDE_GAP = 0.1;

const cache = new WeakMap<Skeleton, Map<string, SitePoint>>();

/** The site's point for a hand on `side` (the avatar's left or right). Cached per skeleton. */
export function bodySite(
  sk: Skeleton,
  site: BodySite,
  placement: SitePlacement,
  side: Side,
): SitePoint {
  let m = cache.get(sk);
  if (!m) {
    m = new Map();
    cache.set(sk, m);
  }
  const key = `${site}|${placement}|${side}`;
  let sp = m.get(key);
  if (!sp) {
    sp = computeSite(sk, site, placement, side);
    m.set(key, sp);
  }
  return sp;
}

function computeSite(
  sk: Skeleton,
  site: BodySite,
  placement: SitePlacement,
  side: Side,
): SitePoint {
  // +X is the avatar's left.
  const sx = side === 'left' ? 1 : -1;
  const b = sk.body;
  const vols = bodyVolumes(sk);
  const torso = vols.find((v): v is Torso => v.kind === 'torso')!;
  const head = HEAD_SITES[site];
  if (head) {
    const hs = b.headScale;
    const paired = PAIRED_SITES.has(site);
    let x = head.p[0] * hs * (paired ? sx : 1);
    const nx = head.n[0] * (paired ? sx : 1);
    if (!paired && placement !== 'centre') x += sx * HEAD_AT_FRACTION * b.headRadii[0];
    const pos = vec3(
      b.headCenter[0] + x,
      b.headCenter[1] + head.p[1] * hs,
      b.headCenter[2] + head.p[2] * hs,
    );
    const normal = normalize3(vec3(), [
      nx + (!paired && placement !== 'centre' ? sx * 0.5 : 0),
      head.n[1],
      head.n[2],
    ]);
    if (placement === 'beside') {
      pos[0] = b.headCenter[0] + sx * (b.headRadii[0] + BESIDE_GAP * b.bodyScale);
      normal[0] = sx;
      normal[1] = 0;
      normal[2] = 0;
    }
    pushOut(vols, pos, normal);
    return { bone: 'head', pos, normal };
  }
  if (site === 'neck') {
    const n = sk.bones.neck;
    const h = sk.bones.head;
    const pos = vec3((n[0] + h[0]) / 2, (n[1] + h[1]) / 2, (n[2] + h[2]) / 2 + b.neckRadius);
    const normal = vec3(0, 0, 1);
    if (placement !== 'centre') {
      const lateral = placement === 'at' ? 0.7 : 1;
      pos[0] +=
        sx * b.neckRadius * lateral + (placement === 'beside' ? sx * BESIDE_GAP * b.bodyScale : 0);
      pos[2] -= b.neckRadius * (placement === 'at' ? 0.3 : 1);
      normal[0] = sx * 0.7;
      normal[2] = 0.7;
    }
    pushOut(vols, pos, normal);
    return { bone: 'neck', pos, normal };
  }
  const s = b.bodyScale;
  const hipsY = sk.bones.hips[1];
  if (site === 'shouldertop') {
    const x = sx * SHOULDERTOP_OF_HALF_WIDTH * Math.abs(sk.bones[`${side}UpperArm`][0]!);
    const besideShift = placement === 'beside' ? sx * BESIDE_GAP * s : 0;
    const pos = vec3(x + besideShift, b.shoulderY + SHOULDERTOP_ABOVE * s, b.torsoCenterZ);
    return { bone: 'chest', pos, normal: vec3(0, 1, 0) };
  }
  const y =
    site === 'shoulders'
      ? b.shoulderY - SHOULDERS_BELOW * s
      : site === 'chest'
        ? b.shoulderY - CHEST_BELOW_SHOULDERS * s
        : site === 'stomach'
          ? hipsY + STOMACH_ABOVE_HIPS * s
          : hipsY - BELOW_STOMACH_BELOW_HIPS * s;
  const a = torsoHalfWidth(torso, y);
  const d = torso.halfDepth;
  if (placement === 'beside') {
    const pos = vec3(sx * (a + BESIDE_GAP * s), y, torso.centerZ + d * 0.3);
    return { bone: 'chest', pos, normal: vec3(sx, 0, 0) };
  }
  const phi = placement === 'at' ? sx * TORSO_AT_ANGLE : 0;
  const pos = vec3(a * Math.sin(phi), y, torso.centerZ + d * Math.cos(phi));
  // Normal of the ellipse x²/a² + z²/d² = 1 at that point.
  const normal = normalize3(vec3(), [Math.sin(phi) / a, 0, Math.cos(phi) / d]);
  return { bone: 'chest', pos, normal };
}

const push = vec3();

/** Moves a site that lies inside a body volume out to its surface along the site's normal. */
function pushOut(vols: ReturnType<typeof bodyVolumes>, pos: Vec3, normal: Vec3): void {
  for (let iter = 0; iter < 8; iter++) {
    let worst = 0;
    for (const v of vols) worst = Math.max(worst, penetration(v, pos, push));
    if (worst <= 1e-4) return;
    pos[0] += normal[0] * worst;
    pos[1] += normal[1] * worst;
    pos[2] += normal[2] * worst;
  }
}

/**
 * Adult neutral signing space: lateral offset of each hand, height below the shoulders, reach.
 * The height is the chest's (CHEST_BELOW_SHOULDERS and a little): signers keep the hands in front
 * of the chest, where the face and hands are seen together; 0.24 m put them at the waist.
 */
const NEUTRAL_LATERAL = 0.1;
const NEUTRAL_BELOW_SHOULDERS = 0.17;
const NEUTRAL_REACH_OF_ARM = 0.55;

/**
 * The neutral signing space for a hand: in front of the chest on the hand's side, at about
 * half the arm's reach from the shoulder line.
 */
export function neutralSpace(sk: Skeleton, side: Side): SitePoint {
  const b = sk.body;
  const sx = side === 'left' ? 1 : -1;
  const reach = (b.upperArmLength + b.forearmLength) * NEUTRAL_REACH_OF_ARM;
  return {
    bone: 'chest',
    pos: vec3(
      sx * NEUTRAL_LATERAL * b.bodyScale,
      b.shoulderY - NEUTRAL_BELOW_SHOULDERS * b.bodyScale,
      b.torsoCenterZ + b.torsoHalfDepth + reach * 0.6,
    ),
    normal: vec3(0, 0, 1),
  };
}

/** Fingerspelling space, adult metres: beside the dominant shoulder, a little below it. */
const SPELL_LATERAL = 0.17;
const SPELL_BELOW_SHOULDERS = 0.1;
const SPELL_REACH_OF_ARM = 0.5;

/** Where letters of the manual alphabet are made: in front of the hand's shoulder. */
export function fingerspellingSpace(sk: Skeleton, side: Side): SitePoint {
  const b = sk.body;
  const sx = side === 'left' ? 1 : -1;
  const reach = (b.upperArmLength + b.forearmLength) * SPELL_REACH_OF_ARM;
  return {
    bone: 'chest',
    pos: vec3(
      sx * SPELL_LATERAL * b.bodyScale,
      b.shoulderY - SPELL_BELOW_SHOULDERS * b.bodyScale,
      b.torsoCenterZ + b.torsoHalfDepth + reach * 0.7,
    ),
    normal: vec3(0, 0, 1),
  };
}
