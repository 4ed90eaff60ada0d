import {
  addScaled3,
  copy3,
  copyQ,
  identityQ,
  axisAngleQ,
  clamp,
  conjugateQ,
  cross3,
  DEG,
  distance3,
  dot3,
  length3,
  mulQ,
  normalize3,
  quat,
  reject3,
  relativeQ,
  rotateV,
  sub3,
  vec3,
  type Quat,
  type ReadonlyQuat,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import type { Side } from '../rig';
import type { Skeleton } from '../skeleton';
import { attachedPoint, type BodyState } from '../pose';
import {
  armBoneWorld,
  armRestFrame,
  SUPINATION_MAX,
  SUPINATION_MIN,
  twistForearm,
  wrapSupination,
} from './arm-frame';

/** Local rotations the arm solver writes for one side (normalized rig, relative to parents). */
export interface ArmLocals {
  readonly shoulder: Quat;
  readonly upperArm: Quat;
  readonly lowerArm: Quat;
  readonly hand: Quat;
}

/** World positions the solver reaches, for collision checks and landmarks. */
export interface ArmWorld {
  readonly shoulderJoint: Vec3;
  readonly elbow: Vec3;
  readonly wrist: Vec3;
  readonly upperArmRot: Quat;
  readonly lowerArmRot: Quat;
  readonly handRot: Quat;
}

export function makeArmLocals(): ArmLocals {
  return { shoulder: quat(), upperArm: quat(), lowerArm: quat(), hand: quat() };
}

export function makeArmWorld(): ArmWorld {
  return {
    shoulderJoint: vec3(),
    elbow: vec3(),
    wrist: vec3(),
    upperArmRot: quat(),
    lowerArmRot: quat(),
    handRot: quat(),
  };
}

/** Shoulder (clavicle) elevation when the hand is a full arm length above the shoulder, rad. */
const SHOULDER_RAISE_MAX = 18 * DEG;
/** Shoulder protraction when the hand reaches a full arm length across the body, rad. */
const SHOULDER_FORWARD_MAX = 12 * DEG;
/** Preferred elbow direction in the chest frame: down, out to the side, a little back. */
const ELBOW_DOWN = -1;
const ELBOW_OUT = 0.45;
const ELBOW_BACK = -0.2;
/** The folded arm's wrist stays at least this much beyond |upper arm − forearm| from the
 * shoulder joint (the forearm's flesh against the upper arm's), adult metres. */
const FOLD_MARGIN = 0.01;
/** How far the shoulder girdle turns to make room for a wrist target by the shoulder, rad. */
const SHOULDER_YIELD_MAX = 25 * DEG;
const YIELD_ITERATIONS = 16;
/** Elbow swivel candidates about the shoulder–wrist axis, then halving refinement, radians. */
const SWIVEL_RANGE = 130 * DEG;
const SWIVEL_STEP = 32.5 * DEG;
const SWIVEL_FINEST = 1 * DEG;
/** Cost of moving the swivel away from the previous frame's, per radian squared. */
const W_CONTINUITY = 2;
/** Local search from the previous frame's swivel: first step; a global search every N frames
 * or when the local result costs more than this (e.g. the elbow is in the body). */
const SWIVEL_WARM_STEP = 8 * DEG;
const GLOBAL_EVERY = 4;
const WARM_COST_LIMIT = 1;
/** Cost weights: swivel away from natural, wrist bend, forearm twist beyond its range, collision. */
const W_SWIVEL = 0.5 / (60 * DEG) ** 2;
const W_TWIST = 4;
const W_PENETRATION = 400; // per metre
/**
 * Elbow-height prior. Signers let the wrist bend and keep the elbow hanging: below the wrist and
 * a little below the shoulder joint unless the hand is high. The wrist-bend term alone lifted it
 * (scripts/elbow-heights.ts on the ase pack: HELLO's elbow 0.45 shoulder widths above the
 * shoulder joint; 38 signs with an elbow above the shoulder while the wrist was below it). Each
 * candidate pays for its elbow's height above min(shoulder joint − ELBOW_BELOW_SHOULDER, wrist),
 * counted from the lowest elbow this wrist allows (a hand above the head lifts the elbow for
 * free as far as it must), in upper-arm lengths squared. Weight 24: a quarter upper arm of
 * needless height costs as much as 1.5 rad² of bend (70° → 100°), so the wrist bends first
 * (HELLO: elbow −0.05 shoulder widths, its largest bend 94° → 101°; no sign lifts the elbow
 * over the shoulder with the wrist below it). A wrist-bend limit term was tried and dropped: the
 * pack's held hand orientations need 70–90° of bend at every swivel (a vertical hand with the
 * wrist 0.2 m below the shoulder), so it only pushed the elbows back up.
 */
const ELBOW_BELOW_SHOULDER = 0.05; // adult metres
const W_ELBOW_HIGH = 24;

const ARM_BONES = {
  left: {
    shoulder: 'leftShoulder',
    upperArm: 'leftUpperArm',
    lowerArm: 'leftLowerArm',
    hand: 'leftHand',
  },
  right: {
    shoulder: 'rightShoulder',
    upperArm: 'rightUpperArm',
    lowerArm: 'rightLowerArm',
    hand: 'rightHand',
  },
} as const;
const Z_AXIS: ReadonlyVec3 = [0, 0, 1];
const Y_AXIS: ReadonlyVec3 = [0, 1, 0];
const X_AXIS: ReadonlyVec3 = [1, 0, 0];
const NEG_X: ReadonlyVec3 = [-1, 0, 0];
const NEG_Y: ReadonlyVec3 = [0, -1, 0];

/** A function the solver asks how deep a world point lies inside the body (metres, ≤ 0 outside). */
export type DepthProbe = (p: ReadonlyVec3) => number;

const s0 = vec3(); // rest upper-arm joint
const tmp = vec3();
const tmp2 = vec3();
const u = vec3();
const v = vec3();
const pole = vec3();
const elbow = vec3();
const fore = vec3();
const upper = vec3();
const hinge = vec3();
const a0 = vec3();
const restBInv = quat();
const qa = quat();
const qb = quat();
const shoulderWorldQ = quat();
const swivelQ = quat();
const wrist = vec3();

/**
 * Analytic two-bone arm IK: the shoulder rises and comes forward a little with the target, the
 * elbow takes the swivel that keeps the wrist least bent and the arm out of the body, the forearm
 * takes the twist (pronation/supination) and the hand gets exactly `handRot`.
 */
export function solveArm(
  sk: Skeleton,
  side: Side,
  body: BodyState,
  target: ReadonlyVec3,
  handRot: ReadonlyQuat,
  probe: DepthProbe | null,
  locals: ArmLocals,
  world: ArmWorld,
  extraRaise = 0,
  extraForward = 0,
  warm: { phi: number; frames: number } | null = null,
): void {
  const sx = side === 'left' ? 1 : -1;
  const b = sk.bones;
  const names = ARM_BONES[side];
  const shoulderBone = names.shoulder;
  const upperArmRest = b[names.upperArm];
  const lowerArmRest = b[names.lowerArm];
  const L1 = distance3(upperArmRest, lowerArmRest);
  const L2 = distance3(lowerArmRest, b[names.hand]);
  const reach = L1 + L2;

  // Shoulder: raise with the target's height, protract when the hand crosses the midline.
  const parent = body.rot.upperChest;
  attachedPoint(body, sk, 'upperChest', upperArmRest, s0);
  sub3(tmp, target, s0);
  conjugateQ(qa, parent);
  rotateV(tmp, qa, tmp); // target relative to the shoulder, chest frame
  const raise = SHOULDER_RAISE_MAX * clamp(tmp[1] / reach + 0.15, 0, 1) + extraRaise;
  const forward = SHOULDER_FORWARD_MAX * clamp((-sx * tmp[0]) / reach, 0, 1) + extraForward;
  axisAngleQ(qa, Z_AXIS, sx * raise);
  axisAngleQ(qb, Y_AXIS, -sx * forward);
  mulQ(locals.shoulder, qb, qa);
  if (sk.missing.indexOf(shoulderBone) >= 0) identityQ(locals.shoulder);
  mulQ(shoulderWorldQ, parent, locals.shoulder);
  // Upper-arm joint after the shoulder moved.
  const S = world.shoulderJoint;
  shoulderJoint(sk, body, shoulderBone, upperArmRest, shoulderWorldQ, S);
  // A wrist target closer to the shoulder joint than the folded arm reaches (a fingertip on the
  // ear with the wrist by the shoulder): the shoulder girdle gives way instead of the hand
  // falling short of its contact.
  const minReach = Math.abs(L1 - L2) + FOLD_MARGIN * sk.body.bodyScale;
  if (sk.missing.indexOf(shoulderBone) < 0 && distance3(target, S) < minReach) {
    yieldShoulder(sk, body, shoulderBone, upperArmRest, target, minReach, locals.shoulder, S);
    mulQ(shoulderWorldQ, parent, locals.shoulder);
  }

  // Reachable wrist position.
  sub3(u, target, S);
  let d = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
  normalize3(u, u, side === 'left' ? X_AXIS : NEG_X);
  d = clamp(d, Math.abs(L1 - L2) + 1e-4, reach * 0.9999);
  addScaled3(wrist, S, u, d);
  const cosA = clamp((L1 * L1 + d * d - L2 * L2) / (2 * L1 * d), -1, 1);
  const sinA = Math.sqrt(1 - cosA * cosA);

  // Natural elbow direction, in the chest frame, orthogonalized against the shoulder–wrist axis.
  pole[0] = sx * ELBOW_OUT;
  pole[1] = ELBOW_DOWN;
  pole[2] = ELBOW_BACK;
  rotateV(pole, parent, pole);
  reject3(pole, pole, u);
  normalize3(pole, pole, NEG_Y);

  // Rest frames: the bone axis and the elbow hinge (forearm flexes towards +Z at rest).
  armRestFrame(upperArmRest, lowerArmRest, a0, restBInv);

  cur.S = S;
  cur.L1 = L1;
  cur.cosA = cosA;
  cur.sinA = sinA;
  cur.side = side;
  cur.handRot = handRot;
  cur.probe = probe;
  // Highest natural elbow: below the wrist and the shoulder, but never below the lowest elbow this
  // wrist position allows (cosA·u_y − sinA·|u ⊥ y|).
  const lowest = S[1] + L1 * (cosA * u[1] - sinA * Math.sqrt(Math.max(0, 1 - u[1] * u[1])));
  cur.elbowCap = Math.max(
    lowest,
    Math.min(S[1] - ELBOW_BELOW_SHOULDER * sk.body.bodyScale, wrist[1]),
  );
  rotateV(handAxis, handRot, a0);
  rotateV(handThumb, handRot, REST_THUMB);
  // Near last frame's swivel when it is still good; otherwise (and every few frames) a coarse
  // search over the whole range; then halving refinement. A continuity cost keeps the elbow
  // where it was unless elsewhere is clearly better.
  cur.prev = warm && Number.isFinite(warm.phi) ? warm.phi : Number.NaN;
  let bestPhi = 0;
  let bestCost = Infinity;
  let step = SWIVEL_STEP / 2;
  const global = !warm || !Number.isFinite(cur.prev) || ++warm.frames % GLOBAL_EVERY === 0;
  if (!global) {
    bestPhi = cur.prev;
    bestCost = evaluate(bestPhi);
    step = SWIVEL_WARM_STEP;
  }
  if (global || bestCost > WARM_COST_LIMIT) {
    for (let phi = -SWIVEL_RANGE; phi <= SWIVEL_RANGE + 1e-9; phi += SWIVEL_STEP) {
      const c = evaluate(phi);
      if (c < bestCost) {
        bestCost = c;
        bestPhi = phi;
      }
    }
    step = SWIVEL_STEP / 2;
  }
  for (; step > SWIVEL_FINEST; step /= 2) {
    const lo = evaluate(bestPhi - step);
    const hi = evaluate(bestPhi + step);
    if (lo < bestCost && lo <= hi) {
      bestCost = lo;
      bestPhi -= step;
    } else if (hi < bestCost) {
      bestCost = hi;
      bestPhi += step;
    }
  }
  bestPhi = clamp(bestPhi, -SWIVEL_RANGE, SWIVEL_RANGE);
  if (warm) warm.phi = bestPhi;
  evaluate(bestPhi);
  setPose(side, S, handRot, locals, world, shoulderWorldQ);
}

/** World position of the upper-arm joint for the shoulder bone's world rotation. */
function shoulderJoint(
  sk: Skeleton,
  body: BodyState,
  shoulderBone: 'leftShoulder' | 'rightShoulder',
  upperArmRest: ReadonlyVec3,
  shoulderWorld: ReadonlyQuat,
  out: Vec3,
): void {
  sub3(clav, upperArmRest, sk.bones[shoulderBone]);
  rotateV(clav, shoulderWorld, clav);
  addScaled3(out, body.pos[shoulderBone], clav, 1);
}

/**
 * Turns the shoulder (clavicle) about its own joint, away from a wrist target that lies within
 * `minReach` of the upper-arm joint, by the least angle (≤ SHOULDER_YIELD_MAX) that puts the
 * target at `minReach`. Updates the shoulder's local rotation and the upper-arm joint `S`.
 */
function yieldShoulder(
  sk: Skeleton,
  body: BodyState,
  shoulderBone: 'leftShoulder' | 'rightShoulder',
  upperArmRest: ReadonlyVec3,
  target: ReadonlyVec3,
  minReach: number,
  shoulderLocal: Quat,
  S: Vec3,
): void {
  const parent = body.rot.upperChest;
  // Rotation axis: turns the clavicle from the target (the plane of clavicle and S − target).
  sub3(clav, S, body.pos[shoulderBone]);
  sub3(away, S, target);
  cross3(yieldAxis, clav, away);
  if (length3(yieldAxis) < 1e-9) cross3(yieldAxis, clav, Y_AXIS); // target along the clavicle
  normalize3(yieldAxis, yieldAxis);
  copyQ(baseShoulder, shoulderLocal);
  mulQ(baseWorld, parent, baseShoulder);
  // Bisection on the angle: the target's distance from the joint grows with it.
  let lo = 0;
  let hi = SHOULDER_YIELD_MAX;
  for (let i = 0; i < YIELD_ITERATIONS; i++) {
    const mid = (lo + hi) / 2;
    axisAngleQ(yieldQ, yieldAxis, mid);
    mulQ(yieldWorld, yieldQ, baseWorld);
    shoulderJoint(sk, body, shoulderBone, upperArmRest, yieldWorld, S);
    if (distance3(target, S) < minReach) lo = mid;
    else hi = mid;
  }
  axisAngleQ(yieldQ, yieldAxis, hi);
  mulQ(yieldWorld, yieldQ, baseWorld);
  shoulderJoint(sk, body, shoulderBone, upperArmRest, yieldWorld, S);
  conjugateQ(yieldQ, parent);
  mulQ(shoulderLocal, yieldQ, yieldWorld);
}

const clav = vec3();
const away = vec3();
const yieldAxis = vec3();
const baseShoulder = quat();
const baseWorld = quat();
const yieldQ = quat();
const yieldWorld = quat();

/** State of the solve in progress, shared with `evaluate` (module scratch, no closures). */
const cur = {
  S: vec3() as Vec3,
  L1: 0,
  cosA: 1,
  sinA: 0,
  side: 'right' as Side,
  handRot: quat() as ReadonlyQuat,
  probe: null as DepthProbe | null,
  prev: Number.NaN,
  elbowCap: 0,
};

/** Cost of an elbow swivel: wrist bend, distance from the natural swivel, elbow height, twist,
 * collision. */
function evaluate(phi: number): number {
  const S = cur.S;
  axisAngleQ(swivelQ, u, phi);
  rotateV(v, swivelQ, pole);
  for (let i = 0; i < 3; i++) elbow[i] = S[i]! + cur.L1 * (cur.cosA * u[i]! + cur.sinA * v[i]!);
  normalize3(fore, sub3(fore, wrist, elbow));
  // Wrist bend: angle between the forearm and the hand's own forearm-aligned axis.
  const bend = Math.acos(clamp(dot3(handAxis, fore), -1, 1));
  let c = bend * bend + W_SWIVEL * phi * phi;
  const high = (elbow[1]! - cur.elbowCap) / cur.L1;
  if (high > 0) c += W_ELBOW_HIGH * high * high;
  if (Number.isFinite(cur.prev)) c += W_CONTINUITY * (phi - cur.prev) ** 2;
  const sup = supinationFast(cur.side, S);
  if (sup < SUPINATION_MIN) c += W_TWIST * (SUPINATION_MIN - sup) ** 2;
  else if (sup > SUPINATION_MAX) c += W_TWIST * (sup - SUPINATION_MAX) ** 2;
  const probe = cur.probe;
  if (probe) {
    let depth = probe(elbow);
    for (let i = 0; i < 3; i++) tmp2[i] = (elbow[i]! + wrist[i]!) / 2;
    depth = Math.max(depth, probe(tmp2));
    c += W_PENETRATION * Math.max(0, depth);
  }
  return c;
}

/** The chosen elbow is in `elbow`, the wrist in `wrist`: build the rotations. */
function setPose(
  side: Side,
  S: Vec3,
  handRot: ReadonlyQuat,
  locals: ArmLocals,
  world: ArmWorld,
  shoulderWorld: Quat,
): void {
  normalize3(upper, sub3(upper, elbow, S));
  normalize3(fore, sub3(fore, wrist, elbow));
  cross3(hinge, upper, fore);
  if (Math.sqrt(hinge[0] * hinge[0] + hinge[1] * hinge[1] + hinge[2] * hinge[2]) < 1e-6)
    cross3(hinge, v, upper); // straight arm
  normalize3(hinge, hinge);
  // Upper arm: rest (a0, h0) → (upper, hinge).
  armBoneWorld(upper, hinge, restBInv, world.upperArmRot);
  // Forearm without twist: rest (a0, h0) → (fore, hinge); then twist about its own axis, the
  // representative inside the anatomical window.
  armBoneWorld(fore, hinge, restBInv, qb);
  twistForearm(qb, handRot, a0, side, world.lowerArmRot);
  copyQ(world.handRot, handRot);
  copy3(world.elbow, elbow);
  copy3(world.wrist, wrist);
  relativeQ(locals.upperArm, shoulderWorld, world.upperArmRot);
  relativeQ(locals.lowerArm, world.upperArmRot, world.lowerArmRot);
  relativeQ(locals.hand, world.lowerArmRot, handRot);
}

const handAxis = vec3();
const handThumb = vec3();
const zeroThumb = vec3();
const thumbP = vec3();
const REST_THUMB: ReadonlyVec3 = [0, 0, 1];

/**
 * Forearm supination the candidate elbow would need, from the thumb direction: the angle about
 * the forearm from where the thumb points with no twist (−(fore × hinge)) to where the hand's
 * thumb points. Cheaper than a full swing–twist split; equal to it for a straight wrist.
 */
function supinationFast(side: Side, S: Vec3): number {
  normalize3(upper, sub3(upper, elbow, S));
  cross3(hinge, upper, fore);
  if (Math.sqrt(hinge[0] * hinge[0] + hinge[1] * hinge[1] + hinge[2] * hinge[2]) < 1e-6)
    cross3(hinge, v, upper);
  normalize3(hinge, hinge);
  cross3(zeroThumb, fore, hinge);
  zeroThumb[0] = -zeroThumb[0];
  zeroThumb[1] = -zeroThumb[1];
  zeroThumb[2] = -zeroThumb[2];
  reject3(thumbP, handThumb, fore);
  cross3(tmp2, zeroThumb, thumbP);
  let sup = Math.atan2(dot3(tmp2, fore), dot3(zeroThumb, thumbP));
  if (side === 'left') sup = -sup;
  return wrapSupination(sup);
}
