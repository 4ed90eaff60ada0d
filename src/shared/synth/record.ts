import type { NonManualSpan } from '../text/result';
import type { CameraVariation } from './camera';
import type { PlannedUtterance } from './plan';
import type { SignerProfile } from './profiles';
import type { RenderedUtterance } from './render';
import type { Split } from './splits';

/** One line of corpus.jsonl (docs/corpus.md). */
export interface CorpusRecord {
  readonly id: string;
  readonly split: Split;
  readonly kind: string;
  readonly setting: string;
  readonly english: readonly string[];
  readonly glosses: readonly { gloss: string; start: number; end: number }[];
  readonly nonManual: readonly (NonManualSpan & { startFrame: number; endFrame: number })[];
  readonly fingerspelled: readonly string[];
  readonly pair: string | null;
  readonly profile: string;
  readonly dominant: 'left' | 'right';
  readonly speed: number;
  readonly fps: number;
  readonly frames: number;
  readonly width: number;
  readonly height: number;
  readonly camera: Omit<CameraVariation, 'width' | 'height'>;
  readonly seed: number;
  readonly shard: number;
  /** First frame of the utterance in its shard, in frames. */
  readonly offset: number;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function corpusRecord(
  plan: PlannedUtterance,
  profile: SignerProfile,
  r: RenderedUtterance,
  where: { seed: number; shard: number; offset: number },
): CorpusRecord {
  const c = r.camera;
  return {
    id: plan.id,
    split: plan.split,
    kind: plan.sentence.kind,
    setting: plan.sentence.setting,
    english: plan.sentence.english,
    glosses: r.signs.map((s) => ({ gloss: s.gloss, start: s.start, end: s.end })),
    nonManual: r.nonManual.map((s) => ({ ...s })),
    fingerspelled: plan.sentence.fingerspelled,
    pair: plan.pair,
    profile: profile.id,
    dominant: profile.dominant,
    speed: round(r.speed, 4),
    fps: r.fps,
    frames: r.frames.length,
    width: c.width,
    height: c.height,
    camera: {
      yawDeg: round(c.yawDeg, 3),
      pitchDeg: round(c.pitchDeg, 3),
      rollDeg: round(c.rollDeg, 3),
      distance: round(c.distance, 4),
      cropBottom: round(c.cropBottom, 4),
      shiftX: round(c.shiftX, 4),
    },
    seed: where.seed,
    shard: where.shard,
    offset: where.offset,
  };
}
