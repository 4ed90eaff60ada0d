import type { ArmSite } from '../../sigml/vocab';
import type { HandPose, HandSpot, HandshapeSpec } from '../hand';
import type { Easing, Quat, Vec3 } from '../math';
import type { ChainBone } from '../pose';
import type { Side } from '../rig';

/**
 * Where a hand is: which spot of the hand is put at which point.
 * - body: a rest-pose point carried by a torso or head bone;
 * - hand: a point in the other hand's canonical frame (relative to its wrist);
 * - arm: a site on the other arm, `distance` out from its surface.
 */
export type Anchor =
  | {
      readonly kind: 'body';
      readonly bone: ChainBone;
      readonly point: Vec3;
      readonly spot: HandSpot;
      readonly surface?: Surface;
    }
  | {
      readonly kind: 'hand';
      readonly point: Vec3;
      readonly spot: HandSpot;
      readonly surface?: Surface;
    }
  | {
      readonly kind: 'arm';
      readonly site: ArmSite;
      readonly distance: number;
      readonly spot: HandSpot;
    };

/** The site an anchor was placed against: its surface point and outward normal. */
export interface Surface {
  readonly point: Vec3;
  readonly normal: Vec3;
}

/** A held hand posture: shape, orientation (body rest frame) and place. */
export interface Posture {
  readonly shapeSpec: HandshapeSpec;
  readonly shape: HandPose;
  /** Extended-finger direction and palm normal, world rest frame (unit). */
  readonly ext: Vec3;
  readonly palm: Vec3;
  /** Hand bone world rotation in the body's rest frame. */
  readonly rot: Quat;
  readonly anchor: Anchor;
}

/**
 * Deviation from the straight line between the two anchors, in the body's rest frame; every
 * kind is zero at both ends of the segment.
 */
export type PathSpec =
  | { readonly kind: 'arc'; readonly dir: Vec3; readonly amount: number }
  | {
      readonly kind: 'wave';
      readonly dir: Vec3;
      readonly amp: number;
      readonly cycles: number;
      readonly zigzag: boolean;
    }
  | {
      readonly kind: 'circle';
      readonly up: Vec3;
      readonly right: Vec3;
      readonly rUp: number;
      readonly rRight: number;
      readonly phi0: number;
      readonly sweep: number;
      /** Radius at the end relative to the start (spirals: increasing / decreasing). */
      readonly growth: number;
    }
  | { readonly kind: 'brush'; readonly offset: Vec3 }
  | { readonly kind: 'sum'; readonly parts: readonly PathSpec[] };

export const WRIST_AXES = ['flex', 'deviation', 'twist', 'stir'] as const;
export type WristAxis = (typeof WRIST_AXES)[number];

/** Oscillation of the hand about the wrist or forearm, added to the segment's orientation. */
export interface WristSpec {
  readonly axis: WristAxis;
  /** Peak angle, radians. */
  readonly amp: number;
  readonly cycles: number;
  /** ±1: direction of stirring, clockwise or anticlockwise as the signer sees it. */
  readonly sense: number;
}

/** Fingers (1 = index … 4 = little) flexing in turn, peak extra flexion in radians. */
export interface FingerPlaySpec {
  readonly fingers: readonly number[];
  readonly amp: number;
  readonly cycles: number;
}

/** One stretch of a hand's track: from one posture to the next over [t0, t1] seconds. */
export interface Segment {
  t0: number;
  t1: number;
  readonly from: Posture;
  readonly to: Posture;
  readonly ease: Easing;
  readonly path: PathSpec | null;
  readonly wrist: WristSpec | null;
  readonly fingerPlay: FingerPlaySpec | null;
  /** The path is performed backwards (a reverse repetition). */
  readonly reversed: boolean;
}

export interface HandTrack {
  readonly side: Side;
  readonly segments: Segment[];
}
