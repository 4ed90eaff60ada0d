import type { SigningStyle } from '../motion/plan';
import type { Side } from '../motion/rig';
import type { Proportions } from '../motion/skeleton';
import { Rng } from './rng';
import { outOfRangeMessage } from '../errors/invalid';

/**
 * Synthetic signers: body proportions, handedness and signing habits. Profiles are drawn from
 * the corpus seed, so a profile id names the same signer in every split and every run.
 */
export interface SignerProfile {
  readonly id: string;
  /** Held out of training: only the unseen-signer split uses it. */
  readonly heldOut: boolean;
  readonly proportions: Proportions;
  readonly dominant: Side;
  readonly style: SigningStyle;
  /** This signer's usual rate (utterance speeds scatter around it). */
  readonly rate: number;
  /** Transitions between signs against citation timing: below 1 coarticulates. */
  readonly transitionScale: number;
  /** Strength of facial grammar against citation strength. */
  readonly nonManualGain: number;
  /** Spread of per-sign duration factors (log-normal sigma). */
  readonly timingJitter: number;
}

export const PROFILE_COUNT = 48;
/** The last profiles are held out for test-unseen-signer. */
export const HELD_OUT_PROFILES = 12;
/**
 * Every 7th signer is left-handed (14.6% of profiles: the issue asks for at least 10%), at fixed
 * places so training and the held-out signers both have some whatever the seed.
 */
const LEFT_HANDED_EVERY = 7;

/**
 * Body proportions as multipliers on the parametric adult (skeleton/proportions.ts), centred so
 * the landmarks have real MediaPipe bodies' proportions (`synth report` measures both): on real
 * Holistic recordings (../shared fingerspelling, 56 clips, medians) the nose is 0.59 shoulder
 * widths above the shoulder line, the shoulders 2.57 ear distances wide, the upper arm 0.80 and
 * the forearm 0.75 shoulder widths, the wrist → middle knuckle 0.28, the palm 0.71 of that and
 * the index finger's chord 0.84. MediaPipe's shoulder points sit wider and its nose higher than
 * the plain adult's joints, so shoulders, neck, arms and hands are centred above 1.
 */
type Range = { mean: number; sd: number; min: number; max: number };
export const PROPORTION_RANGES = {
  height: { mean: 1.7, sd: 0.1, min: 1.45, max: 1.98 },
  arms: { mean: 1.1, sd: 0.05, min: 0.98, max: 1.24 },
  torso: { mean: 1, sd: 0.05, min: 0.88, max: 1.12 },
  head: { mean: 1, sd: 0.06, min: 0.86, max: 1.16 },
  shoulders: { mean: 1.15, sd: 0.06, min: 1.0, max: 1.3 },
  hands: { mean: 1.1, sd: 0.07, min: 0.92, max: 1.3 },
  neck: { mean: 1.6, sd: 0.15, min: 1.25, max: 2.0 },
  palmWidth: { mean: 1.13, sd: 0.06, min: 0.98, max: 1.3 },
  fingers: { mean: 1.12, sd: 0.06, min: 0.97, max: 1.28 },
} as const satisfies Record<keyof Proportions, Range>;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Profile `i` of a corpus seed. */
export function makeProfile(seed: number, i: number): SignerProfile {
  if (!Number.isInteger(i) || i < 0 || i >= PROFILE_COUNT)
    throw new RangeError(outOfRangeMessage('profile', i, 0, PROFILE_COUNT - 1, 'an integer'));
  const rng = Rng.for(seed, 'profile', i);
  const draw = (r: Range): number => clamp(rng.normal(r.mean, r.sd), r.min, r.max);
  const R = PROPORTION_RANGES;
  const proportions: Proportions = {
    height: draw(R.height),
    arms: draw(R.arms),
    torso: draw(R.torso),
    head: draw(R.head),
    shoulders: draw(R.shoulders),
    hands: draw(R.hands),
    neck: draw(R.neck),
    palmWidth: draw(R.palmWidth),
    fingers: draw(R.fingers),
  };
  const heldOut = i >= PROFILE_COUNT - HELD_OUT_PROFILES;
  const dominant: Side = i % LEFT_HANDED_EVERY === 3 ? 'left' : 'right';
  return {
    id: `p${String(i).padStart(2, '0')}`,
    heldOut,
    proportions,
    dominant,
    style: {
      movementScale: clamp(rng.normal(1, 0.12), 0.75, 1.3),
      // Real signers sign higher than the lexicon's citation space (docs/REALISM figures): lift.
      spaceLift: rng.uniform(0.05, 0.28),
      spaceForward: clamp(rng.normal(0, 0.03), -0.06, 0.06),
    },
    rate: clamp(rng.normal(1, 0.12), 0.78, 1.25),
    transitionScale: rng.uniform(0.6, 1),
    nonManualGain: rng.uniform(0.6, 1.3),
    timingJitter: rng.uniform(0.05, 0.18),
  };
}

export function allProfiles(seed: number): SignerProfile[] {
  return Array.from({ length: PROFILE_COUNT }, (_, i) => makeProfile(seed, i));
}
