import { handFK, makeHandPoints, spotOnHand, type HandModel } from '../hand';
import { makeArmLocals, makeArmWorld, solveArm, type ArmLocals, type ArmWorld } from '../ik';
import {
  addScaled3,
  axisAngleQ,
  clamp,
  conjugateQ,
  copy3,
  DEG,
  mulQ,
  quat,
  rotateV,
  sub3,
  vec3,
  type Quat,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import { type NmFrame, makeNmFrame, sampleEffects } from '../nonmanual';
import type { Anchor } from '../plan';
import {
  attachedPoint,
  makeBodyState,
  solveBodyChain,
  type BodyState,
  type ChainLocals,
} from '../pose';
import {
  CLIP_BONES,
  expressionIndex,
  FINGER_BONES_LEFT,
  FINGER_BONES_RIGHT,
  otherSide,
  SIDES,
  type Side,
} from '../rig';
import type { Skeleton } from '../skeleton';
import { handModel } from '../hand';
import {
  makeTrackSample,
  sampleTrack,
  sidePose,
  TrackCursor,
  type TrackSample,
} from './track-eval';
import { BodyCollider } from './collider';
import type { Utterance } from './utterance';

/** How the head and body share a non-manual rotation: neck vs head, spine vs chest. */
const NECK_SHARE = 0.4;
const SPINE_SHARE = 0.5;
/** Pushing the head forward: neck pitch forward and head pitch back, radians per unit push. */
const PUSH_NECK = 12 * DEG;
const PUSH_HEAD = -9 * DEG;
/** Gaze angle that fully weights a look expression, radians. */
const LOOK_YAW_FULL = 25 * DEG;
const LOOK_PITCH_FULL = 20 * DEG;
/** Collision: ignore penetrations shallower than this; iterations of push-out. */
const PENETRATION_TOLERANCE = 0.003;
const PUSH_ITERATIONS = 8;
/**
 * How fast the collision offset of a hand (how far the body pushed it off its path) may shrink,
 * metres per second. The offset is carried from frame to frame, so a path through the body is
 * bent round it and then eases back: pushing every frame from scratch projected a hand deep in
 * the torso onto whichever face was nearest, and when the nearest face changed the wrist jumped
 * 13 cm in one frame. 1 m/s is half a signer's typical wrist speed: the bend eases out in about
 * 0.1 s, and the carried hand only ever sinks one frame's motion into the body.
 */
const OFFSET_RELAX_SPEED = 1;
/** A gap between solved times longer than this (or backwards) starts the offset afresh, seconds. */
const OFFSET_MAX_GAP = 0.1;
/** Hand points checked against the body: all 21 (MediaPipe hand indices). */
const COLLISION_POINTS = Array.from({ length: 21 }, (_, i) => i);
/** Arm sites on the other arm: distance of the surface from the bone line, adult metres. */
const ARM_RADIUS = 0.04;

const BONE_INDEX = new Map<string, number>(CLIP_BONES.map((b, i) => [b, i]));
const FINGER_INDEX: Record<Side, number[]> = {
  left: FINGER_BONES_LEFT.map((b) => BONE_INDEX.get(b)!),
  right: FINGER_BONES_RIGHT.map((b) => BONE_INDEX.get(b)!),
};
const idx = (name: string): number => BONE_INDEX.get(name)!;
const SPINE = idx('spine');
const CHEST = idx('chest');
const NECK = idx('neck');
const HEAD = idx('head');
const ARM_INDEX: Record<Side, readonly [number, number, number, number]> = {
  left: [idx('leftShoulder'), idx('leftUpperArm'), idx('leftLowerArm'), idx('leftHand')],
  right: [idx('rightShoulder'), idx('rightUpperArm'), idx('rightLowerArm'), idx('rightHand')],
};
const UP: ReadonlyVec3 = [0, 1, 0];
const X: ReadonlyVec3 = [1, 0, 0];
const Z: ReadonlyVec3 = [0, 0, 1];
const LOOK_LEFT = expressionIndex('lookLeft');
const LOOK_RIGHT = expressionIndex('lookRight');
const LOOK_UP = expressionIndex('lookUp');
const LOOK_DOWN = expressionIndex('lookDown');

interface HandRuntime {
  readonly side: Side;
  readonly model: HandModel;
  readonly cursor: TrackCursor;
  readonly sample: TrackSample;
  readonly canon: Vec3[];
  readonly canonRot: Quat[];
  readonly world: Vec3[];
  readonly locals: ArmLocals;
  readonly arm: ArmWorld;
  readonly rotWorld: Quat;
  readonly fingers: Quat[];
  /** The elbow swivel of the previous frame (NaN before the first). */
  readonly swivel: { phi: number; frames: number };
  /** The collision offset of the previous frame's wrist, and that frame's time (NaN before). */
  readonly offset: Vec3;
  readonly offsetAt: { t: number };
}

/**
 * Solves one frame of an utterance: non-manual channels, the torso chain, both hands (track,
 * placement against the body, collision, IK) and the expressions. All scratch is allocated once.
 */
export class FrameSolver {
  private readonly body: BodyState = makeBodyState();
  private readonly locals: ChainLocals = {
    spine: quat(),
    chest: quat(),
    neck: quat(),
    head: quat(),
  };
  private readonly nm: NmFrame = makeNmFrame();
  private readonly hands: Record<Side, HandRuntime>;
  private readonly collider: BodyCollider;
  private readonly scale: number;
  private prevGazeYaw = 0;
  private prevGazePitch = 0;

  constructor(
    private readonly sk: Skeleton,
    private readonly utt: Utterance,
  ) {
    this.collider = new BodyCollider(sk);
    this.eyesRest = midpoint(sk.bones.leftEye, sk.bones.rightEye);
    this.scale = sk.body.bodyScale;
    const mk = (side: Side): HandRuntime => ({
      side,
      model: handModel(sk, side),
      cursor: new TrackCursor(utt.tracks[side]),
      sample: makeTrackSample(),
      canon: makeHandPoints(),
      canonRot: Array.from({ length: 15 }, () => quat()),
      world: makeHandPoints(),
      locals: makeArmLocals(),
      arm: makeArmWorld(),
      rotWorld: quat(),
      fingers: Array.from({ length: 15 }, () => quat()),
      swivel: { phi: Number.NaN, frames: 0 },
      offset: vec3(),
      offsetAt: { t: Number.NaN },
    });
    this.hands = { left: mk('left'), right: mk('right') };
  }

  /** Solves time t and writes one frame of rotations (CLIP_BONES order) and expression weights. */
  solve(
    t: number,
    rotations: Float32Array,
    rotOffset: number,
    weights: Float32Array,
    wOffset: number,
  ): void {
    const nm = this.nm;
    sampleEffects(this.utt.effects, t, nm);
    const follow = nm.headFollows * nm.gazeWeight;
    const hp = nm.headPitch - follow * this.prevGazePitch;
    const hy = nm.headYaw + follow * this.prevGazeYaw;
    euler(
      this.locals.spine,
      nm.bodyPitch * SPINE_SHARE,
      nm.bodyYaw * SPINE_SHARE,
      nm.bodyRoll * SPINE_SHARE,
    );
    euler(
      this.locals.chest,
      nm.bodyPitch * (1 - SPINE_SHARE),
      nm.bodyYaw * (1 - SPINE_SHARE),
      nm.bodyRoll * (1 - SPINE_SHARE),
    );
    euler(
      this.locals.neck,
      hp * NECK_SHARE + nm.push * PUSH_NECK,
      hy * NECK_SHARE,
      nm.headRoll * NECK_SHARE,
    );
    euler(
      this.locals.head,
      hp * (1 - NECK_SHARE) + nm.push * PUSH_HEAD,
      hy * (1 - NECK_SHARE),
      nm.headRoll * (1 - NECK_SHARE),
    );
    solveBodyChain(this.sk, this.locals, this.body);
    this.collider.update(this.body);

    // A hand placed on the other hand or arm is solved after it.
    const first = this.dependsOnOther('right', t) ? 'left' : 'right';
    this.solveHand(first, t);
    this.solveHand(otherSide(first), t);

    writeQ(rotations, rotOffset, SPINE, this.locals.spine);
    writeQ(rotations, rotOffset, CHEST, this.locals.chest);
    writeQ(rotations, rotOffset, NECK, this.locals.neck);
    writeQ(rotations, rotOffset, HEAD, this.locals.head);
    for (const side of SIDES) {
      const h = this.hands[side];
      const ai = ARM_INDEX[side];
      writeQ(rotations, rotOffset, ai[0], h.locals.shoulder);
      writeQ(rotations, rotOffset, ai[1], h.locals.upperArm);
      writeQ(rotations, rotOffset, ai[2], h.locals.lowerArm);
      writeQ(rotations, rotOffset, ai[3], h.locals.hand);
      sidePose(h.sample.shape, side, h.fingers);
      const fi = FINGER_INDEX[side];
      for (let j = 0; j < 15; j++) writeQ(rotations, rotOffset, fi[j]!, h.fingers[j]!);
    }
    this.writeExpressions(weights, wOffset);
  }

  private dependsOnOther(side: Side, t: number): boolean {
    const seg = this.hands[side].cursor.at(t);
    return !!seg && (seg.from.anchor.kind !== 'body' || seg.to.anchor.kind !== 'body');
  }

  private readonly pFrom = vec3();
  private readonly pTo = vec3();
  private readonly offFrom = vec3();
  private readonly offTo = vec3();
  private readonly normal = vec3();
  private readonly wrist = vec3();
  private readonly tmp = vec3();
  private readonly push = vec3();
  private readonly probe = (p: ReadonlyVec3): number => this.collider.torsoDepth(p);
  private readonly dQ = quat();
  private readonly eyes = vec3();
  private readonly eyesRest: Vec3;

  private solveHand(side: Side, t: number): void {
    const h = this.hands[side];
    const s = h.sample;
    sampleTrack(h.cursor, t, h.model, side, s);
    const seg = s.seg;
    if (!seg) return;
    mulQ(h.rotWorld, this.body.rot.upperChest, s.rot);
    handFK(h.model, s.shape, h.canon, h.canonRot);
    this.spotWorld(h, seg.from.anchor, this.offFrom);
    this.spotWorld(h, seg.to.anchor, this.offTo);
    this.resolve(side, seg.from.anchor, this.pFrom);
    this.resolve(side, seg.to.anchor, this.pTo);
    const e = s.e;
    const w = this.wrist;
    for (let i = 0; i < 3; i++) {
      w[i] = (this.pFrom[i]! - this.offFrom[i]!) * (1 - e) + (this.pTo[i]! - this.offTo[i]!) * e;
    }
    rotateV(this.tmp, this.body.rot.upperChest, s.path);
    addScaled3(w, w, this.tmp, 1);
    this.carryOffset(h, w, t);
    solveArm(
      this.sk,
      side,
      this.body,
      w,
      h.rotWorld,
      this.probe,
      h.locals,
      h.arm,
      this.nm.shoulderRaise[side],
      this.nm.shoulderForward[side],
      h.swivel,
    );
    // World hand points from the wrist the arm reached.
    for (let i = 0; i < h.canon.length; i++) this.toWorld(h, h.arm.wrist, h.canon[i]!, h.world[i]!);
  }

  /** World offset from the wrist of the anchor's spot, for the hand's current shape and rotation. */
  private spotWorld(h: HandRuntime, a: Anchor, out: Vec3): void {
    spotOnHand(h.model, h.canon, h.canonRot, a.spot, out, this.normal);
    if (h.side === 'left') out[0] = -out[0];
    rotateV(out, h.rotWorld, out);
  }

  private toWorld(h: HandRuntime, wrist: ReadonlyVec3, canon: ReadonlyVec3, out: Vec3): void {
    copy3(out, canon);
    if (h.side === 'left') out[0] = -out[0];
    rotateV(out, h.rotWorld, out);
    addScaled3(out, out, wrist, 1);
  }

  /** World position of an anchor's point this frame. */
  private resolve(side: Side, a: Anchor, out: Vec3): void {
    if (a.kind === 'body') {
      attachedPoint(this.body, this.sk, a.bone, a.point, out);
      return;
    }
    const o = this.hands[otherSide(side)];
    if (a.kind === 'hand') {
      this.toWorld(o, o.arm.wrist, a.point, out);
      return;
    }
    const S = o.arm.shoulderJoint;
    const E = o.arm.elbow;
    const W = o.arm.wrist;
    const r = ARM_RADIUS * this.scale + a.distance;
    const n = this.tmp;
    switch (a.site) {
      case 'upperarm':
        for (let i = 0; i < 3; i++) out[i] = (S[i]! + E[i]!) / 2;
        n[0] = o.side === 'left' ? 1 : -1;
        n[1] = 0;
        n[2] = 0.3;
        break;
      case 'elbow':
      case 'elbowinside': {
        copy3(out, E);
        for (let i = 0; i < 3; i++) n[i] = E[i]! - S[i]! - (W[i]! - E[i]!);
        if (a.site === 'elbowinside') for (let i = 0; i < 3; i++) n[i] = -n[i]!;
        break;
      }
      case 'lowerarm':
        for (let i = 0; i < 3; i++) out[i] = (E[i]! + W[i]!) / 2;
        rotateV(n, o.rotWorld, UP);
        break;
    }
    const len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]) || 1;
    addScaled3(out, out, n, r / len);
  }

  private readonly pt = vec3();
  private readonly bestPush = vec3();

  /**
   * Adds the previous frame's collision offset, eased toward zero, to the wrist target, pushes
   * the hand out of the body from there and keeps the new offset for the next frame.
   */
  private carryOffset(h: HandRuntime, wrist: Vec3, t: number): void {
    const o = h.offset;
    const dt = t - h.offsetAt.t;
    if (!(dt > 0 && dt <= OFFSET_MAX_GAP)) o.fill(0);
    const len = Math.sqrt(o[0] * o[0] + o[1] * o[1] + o[2] * o[2]);
    const relax = OFFSET_RELAX_SPEED * (dt > 0 ? dt : 0);
    const keep = len > relax ? 1 - relax / len : 0;
    copy3(this.raw, wrist);
    addScaled3(wrist, wrist, o, keep);
    this.pushOut(h, wrist);
    sub3(o, wrist, this.raw);
    h.offsetAt.t = t;
  }

  private readonly raw = vec3();

  /** Moves the hand (all of it, through the wrist) out of the body. */
  private pushOut(h: HandRuntime, wrist: Vec3): void {
    for (let iter = 0; iter < PUSH_ITERATIONS; iter++) {
      // Only the volumes the hand can reach: the whole hand lies within its length of the wrist.
      const mask = this.collider.near(wrist, h.model.length);
      if (mask === 0) return;
      let worst = 0;
      for (const i of COLLISION_POINTS) {
        this.toWorld(h, wrist, h.canon[i]!, this.pt);
        const d = this.collider.depth(this.pt, this.push, mask);
        if (d > worst) {
          worst = d;
          copy3(this.bestPush, this.push);
        }
      }
      if (worst <= PENETRATION_TOLERANCE) return;
      addScaled3(wrist, wrist, this.bestPush, 1.05);
    }
  }

  private writeExpressions(weights: Float32Array, off: number): void {
    const nm = this.nm;
    weights.set(nm.weights, off);
    let yaw = nm.gazeYaw;
    let pitch = nm.gazePitch;
    if (nm.gazeTarget && nm.gazeTarget !== 'direction') {
      const target = this.tmp;
      const l = this.hands.left.arm.wrist;
      const r = this.hands.right.arm.wrist;
      if (nm.gazeTarget === 'hands') for (let i = 0; i < 3; i++) target[i] = (l[i]! + r[i]!) / 2;
      else copy3(target, nm.gazeTarget === 'dominantHand' ? r : l);
      const eyes = this.eyes;
      attachedPoint(this.body, this.sk, 'head', this.eyesRest, eyes);
      sub3(target, target, eyes);
      const q = conjugateQ(this.dQ, this.body.rot.head);
      rotateV(target, q, target);
      yaw = Math.atan2(target[0], target[2]);
      pitch = Math.atan2(target[1], Math.sqrt(target[0] * target[0] + target[2] * target[2]));
    }
    this.prevGazeYaw = yaw * nm.gazeWeight;
    this.prevGazePitch = pitch * nm.gazeWeight;
    if (nm.gazeWeight > 0) {
      const g = nm.gazeWeight;
      maxInto(weights, off + LOOK_LEFT, g * clamp(yaw / LOOK_YAW_FULL, 0, 1));
      maxInto(weights, off + LOOK_RIGHT, g * clamp(-yaw / LOOK_YAW_FULL, 0, 1));
      maxInto(weights, off + LOOK_UP, g * clamp(pitch / LOOK_PITCH_FULL, 0, 1));
      maxInto(weights, off + LOOK_DOWN, g * clamp(-pitch / LOOK_PITCH_FULL, 0, 1));
    }
  }
}

function midpoint(a: ReadonlyVec3, b: ReadonlyVec3): Vec3 {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
}

function maxInto(w: Float32Array, i: number, v: number): void {
  if (v > w[i]!) w[i] = v;
}

const qy = quat();
const qx = quat();
const qz = quat();

/** yaw (about Y) · pitch (about X) · roll (about Z). */
function euler(out: Quat, pitch: number, yaw: number, roll: number): Quat {
  axisAngleQ(qy, UP, yaw);
  axisAngleQ(qx, X, pitch);
  axisAngleQ(qz, Z, roll);
  mulQ(out, qy, qx);
  return mulQ(out, out, qz);
}

function writeQ(out: Float32Array, offset: number, bone: number, q: Quat): void {
  const o = offset + bone * 4;
  out[o] = q[0];
  out[o + 1] = q[1];
  out[o + 2] = q[2];
  out[o + 3] = q[3];
}
