import type { ClipExpression, Side } from '../rig';

/**
 * Non-manual effects over a time interval (seconds), each faded in and out so that
 * neighbouring effects blend. Angles are radians in the avatar's frame: pitch > 0 tips the head
 * (or body) forward/down, yaw > 0 turns it to the avatar's left, roll > 0 tilts its top to the
 * avatar's right.
 */
export type NmEffect =
  HeadEffect | BodyEffect | ShoulderEffect | ExpressionEffect | MouthingEffect | GazeEffect;

interface Timed {
  t0: number;
  t1: number;
}

export const OSCILLATIONS = ['none', 'nod', 'shake', 'tilt', 'circle'] as const;
export type Oscillation = (typeof OSCILLATIONS)[number];

/** A head posture (held) plus an oscillation (nods, shakes) of amplitude `amp` radians. */
export interface HeadEffect extends Timed {
  readonly kind: 'head';
  readonly pitch: number;
  readonly yaw: number;
  readonly roll: number;
  /** Neck pitch against the head's, for pushing the head forward (neck forward, head back). */
  readonly push: number;
  readonly oscillation: Oscillation;
  readonly amp: number;
  readonly cycles: number;
}

export interface BodyEffect extends Timed {
  readonly kind: 'body';
  readonly pitch: number;
  readonly yaw: number;
  readonly roll: number;
  readonly oscillation: Oscillation;
  readonly amp: number;
  readonly cycles: number;
}

/** Shoulder raised (rad about the sagittal axis) / hunched forward, held or shrugging. */
export interface ShoulderEffect extends Timed {
  readonly kind: 'shoulder';
  readonly sides: readonly Side[];
  readonly raise: number;
  readonly forward: number;
  readonly shrugCycles: number;
}

/** Expression weights held over the interval; `pulses` > 0 makes them come and go. */
export interface ExpressionEffect extends Timed {
  readonly kind: 'expression';
  readonly weights: Readonly<Partial<Record<ClipExpression, number>>>;
  readonly pulses: number;
}

/** Mouthing: viseme weights per phoneme, one after the other across the interval. */
export interface MouthingEffect extends Timed {
  readonly kind: 'mouthing';
  readonly phonemes: readonly Readonly<Partial<Record<ClipExpression, number>>>[];
}

export const GAZE_TARGETS = ['direction', 'dominantHand', 'nondominantHand', 'hands'] as const;
export type GazeTarget = (typeof GAZE_TARGETS)[number];

/** Eye gaze: towards a direction (yaw/pitch, rad) or the signer's own hand(s). */
export interface GazeEffect extends Timed {
  readonly kind: 'gaze';
  readonly target: GazeTarget;
  readonly yaw: number;
  readonly pitch: number;
  /** The head follows the gaze by this fraction (hnm_head LI). */
  readonly headFollows: number;
}

/** Attack and release of every effect, seconds. */
export const NM_RAMP = 0.12;
