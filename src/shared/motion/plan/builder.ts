import type { Easing } from '../math';
import {
  addScaled3,
  copy3,
  conjugateQ,
  quat,
  rotateV,
  vec3,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import type { Side } from '../rig';
import type { CompileContext, Mirror } from './context';
import { makePosture, type HandState } from './config';
import { spotOffset } from './location';
import type { Anchor, FingerPlaySpec, PathSpec, Posture, Segment, WristSpec } from './types';

export interface SegmentOptions {
  readonly ease?: Easing;
  readonly path?: PathSpec | null;
  readonly wrist?: WristSpec | null;
  readonly fingerPlay?: FingerPlaySpec | null;
  readonly reversed?: boolean;
}

/**
 * Builds one hand's track: appends segments from the current posture, keeping time. `mirror`
 * maps directions written for the dominant hand onto this hand.
 */
export class TrackBuilder {
  readonly segments: Segment[] = [];
  t = 0;

  constructor(
    readonly ctx: CompileContext,
    readonly side: Side,
    readonly mirror: Mirror,
    /** The configuration mirror: how the dominant hand's written orientation maps onto this hand. */
    readonly configMirror: Mirror,
    public current: Posture,
    /** The other hand's builder (for locations on it), when both hands sign. */
    public other: TrackBuilder | null = null,
  ) {}

  get state(): HandState {
    return { shapeSpec: this.current.shapeSpec, ext: this.current.ext, palm: this.current.palm };
  }

  /** Moves to `to` over `duration` seconds. */
  to(to: Posture, duration: number, opts: SegmentOptions = {}): void {
    const d = Math.max(duration, 1e-3);
    this.segments.push({
      t0: this.t,
      t1: this.t + d,
      from: this.current,
      to,
      ease: opts.ease ?? 'minimumJerk',
      path: opts.path ?? null,
      wrist: opts.wrist ?? null,
      fingerPlay: opts.fingerPlay ?? null,
      reversed: opts.reversed ?? false,
    });
    this.t += d;
    this.current = to;
  }

  hold(duration: number): void {
    if (duration <= 1e-6) return;
    this.to(this.current, duration);
  }

  /** Holds until time `t` (no-op if already there). */
  holdUntil(t: number): void {
    if (t > this.t + 1e-6) this.hold(t - this.t);
  }

  posture(st: HandState, anchor: Anchor): Posture {
    return makePosture(this.ctx, this.side, st, anchor);
  }

  /** The current posture moved by `d` (world rest frame). */
  shifted(p: Posture, d: ReadonlyVec3): Posture {
    const a = this.bodyAnchor(p);
    if (a.kind === 'hand') {
      // Relative to the other hand: express the shift in its canonical frame.
      const other = this.other?.current;
      const local = copy3(vec3(), d);
      if (other) rotateV(local, conjugateQ(quat(), other.rot), local);
      if (this.side === 'right') local[0] = -local[0]; // the other hand is the left one
      return { ...p, anchor: { ...a, point: addScaled3(vec3(), a.point, local, 1) } };
    }
    if (a.kind !== 'body') return p;
    return { ...p, anchor: { ...a, point: addScaled3(vec3(), a.point, d, 1), surface: undefined } };
  }

  /** An arm anchor turned into a body anchor at its estimated place (so it can move freely). */
  bodyAnchor(p: Posture): Anchor {
    if (p.anchor.kind !== 'arm') return p.anchor;
    const point = this.estimateSpot(p);
    return { kind: 'body', bone: 'chest', point, spot: p.anchor.spot };
  }

  /** Estimated world (rest-frame) position of the posture's spot. */
  estimateSpot(p: Posture, depth = 0): Vec3 {
    const a = p.anchor;
    if (a.kind === 'body') return copy3(vec3(), a.point);
    const other = this.other?.current;
    // Two hands placed against each other: stop after one level and use the rest wrist.
    if (!other || !this.other || depth > 1)
      return copy3(vec3(), this.ctx.sk.bones[`${this.side}Hand`]);
    const otherSpot = this.other.estimateSpot(other, depth + 1);
    const otherWrist = this.other.wristOf(other, otherSpot);
    if (a.kind === 'hand') {
      const local = copy3(vec3(), a.point);
      if (this.other.side === 'left') local[0] = -local[0];
      rotateV(local, other.rot, local);
      return addScaled3(local, otherWrist, local, 1);
    }
    return otherWrist;
  }

  /** Wrist position of a posture whose spot is at `spotPoint`. */
  wristOf(p: Posture, spotPoint: ReadonlyVec3): Vec3 {
    const off = vec3();
    const n = vec3();
    spotOffset(
      this.ctx,
      this.side,
      { shapeSpec: p.shapeSpec, ext: p.ext, palm: p.palm },
      p.anchor.spot,
      off,
      n,
    );
    return addScaled3(off, spotPoint, off, -1);
  }
}
