import type { SignLexicon } from '../lexicon/sign-lexicon';
import { synthesize } from '../motion';
import { clipToLandmarks } from '../motion/fk/landmarks';
import type { Skeleton } from '../motion/skeleton';
import { makeSkeleton } from '../motion/skeleton';
import type { NonManualSpan } from '../text/result';
import { drawCamera, variedCamera, type CameraVariation } from './camera';
import { applyNoise } from './noise/apply';
import type { NoiseParams } from './noise/params';
import type { SignerProfile } from './profiles';
import { Rng } from './rng';

/** Camera frame rates: webcams and phones (24–60), and what a CPU-only landmarker delivers. */
export const FRAME_RATES = [10, 12, 15, 24, 25, 30, 60] as const;
const FRAME_RATE_WEIGHTS = [1, 1, 1, 1.5, 1.5, 3, 1.5];
/** Utterance speed range the issue asks for, around the signer's own rate. */
export const SPEED_RANGE = [0.7, 1.4] as const;

export interface RenderRequest {
  readonly glosses: readonly string[];
  readonly nonManual: readonly NonManualSpan[];
  readonly profile: SignerProfile;
  /** The seed of this utterance (corpus seed mixed with its index). */
  readonly seed: number;
  readonly index: number;
}

export interface FrameSpan {
  readonly start: number;
  readonly end: number;
}

export interface RenderedUtterance {
  /** Holistic frames (landmarks/layout.ts), noise applied. */
  readonly frames: Float32Array[];
  readonly fps: number;
  readonly speed: number;
  readonly camera: CameraVariation;
  /** Per gloss, its frames (end exclusive). */
  readonly signs: readonly (FrameSpan & { readonly gloss: string })[];
  readonly nonManual: readonly (NonManualSpan & {
    readonly startFrame: number;
    readonly endFrame: number;
  })[];
}

/** Renders planned utterances; one per worker, it caches each signer's skeleton. */
export class UtteranceRenderer {
  private readonly skeletons = new Map<string, Skeleton>();

  constructor(
    private readonly lexicon: SignLexicon,
    private readonly noise: NoiseParams,
  ) {}

  render(req: RenderRequest): RenderedUtterance {
    const { lexicon } = this;
    const { items, unresolved } = lexicon.resolve(req.glosses);
    if (unresolved.length > 0) {
      const u = unresolved[0]!;
      throw new RangeError(
        `utterance ${req.index}: gloss "${u.gloss}" has no sign in pack ${lexicon.packId} (${u.reason}); the sentence generator may only use the pack's ${lexicon.size} glosses or fs-WORD with letters of its alphabet`,
      );
    }
    const rng = Rng.for(req.seed, 'render', req.index);
    const p = req.profile;
    const fps = FRAME_RATES[rng.weighted(FRAME_RATE_WEIGHTS)]!;
    const speed = Math.min(
      SPEED_RANGE[1],
      Math.max(SPEED_RANGE[0], p.rate * rng.uniform(0.88, 1.14)),
    );
    const signScale = items.map(() => Math.exp(rng.normal(0, p.timingJitter)));
    const camera = drawCamera(rng);
    const sk = this.skeleton(p);
    const clip = synthesize(items, {
      fps,
      speed,
      skeleton: sk,
      nonManual: req.nonManual,
      dominantHand: p.dominant,
      variation: {
        style: p.style,
        signScale,
        transitionScale: p.transitionScale,
        nonManualGain: p.nonManualGain,
      },
    });
    const clean = clipToLandmarks(clip, sk, { camera: variedCamera(sk, camera) });
    const frames = applyNoise(clean, fps, this.noise, Rng.for(req.seed, 'noise', req.index), {
      aspect: camera.width / camera.height,
    });
    const toFrame = (t: number): number =>
      Math.min(frames.length, Math.max(0, Math.round(t * fps)));
    const signs = clip.timeline.map((t) => ({
      gloss: t.gloss,
      start: toFrame(t.start),
      end: toFrame(t.end),
    }));
    const nonManual = req.nonManual.map((s) => ({
      ...s,
      startFrame: signs[s.start]?.start ?? 0,
      endFrame: signs[s.end - 1]?.end ?? frames.length,
    }));
    return { frames, fps, speed, camera, signs, nonManual };
  }

  private skeleton(p: SignerProfile): Skeleton {
    let sk = this.skeletons.get(p.id);
    if (sk === undefined) {
      sk = makeSkeleton(p.proportions);
      this.skeletons.set(p.id, sk);
    }
    return sk;
  }
}
