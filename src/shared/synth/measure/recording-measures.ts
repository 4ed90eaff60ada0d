import { requireBodyFrame } from './body-frame';
import { handDropout } from './dropout';
import { partJitter, partResidualSeries } from './jitter';
import { wristSpeeds } from './motion';
import type { NoiseGroup } from './parts';
import { dominantHand, handSizes, proportions, type Proportions } from './proportions';
import { residualSpectrum, type Spectrum } from './psd';
import { finite } from './stats';
import type { Recording } from './recording';

/** Everything the realism report compares, for one recording (lengths in shoulder widths). */
export interface RecordingMeasures {
  frames: number;
  fps: number;
  proportions: Proportions;
  /** Dominant hand, per frame where seen. */
  handSizes: number[];
  /** Dominant wrist, shoulder widths per second, per frame where measurable. */
  wristSpeeds: number[];
  /** Robust sigma of the high-pass residual (shared + per point), per group; NaN if unseen. */
  jitter: Record<NoiseGroup, number>;
  /** Share of the dominant hand's span (first to last detection) in which it was missed. */
  dropoutRate: number;
  spectra: Record<NoiseGroup, Spectrum>;
}

/** Measures one recording (throws if no frame shows both shoulders). */
export function measureRecording(rec: Recording): RecordingMeasures {
  const body = requireBodyFrame(rec);
  const hand = dominantHand(rec.frames);
  const parts = { pose: 'pose', hand, face: 'face' } as const;
  const jitter = {} as Record<NoiseGroup, number>;
  const spectra = {} as Record<NoiseGroup, Spectrum>;
  for (const g of ['pose', 'hand', 'face'] as const) {
    const j = partJitter(rec, parts[g]);
    jitter[g] = j ? Math.sqrt(j.shared.variance + j.point.variance) : Number.NaN;
    spectra[g] = residualSpectrum(partResidualSeries(rec, parts[g]), rec.fps);
  }
  const d = handDropout(rec, hand);
  return {
    frames: rec.frames.length,
    fps: rec.fps,
    proportions: proportions(rec.frames, body),
    handSizes: finite(handSizes(rec.frames, hand, body)),
    wristSpeeds: finite(wristSpeeds(rec.frames, rec.fps, hand, body)),
    jitter,
    dropoutRate: d.span > 0 ? (d.span - d.detected) / d.span : Number.NaN,
    spectra,
  };
}
