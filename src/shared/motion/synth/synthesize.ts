import { allocateClip, EXPRESSION_STRIDE, ROTATION_STRIDE, type Clip } from '../clip';
import type { NonManualSpan } from '../../text/result';
import { outOfRangeMessage } from '../../errors/invalid';
import type { Side } from '../rig';
import { DEFAULT_SKELETON, type Skeleton } from '../skeleton';
import { mirrorClip } from './mirror';
import { FrameSolver } from './solver';
import { buildUtterance, type UtteranceItem, type UtteranceVariation } from './utterance';

export interface SynthesizeOptions {
  /** Frames per second of the clip. */
  readonly fps: number;
  /** Signing speed: 1 = natural, 0.5 = half speed (twice as long), 2 = double. */
  readonly speed?: number;
  /** The avatar's skeleton; locations are on its own body. Default: an average adult. */
  readonly skeleton?: Skeleton;
  /** Grammatical markers over runs of signs (from text → gloss). */
  readonly nonManual?: readonly NonManualSpan[];
  /** A left-handed signer mirrors the whole performance. */
  readonly dominantHand?: Side;
  /** A signer's own timing, coarticulation, signing space and marker strength (corpus only). */
  readonly variation?: UtteranceVariation;
}

export const FPS_RANGE = [1, 240] as const;
export const SPEED_RANGE = [0.1, 4] as const;

/**
 * Turns an utterance (signs given as SignSpecs, fingerspelled words as their letters' specs) into
 * a motion clip: from the rest pose, through each sign with natural transitions, back to rest.
 * Pure and deterministic: the same input gives the same clip.
 */
export function synthesize(items: readonly UtteranceItem[], options: SynthesizeOptions): Clip {
  const { fps } = options;
  const speed = options.speed ?? 1;
  if (!Number.isFinite(fps) || fps < FPS_RANGE[0] || fps > FPS_RANGE[1]) {
    throw new RangeError(outOfRangeMessage('synthesize: fps', fps, ...FPS_RANGE));
  }
  if (!Number.isFinite(speed) || speed < SPEED_RANGE[0] || speed > SPEED_RANGE[1]) {
    throw new RangeError(outOfRangeMessage('synthesize: speed', speed, ...SPEED_RANGE));
  }
  const sk = options.skeleton ?? DEFAULT_SKELETON;
  const utt = buildUtterance(items, sk, speed, options.nonManual ?? [], options.variation);
  const frameCount = Math.max(1, Math.round(utt.duration * fps) + 1);
  const clip = allocateClip(fps, frameCount, utt.timeline);
  const solver = new FrameSolver(sk, utt);
  for (let f = 0; f < frameCount; f++) {
    solver.solve(
      f / fps,
      clip.rotations,
      f * ROTATION_STRIDE,
      clip.expressionWeights,
      f * EXPRESSION_STRIDE,
    );
  }
  return options.dominantHand === 'left' ? mirrorClip(clip) : clip;
}
