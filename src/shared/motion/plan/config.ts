import type { Bending, Digit, Handshape, HandConfig } from '../../sigml/spec';
import { handshapePose, type HandshapeSpec } from '../hand';
import {
  addScaled3,
  copy3,
  fromUnitVectorsQ,
  normalize3,
  quat,
  reject3,
  rotateV,
  vec3,
  type Quat,
  type Vec3,
} from '../math';
import {
  directionVector,
  handRotation,
  palmNormal,
  palmVectorForward,
  presentLetter,
} from '../orient';
import type { Side } from '../rig';
import { applyMirror, type CompileContext, type Mirror } from './context';
import type { Anchor, Posture } from './types';

/** Handshape and orientation of a hand, without its place. */
export interface HandState {
  readonly shapeSpec: HandshapeSpec;
  readonly ext: Vec3;
  readonly palm: Vec3;
}

/** Bases whose bare digits replace the selected fingers; for the others they are exempted. */
const SELECTING_BASES = new Set([
  'finger2',
  'finger23',
  'finger23spread',
  'pinch12',
  'pinch12open',
  'pinchall',
  'cee12',
  'ceeall',
  'ceeopen',
]);

/** The SignSpec handshape as the hand module's HandshapeSpec (see spec.ts for the rules). */
export function handshapeFromSpec(h: Handshape): HandshapeSpec {
  const fingers: Digit[] = [];
  const exempt: Digit[] = [];
  const digitBends: Partial<Record<Digit, Bending>> = {};
  for (const d of h.digits) {
    if (d.bend) digitBends[d.digit] = d.bend;
    else if (h.base === 'fist' || SELECTING_BASES.has(h.base)) fingers.push(d.digit);
    else if (d.digit !== 1) exempt.push(d.digit);
  }
  let thumbContact: HandshapeSpec['thumbContact'];
  let crossed: [Digit, Digit] | undefined;
  for (const c of h.contacts) {
    if (c.first === 1) thumbContact = { part: c.part, digit: c.second };
    else if (c.second === 1) thumbContact = { part: c.part, digit: c.first };
    else crossed = [c.first, c.second];
  }
  // A bare thumb named after a fist: the thumb sticks out (as in "thumbs up").
  const thumb = h.thumb ?? (fingers.includes(1) ? 'out' : undefined);
  return {
    base: h.base,
    ...(thumb ? { thumb } : {}),
    ...(h.bend ? { bend: h.bend } : {}),
    ...(fingers.some((d) => d !== 1) ? { fingers: fingers.filter((d) => d !== 1) } : {}),
    ...(Object.keys(digitBends).length ? { digitBends } : {}),
    ...(exempt.length ? { exempt } : {}),
    ...(thumbContact ? { thumbContact } : {}),
    ...(crossed ? { crossed } : {}),
    ...(h.thumbBetween ? { thumbBetween: h.thumbBetween } : {}),
    ...(h.between ? { between: handshapeFromSpec(h.between) } : {}),
  };
}

/** A relaxed, slightly curved open hand: the default and the rest pose's shape. */
export const DEFAULT_SHAPE: HandshapeSpec = { base: 'flat', bend: 'round', thumb: 'out' };
export const RELAXED_SHAPE: HandshapeSpec = { base: 'finger2345', bend: 'round' };

/** Nominal forearm direction of a right hand in front of the body (for relative orientation). */
const FOREARM_NOMINAL: readonly [number, number, number] = [0.3, 0.35, 0.88];
const rel = quat();
const tmp = vec3();

/**
 * The hand state after a configuration: parts not given are kept from `prev` (or defaults),
 * written for the dominant hand and mirrored by `mirror` for the other.
 */
export function applyConfig(
  cfg: HandConfig | undefined,
  prev: HandState | undefined,
  mirror: Mirror,
): HandState {
  const shapeSpec = cfg?.handshape
    ? handshapeFromSpec(cfg.handshape)
    : (prev?.shapeSpec ?? DEFAULT_SHAPE);
  let ext: Vec3;
  let palm: Vec3;
  const extSpec = cfg?.extFinger;
  const palmSpec = cfg?.palm;
  if (extSpec) {
    ext = directionVector(extSpec.dir);
    if (extSpec.between) addScaled3(ext, ext, directionVector(extSpec.between), 1);
    normalize3(ext, ext, [0, 0, 1]);
  } else {
    ext = prev ? unmirror(prev.ext, mirror) : directionVector('uo');
  }
  if (palmSpec) {
    const fwd = palmVectorForward(palmSpec.dir);
    if (palmSpec.between) addScaled3(fwd, fwd, palmVectorForward(palmSpec.between), 1);
    normalize3(fwd, fwd, [0, -1, 0]);
    palm = palmNormal(ext, fwd, vec3());
  } else if (prev) {
    palm = reject3(vec3(), unmirror(prev.palm, mirror), ext);
    if (Math.sqrt(palm[0] * palm[0] + palm[1] * palm[1] + palm[2] * palm[2]) < 0.2)
      palm = palmNormal(ext, palmVectorForward('l'), vec3());
    normalize3(palm, palm);
  } else {
    palm = palmNormal(ext, palmVectorForward('l'), vec3());
  }
  if (extSpec?.relative || palmSpec?.relative) {
    normalize3(tmp, [...FOREARM_NOMINAL]);
    fromUnitVectorsQ(rel, [0, 0, 1], tmp);
    rotateV(ext, rel, ext);
    rotateV(palm, rel, palm);
  }
  applyMirror(mirror, ext);
  applyMirror(mirror, palm);
  return { shapeSpec, ext, palm };
}

function unmirror(v: Vec3, m: Mirror): Vec3 {
  return applyMirror(m, copy3(vec3(), v));
}

/** A full posture from a state and an anchor, for the given hand. */
export function makePosture(
  ctx: CompileContext,
  side: Side,
  st: HandState,
  anchor: Anchor,
): Posture {
  let { ext, palm } = st;
  if (ctx.fingerspelling) {
    // A letter is held as signers present it, not along the body's axes as written.
    ext = copy3(vec3(), ext);
    palm = copy3(vec3(), palm);
    presentLetter(side, ext, palm);
  }
  const rot: Quat = handRotation(side, ext, palm, quat());
  return {
    shapeSpec: st.shapeSpec,
    shape: handshapePose(ctx.models[side], st.shapeSpec),
    ext,
    palm,
    rot,
    anchor,
  };
}
