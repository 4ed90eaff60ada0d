import {
  type Bending,
  type Digit,
  type FingerPart,
  type HandshapeBase,
  type ThumbPosition,
} from '../../sigml/vocab';
import {
  addScaled3,
  axisAngleQ,
  cross3,
  DEG,
  mulQ,
  normalize3,
  quat,
  sub3,
  vec3,
  type Quat,
  type Vec3,
} from '../math';
import { ALONG_FINGERS, PALMAR, RADIAL } from './fingers';
import {
  DIP_MAX_DEG,
  FITTED_HAND_PARAMS,
  type HandParams,
  type Role,
  type Spread,
  type ThumbPlan,
} from './params';
import type { HandModel } from './model';
import { spotOnHand } from './parts';
import { blendHandPose, handFK, makeHandPoints, restHandPose, type HandPose } from './pose';
import { solveThumb, thumbRotations } from './thumb';

/**
 * A handshape as HamNoSys describes it: a base shape, an optional thumb position, a bending for
 * the selected fingers, special finger selection, per-digit bendings, a thumb contact and an
 * optional second shape it lies between.
 */
export interface HandshapeSpec {
  readonly base: HandshapeBase;
  readonly thumb?: ThumbPosition;
  readonly bend?: Bending;
  /** Digits 2–5 that replace the base shape's selected fingers (1 = thumb involved). */
  readonly fingers?: readonly Digit[];
  readonly digitBends?: Readonly<Partial<Record<Digit, Bending>>>;
  /** Selected digits the main bending does not apply to (they keep the base shape's form). */
  readonly exempt?: readonly Digit[];
  /** The first finger crosses over the second (e.g. index over middle). */
  readonly crossed?: readonly [Digit, Digit];
  /** The thumb is put between these two fingers (N, M, T). */
  readonly thumbBetween?: readonly [Digit, Digit];
  /** The thumb tip touches this part of that finger (e.g. the index nail for F). */
  readonly thumbContact?: { readonly part: FingerPart; readonly digit: Digit };
  readonly between?: HandshapeSpec;
}

interface BaseInfo {
  readonly selected: Role;
  readonly other: Role;
  readonly digits: readonly Digit[];
  readonly spread: Spread;
  readonly otherSpread: Spread;
  readonly thumb: Exclude<ThumbPlan, 'between'>;
}

const BASES: Readonly<Record<HandshapeBase, BaseInfo>> = {
  fist: { selected: 'extended', other: 'closed', digits: [], spread: 'together', otherSpread: 'together', thumb: 'overFingers' },
  flat: { selected: 'extended', other: 'closed', digits: [2, 3, 4, 5], spread: 'together', otherSpread: 'together', thumb: 'alongside' },
  finger2: { selected: 'extended', other: 'closed', digits: [2], spread: 'together', otherSpread: 'together', thumb: 'overFingers' },
  finger23: { selected: 'extended', other: 'closed', digits: [2, 3], spread: 'together', otherSpread: 'together', thumb: 'overFingers' },
  finger23spread: { selected: 'extended', other: 'closed', digits: [2, 3], spread: 'vee', otherSpread: 'together', thumb: 'overFingers' },
  finger2345: { selected: 'extended', other: 'closed', digits: [2, 3, 4, 5], spread: 'spread', otherSpread: 'together', thumb: 'alongside' },
  pinch12: { selected: 'pinch', other: 'closed', digits: [2], spread: 'together', otherSpread: 'together', thumb: 'pinch' },
  pinch12open: { selected: 'pinch', other: 'extended', digits: [2], spread: 'together', otherSpread: 'spread', thumb: 'pinch' },
  pinchall: { selected: 'pinchAll', other: 'closed', digits: [2, 3, 4, 5], spread: 'converge', otherSpread: 'together', thumb: 'pinch' },
  cee12: { selected: 'cee', other: 'closed', digits: [2], spread: 'together', otherSpread: 'together', thumb: 'cee' },
  ceeall: { selected: 'cee', other: 'closed', digits: [2, 3, 4, 5], spread: 'together', otherSpread: 'together', thumb: 'cee' },
  ceeopen: { selected: 'ceeWide', other: 'closed', digits: [2, 3, 4, 5], spread: 'spread', otherSpread: 'together', thumb: 'ceeWide' },
}; // prettier-ignore

/** Thumb-to-finger gaps of the C shapes and of an opened pinch, adult metres. */
const CEE_GAP = 0.035;
const CEE_WIDE_GAP = 0.06;
const OPEN_PINCH_GAP = 0.022;
/** How far the thumb tip rests from a surface it touches (finger thickness), adult metres. */
const THUMB_CONTACT_GAP = 0.008;
/** Crossed fingers: spread of the crossing finger towards the other, and of the other away. */
const CROSS_LEAN_DEG = 16;
const CROSS_GIVE_DEG = 5;

let active: HandParams = FITTED_HAND_PARAMS;
let cache = new WeakMap<HandModel, Map<string, HandPose>>();

/** The parameters handshapePose uses (the committed fit unless setHandParams changed them). */
export function handParams(): HandParams {
  return active;
}

/**
 * Makes handshapePose use these parameters from now on (a fit or an evaluation of one); returns
 * the previous ones so the caller can put them back.
 */
export function setHandParams(params: HandParams): HandParams {
  const old = active;
  active = params;
  cache = new WeakMap();
  return old;
}

/** The finger bones' local rotations for a handshape on this hand. Cached per hand model. */
export function handshapePose(model: HandModel, spec: HandshapeSpec): HandPose {
  let m = cache.get(model);
  if (!m) {
    m = new Map();
    cache.set(model, m);
  }
  const key = JSON.stringify(spec);
  let pose = m.get(key);
  if (!pose) {
    pose = handshapePoseWith(model, spec, active);
    m.set(key, pose);
  }
  return pose;
}

/** handshapePose with the given parameters, uncached (what the fit evaluates). */
export function handshapePoseWith(
  model: HandModel,
  spec: HandshapeSpec,
  params: HandParams,
): HandPose {
  const pose = computePose(model, spec, params);
  if (!spec.between) return pose;
  const other = handshapePoseWith(model, spec.between, params);
  return blendHandPose(restHandPose(), pose, other, 0.5);
}

const points = makeHandPoints();
const rotations: Quat[] = Array.from({ length: 15 }, () => quat());
const axis = vec3();
const fingerDir = vec3();
const qSpread = quat();
const qFlex = quat();
const target = vec3();
const spotPos = vec3();
const spotNormal = vec3();

function computePose(model: HandModel, spec: HandshapeSpec, params: HandParams): HandPose {
  const info = BASES[spec.base];
  const special = (spec.fingers ?? []).filter((d) => d !== 1);
  const selected = new Set<Digit>(special.length > 0 ? special : info.digits);
  const pose = restHandPose();
  for (let digit = 2 as Digit; digit <= 5; digit = (digit + 1) as Digit) {
    const isSel = selected.has(digit);
    const role = isSel ? info.selected : info.other;
    let flex: readonly number[] = params.roleFlex[role];
    const exempt = spec.exempt?.includes(digit) ?? false;
    const bend = spec.digitBends?.[digit] ?? (isSel && !exempt ? spec.bend : undefined);
    if (bend) flex = params.bendFlex[bend];
    let spreadDeg = params.spreads[isSel ? info.spread : info.otherSpread][digit - 2]!;
    if (spec.crossed) {
      // The crossing finger leans over its neighbour; the neighbour gives way a little.
      const [over, under] = spec.crossed;
      const towards = under > over ? -1 : 1;
      if (digit === over) spreadDeg += towards * CROSS_LEAN_DEG;
      if (digit === under) spreadDeg -= towards * CROSS_GIVE_DEG;
    }
    setFinger(model, pose, digit - 1, spreadDeg, flex);
  }
  // The thumb goes where its plan puts it, solved against this hand's own geometry.
  handFK(model, pose, points, rotations);
  thumbTarget(model, spec, info, selected, target);
  // The fitted correction of where this plan puts the thumb tip.
  const offset = params.thumbOffsets[thumbPlan(spec, info)];
  addScaled3(target, target, ALONG_FINGERS, offset[0] * model.scale);
  addScaled3(target, target, RADIAL, offset[1] * model.scale);
  addScaled3(target, target, PALMAR, offset[2] * model.scale);
  const angles = solveThumb(model, target);
  const thumbBend = spec.digitBends?.[1];
  if (thumbBend) {
    const flex = params.bendFlex[thumbBend];
    angles.mcp = flex[1] * DEG;
    angles.ip = Math.min(flex[2], DIP_MAX_DEG) * DEG;
  }
  thumbRotations(model, angles, pose);
  return pose;
}

function setFinger(
  model: HandModel,
  pose: HandPose,
  f: number,
  spreadDeg: number,
  flex: readonly number[],
): void {
  const j0 = model.joints[f * 3]!;
  const j1 = model.joints[f * 3 + 1]!;
  normalize3(fingerDir, sub3(fingerDir, j1, j0));
  normalize3(axis, cross3(axis, fingerDir, PALMAR));
  // Positive spread turns the finger towards the thumb: about the palm normal, negative angle.
  axisAngleQ(qSpread, PALMAR, -spreadDeg * DEG);
  axisAngleQ(qFlex, axis, (flex[0] ?? 0) * DEG);
  mulQ(pose[f * 3]!, qSpread, qFlex);
  axisAngleQ(pose[f * 3 + 1]!, axis, (flex[1] ?? 0) * DEG);
  axisAngleQ(pose[f * 3 + 2]!, axis, Math.min(flex[2] ?? 0, DIP_MAX_DEG) * DEG);
}

function thumbPlan(spec: HandshapeSpec, info: BaseInfo): ThumbPlan {
  if (spec.thumbBetween) return 'between';
  if (spec.thumbContact) return 'pinch';
  switch (spec.thumb) {
    case undefined:
      return info.thumb;
    case 'out':
      if (spec.base === 'fist') return 'alongsideFist';
      return info.thumb === 'pinch' || info.thumb === 'cee' ? 'cee' : 'out';
    case 'across':
      return spec.base === 'flat' || spec.base === 'finger2345' ? 'acrossPalm' : 'overFingers';
    case 'opposed':
      if (info.thumb === 'pinch' || info.thumb === 'cee') return 'ceeWide';
      return 'opposed';
  }
}

/** Where the thumb tip goes, in the canonical frame, given the fingers' FK in `points`. */
function thumbTarget(
  model: HandModel,
  spec: HandshapeSpec,
  info: BaseInfo,
  selected: Set<Digit>,
  out: Vec3,
): void {
  const s = model.scale;
  const cmc = points[1]!;
  const reach = model.length * 0.55;
  const plan = thumbPlan(spec, info);
  const sel = [...selected].sort();
  const mean = (pick: (f: number) => Vec3): void => {
    out[0] = 0;
    out[1] = 0;
    out[2] = 0;
    for (const d of sel) {
      const p = pick(d - 1);
      out[0] += p[0] / sel.length;
      out[1] += p[1] / sel.length;
      out[2] += p[2] / sel.length;
    }
  };
  switch (plan) {
    case 'between': {
      // Between two closed fingers: at their middle joints, poking out on the palm side.
      const [a, b] = spec.thumbBetween!;
      const pa = points[2 + (a - 1) * 4]!;
      const pb = points[2 + (b - 1) * 4]!;
      for (let i = 0; i < 3; i++) out[i] = (pa[i]! + pb[i]!) / 2;
      addScaled3(out, out, PALMAR, 0.008 * s);
      return;
    }
    case 'alongside': {
      const idx = points[5]!;
      addScaled3(out, idx, ALONG_FINGERS, 0.022 * s);
      addScaled3(out, out, RADIAL, 0.018 * s);
      addScaled3(out, out, PALMAR, 0.006 * s);
      return;
    }
    case 'alongsideFist': {
      const idx = points[5]!;
      addScaled3(out, idx, ALONG_FINGERS, 0.012 * s);
      addScaled3(out, out, RADIAL, 0.022 * s);
      addScaled3(out, out, PALMAR, 0.012 * s);
      return;
    }
    case 'acrossPalm': {
      const ring = points[13]!;
      addScaled3(out, ring, PALMAR, 0.02 * s);
      addScaled3(out, out, ALONG_FINGERS, -0.01 * s);
      return;
    }
    case 'overFingers': {
      // Across the middle phalanges of the closed index and middle fingers.
      const a = points[6]!;
      const b = points[7]!;
      const c = points[10]!;
      const d = points[11]!;
      for (let i = 0; i < 3; i++) out[i] = (a[i]! + b[i]! + c[i]! + d[i]!) / 4;
      addScaled3(out, out, PALMAR, 0.014 * s);
      return;
    }
    case 'out':
      for (let i = 0; i < 3; i++)
        out[i] = ALONG_FINGERS[i]! * 0.45 + RADIAL[i]! * 0.85 + PALMAR[i]! * 0.12;
      normalize3(out, out);
      addScaled3(out, cmc, out, reach);
      return;
    case 'opposed':
      for (let i = 0; i < 3; i++)
        out[i] = ALONG_FINGERS[i]! * 0.5 + RADIAL[i]! * 0.35 + PALMAR[i]! * 0.8;
      normalize3(out, out);
      addScaled3(out, cmc, out, reach * 0.95);
      return;
    case 'pinch': {
      if (spec.thumbContact) {
        const f = spec.thumbContact.digit - 1;
        spotOnHand(
          model,
          points,
          rotations,
          { kind: 'finger', part: spec.thumbContact.part, finger: f },
          spotPos,
          spotNormal,
        );
        addScaled3(out, spotPos, spotNormal, THUMB_CONTACT_GAP * s);
        return;
      }
      mean((f) => {
        spotOnHand(
          model,
          points,
          rotations,
          { kind: 'finger', part: 'pad', finger: f },
          spotPos,
          spotNormal,
        );
        return addScaled3(spotPos, spotPos, spotNormal, THUMB_CONTACT_GAP * s);
      });
      if (spec.thumb === 'opposed') addScaled3(out, out, PALMAR, OPEN_PINCH_GAP * s);
      return;
    }
    case 'cee':
    case 'ceeWide':
      mean((f) => points[4 + f * 4]!);
      addScaled3(out, out, PALMAR, (plan === 'cee' ? CEE_GAP : CEE_WIDE_GAP) * s);
      addScaled3(out, out, ALONG_FINGERS, -0.01 * s);
      return;
  }
}
