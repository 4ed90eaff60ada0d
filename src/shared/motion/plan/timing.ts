import type { Manner, MovementSize } from '../../sigml/vocab';
import type { Easing } from '../math';

/**
 * Durations at speed 1, seconds. Calibrated so that a simple sign with its transition lasts
 * about 0.5 s (signing rate ≈ 2 signs/s; Bellugi & Fischer 1972 report 2.3–2.5 signs/s, and
 * PHOENIX signs last 0.5–0.64 s).
 */
export const DURATION = {
  straight: { small: 0.2, normal: 0.24, large: 0.34 },
  circle: { small: 0.36, normal: 0.42, large: 0.55 },
  /** Extra time for a curved or undulating path, fraction of the straight move. */
  arcExtra: 0.15,
  waveExtra: 0.5,
  /** A circle marked "more than once round" turns this many times. */
  fullTurns: 1.5,
  wrist: 0.4,
  fingerPlay: 0.45,
  replace: 0.22,
  moveTo: 0.28,
  noMotion: 0.25,
  cross: 0.3,
  /** Returning to the start before a repeat, fraction of the movement's duration. */
  returnFraction: 0.4,
  /** Repeated performances run faster than the first, as a factor on their duration. */
  repeatTempo: 0.85,
  /** Held before the first movement and after the last one. */
  holdStart: 0.03,
  holdEnd: 0.06,
  /** A sign with no movement at all is held this long. */
  staticSign: 0.3,
  /** Between the parts of a compound sign. */
  compoundGap: 0.16,
  /** Extra hold after a movement marked "rest", and after "halt". */
  restHold: 0.15,
  haltHold: 0.08,
} as const;

/** Size of movements at body scale 1, metres (straight length, circle radius) and wrist angles. */
export const SIZE = {
  straight: { small: 0.08, normal: 0.15, large: 0.26 },
  circle: { small: 0.035, normal: 0.06, large: 0.1 },
  /** Peak bow of an arc, fraction of the chord. */
  arcBow: 0.22,
  wave: { amp: 0.022, cycles: 2 },
  zigzag: { amp: 0.022, cycles: 3 },
  /** Peak wrist angles, degrees. */
  wristDeg: { flex: 25, deviation: 18, twist: 40, stir: 15 },
  wristCycles: 2,
  fingerPlayDeg: 40,
  fingerPlayCycles: 2,
  cross: 0.14,
  /** Ellipse: stretch along its axis and squash across it. */
  ellipseLong: 1.5,
  ellipseShort: 0.75,
  /** Spiral growth for increasing / decreasing circles (end radius / start radius). */
  spiralGrowth: 2,
  /** Size multiplier per repetition for increasing / decreasing repetitions. */
  repeatGrowth: 1.3,
} as const;

export type SizeKey = 'small' | 'normal' | 'large';

export function sizeKey(size: MovementSize | undefined): SizeKey {
  return size ?? 'normal';
}

/** Duration factor of a movement's manner: fast, slow, tense (slower, with effort). */
export function mannerFactor(manner: readonly Manner[]): number {
  let f = 1;
  if (manner.includes('fast')) f *= 0.65;
  if (manner.includes('slow')) f *= 1.5;
  if (manner.includes('tense')) f *= 1.25;
  return f;
}

/** Velocity profile: an abrupt stop accelerates to the end; everything else is minimum-jerk. */
export function mannerEasing(manner: readonly Manner[]): Easing {
  return manner.includes('halt') ? 'easeIn' : 'minimumJerk';
}

/** Hold after the movement for its manner. */
export function mannerHold(manner: readonly Manner[]): number {
  let h = 0;
  if (manner.includes('halt')) h += DURATION.haltHold;
  if (manner.includes('rest')) h += DURATION.restHold;
  return h;
}
