/**
 * Where an utterance starts and ends, from the model-rate feature frames (25 fps). Signing starts
 * when a hand is up (its wrist above the rest line) for ONSET_S; it ends when both hands are
 * absent or back at rest for REST_MIN_S, or when no new gloss arrived for PAUSE_S (the signer
 * holds still mid-air), or at MAX_UTTERANCE_S. Frames before the start are kept for PREROLL_S:
 * the model was trained on recordings that begin before the first sign.
 *
 * Where the hand detector has lost a hand, the pose's wrist says where it is: MediaPipe loses
 * hands for long stretches of real signing (at the face, crossing, moving fast: on the avatar's
 * video each hand was missing in more than half of the signing frames), while the pose keeps
 * tracking the arm. Reading only the hand landmarks ended sentences in the middle.
 */
import { MODEL_FPS } from '../features/resample';
import { featureIndex } from '../features/layout';

/**
 * The rest line, in shoulder widths below the shoulder midpoint (body coordinates, y down).
 * Measured on the synthetic corpus (ase-50k, 200 utterances, feature version 1): the higher
 * wrist before the first sign sits at 1.26 (5th percentile) to 1.61; while signing it is below
 * 1.08 in 95% of frames. Real signers resting hands in the lap are lower still.
 */
export const REST_WRIST_Y = 1.15;
/** Both hands down or gone this long ends the utterance. */
export const REST_MIN_S = 0.5;
/**
 * No new gloss for this long ends the utterance. Longer than the longest signs of the lexicon with
 * their repetitions (COMPUTER, COLD: up to 1.6 s at the slowest corpus speed), whose gloss the CTC
 * head gives once: 1.2 s split them in two.
 */
export const PAUSE_S = 2.0;
/** A hand up this long starts one (a shorter twitch does not). */
export const ONSET_S = 0.12;
/** Frames kept from before the start. */
export const PREROLL_S = 0.5;
/** Longest utterance: the decoder's memory grows with it. */
export const MAX_UTTERANCE_S = 30;
/** No frames for this long (camera stopped, app hidden): the utterance is cut off. */
export const CAMERA_LOST_S = 1.0;

export const secondsToModelFrames = (s: number): number => Math.round(s * MODEL_FPS);

const HANDS = ['leftHand', 'rightHand'] as const;
const MASK = HANDS.map((h) => featureIndex(`${h}.mask`));
const WRIST_Y = HANDS.map((h) => featureIndex(`${h}.wrist.y`));
/** The pose's wrists, the subject's own sides like the hands (features write 0 when missing). */
const POSE_WRIST_X = (['LEFT_WRIST', 'RIGHT_WRIST'] as const).map((w) =>
  featureIndex(`pose.${w}.x`),
);
const POSE_WRIST_Y = (['LEFT_WRIST', 'RIGHT_WRIST'] as const).map((w) =>
  featureIndex(`pose.${w}.y`),
);
const BODY_MASK = featureIndex('body.mask');

/**
 * A hand is up: its wrist above the rest line, from the hand landmarks when the hand is detected,
 * else from the pose's wrist (without a body frame, a detected hand is enough).
 */
export function handsActive(features: Float32Array): boolean {
  const body = features[BODY_MASK] === 1;
  for (let h = 0; h < HANDS.length; h++) {
    if (features[MASK[h] ?? 0] === 1) {
      if (!body) return true;
      if ((features[WRIST_Y[h] ?? 0] ?? Infinity) < REST_WRIST_Y) return true;
      continue;
    }
    if (!body) continue;
    const x = features[POSE_WRIST_X[h] ?? 0] ?? 0;
    const y = features[POSE_WRIST_Y[h] ?? 0] ?? 0;
    if ((x !== 0 || y !== 0) && y < REST_WRIST_Y) return true;
  }
  return false;
}

export type EndReason = 'rest' | 'pause' | 'max-length';
export type EndpointEvent =
  | { readonly type: 'none' }
  /** `from`: the first model frame of the utterance (pre-roll included). */
  | { readonly type: 'start'; readonly from: number }
  | { readonly type: 'end'; readonly reason: EndReason };

const NONE: EndpointEvent = { type: 'none' };

export interface EndpointTimes {
  readonly onset: number;
  readonly rest: number;
  readonly pause: number;
  readonly preroll: number;
  readonly max: number;
}

export const DEFAULT_ENDPOINT_FRAMES: EndpointTimes = {
  onset: secondsToModelFrames(ONSET_S),
  rest: secondsToModelFrames(REST_MIN_S),
  pause: secondsToModelFrames(PAUSE_S),
  preroll: secondsToModelFrames(PREROLL_S),
  max: secondsToModelFrames(MAX_UTTERANCE_S),
};

export class Endpointer {
  /** Model frames seen so far (the index of the next one). */
  frame = 0;
  private signing = false;
  private activeRun = 0;
  private restRun = 0;
  private start = 0;
  /** The frame after the last utterance: a pre-roll never reaches back into it. */
  private lastEnd = 0;

  constructor(readonly times: EndpointTimes = DEFAULT_ENDPOINT_FRAMES) {}

  get inUtterance(): boolean {
    return this.signing;
  }

  /**
   * One model frame: whether a hand is up, and the frame at which the glosses last changed
   * (-1: none yet). Returns a start, an end or nothing.
   */
  push(active: boolean, lastGlossFrame: number): EndpointEvent {
    const f = this.frame++;
    if (!this.signing) {
      this.activeRun = active ? this.activeRun + 1 : 0;
      if (this.activeRun < this.times.onset) return NONE;
      this.signing = true;
      this.restRun = 0;
      this.start = f - this.activeRun + 1;
      return { type: 'start', from: Math.max(this.lastEnd, this.start - this.times.preroll) };
    }
    this.restRun = active ? 0 : this.restRun + 1;
    let reason: EndReason | undefined;
    if (this.restRun >= this.times.rest) reason = 'rest';
    else if (f - Math.max(this.start, lastGlossFrame) >= this.times.pause) reason = 'pause';
    else if (f - this.start >= this.times.max) reason = 'max-length';
    if (reason === undefined) return NONE;
    this.stop();
    return { type: 'end', reason };
  }

  /** Ends the current utterance from outside (end of input, camera lost). */
  stop(): void {
    this.signing = false;
    this.activeRun = 0;
    this.lastEnd = this.frame;
  }

  reset(): void {
    this.stop();
    this.frame = 0;
    this.lastEnd = 0;
  }
}
