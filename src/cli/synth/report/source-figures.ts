import { COMPONENTS } from '../../../shared/landmarks/layout';
import {
  HAND,
  SIGNING_HEIGHT_QUANTILE,
  bodyValue,
  dominantHand,
  handWindows,
  measureRecording,
  quantile,
  requireBodyFrame,
  summarize,
  type NoiseGroup,
  type RecordingMeasures,
  type Summary,
  type WindowGroup,
} from '../../../shared/synth/measure';
import { averageSpectra, type MeanSpectrum } from './psd-average';
import type { PoseRecording } from './read-poses';

/** The compared measures: key → label, unit, and whether it is one value per recording or per frame. */
export const MEASURES = {
  noseHeight: {
    label: 'nose height above the shoulder line',
    unit: 'shoulder widths (− = above)',
    per: 'recording',
  },
  fingerspellingHeight: {
    label: 'fingerspelling hand height (wrist, 10th percentile)',
    unit: 'shoulder widths',
    per: 'recording',
  },
  signingHeight: {
    label: 'signing hand height (wrist, 10th percentile)',
    unit: 'shoulder widths',
    per: 'recording',
  },
  shoulderOverEars: { label: 'shoulder width / ear distance', unit: 'ratio', per: 'recording' },
  upperArm: { label: 'upper arm (dominant)', unit: 'shoulder widths', per: 'recording' },
  forearm: { label: 'forearm (dominant)', unit: 'shoulder widths', per: 'recording' },
  handSize: { label: 'hand size (wrist → middle MCP)', unit: 'shoulder widths', per: 'frame' },
  wristSpeed: { label: 'wrist speed (dominant)', unit: 'shoulder widths / s', per: 'frame' },
  jitterPose: { label: 'pose jitter (residual σ)', unit: 'shoulder widths', per: 'recording' },
  jitterHand: { label: 'hand jitter (residual σ)', unit: 'shoulder widths', per: 'recording' },
  jitterFace: { label: 'face jitter (residual σ)', unit: 'shoulder widths', per: 'recording' },
  dropoutRate: {
    label: 'hand dropout (missed share of its span)',
    unit: 'fraction',
    per: 'recording',
  },
} as const;
export type MeasureName = keyof typeof MEASURES;

export interface SourceFigures {
  recordings: number;
  frames: number;
  /** Recordings that could not be measured (no shoulders), by file. */
  unmeasured: string[];
  summaries: Record<MeasureName, Summary>;
  spectra: Record<NoiseGroup, MeanSpectrum>;
}

export interface SourceData {
  figures: SourceFigures;
  /** Raw values behind each summary, for the histograms. */
  values: Record<MeasureName, number[]>;
  windows: WindowGroup[];
  /** Windows from the fingerspelled spans only (like for like with fingerspelling recordings). */
  fingerspelledWindows: WindowGroup[];
}

/** Dominant wrist height over the given frame spans (REALISM.md's signing height). */
function spanHeight(rec: PoseRecording, spans: readonly [number, number][]): number {
  const body = requireBodyFrame(rec, rec.file);
  const hand = dominantHand(rec.frames);
  const p = COMPONENTS[hand].offset + HAND.wrist;
  const ys = spans.flatMap(([a, b]) => rec.frames.slice(a, b).map((f) => bodyValue(f, p, 1, body)));
  return quantile(ys, SIGNING_HEIGHT_QUANTILE);
}

/**
 * Measures every recording of one source. `fingerspelling` gives the fingerspelled frame spans
 * per file; a file without spans counts as fingerspelling throughout only when `allFingerspelled`
 * (the real fingerspelling clips), else it has no fingerspelling height.
 */
export function measureSource(
  recordings: readonly PoseRecording[],
  fingerspelling: ReadonlyMap<string, [number, number][]>,
  allFingerspelled: boolean,
): SourceData {
  const values = Object.fromEntries(
    Object.keys(MEASURES).map((k) => [k, [] as number[]]),
  ) as Record<MeasureName, number[]>;
  const measured: RecordingMeasures[] = [];
  const unmeasured: string[] = [];
  const windows: WindowGroup[] = [];
  const fingerspelledWindows: WindowGroup[] = [];
  for (const rec of recordings) {
    let m: RecordingMeasures;
    try {
      m = measureRecording(rec);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      unmeasured.push(rec.file);
      continue;
    }
    measured.push(m);
    const p = m.proportions;
    values.noseHeight.push(p.noseHeight);
    values.signingHeight.push(p.signingHeight);
    const name = rec.file.split(/[\\/]/).pop() ?? rec.file;
    const spans = fingerspelling.get(name);
    if (spans) values.fingerspellingHeight.push(spanHeight(rec, spans));
    else if (allFingerspelled) values.fingerspellingHeight.push(p.signingHeight);
    values.shoulderOverEars.push(p.shoulderOverEars);
    values.upperArm.push(p.upperArm);
    values.forearm.push(p.forearm);
    values.handSize.push(...m.handSizes);
    values.wristSpeed.push(...m.wristSpeeds);
    values.jitterPose.push(m.jitter.pose);
    values.jitterHand.push(m.jitter.hand);
    values.jitterFace.push(m.jitter.face);
    values.dropoutRate.push(m.dropoutRate);
    windows.push(handWindows(rec));
    if (spans) {
      const w = spans.flatMap(([a, b]) => {
        try {
          return handWindows({ ...rec, frames: rec.frames.slice(a, b) });
        } catch (e) {
          if (e instanceof RangeError) return [];
          throw e;
        }
      });
      if (w.length > 0) fingerspelledWindows.push(w);
    } else if (allFingerspelled) fingerspelledWindows.push(windows[windows.length - 1]!);
  }
  const summaries = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, summarize(v)]),
  ) as Record<MeasureName, Summary>;
  const spectra = Object.fromEntries(
    (['pose', 'hand', 'face'] as const).map((g) => [
      g,
      averageSpectra(measured.map((m) => m.spectra[g])),
    ]),
  ) as Record<NoiseGroup, MeanSpectrum>;
  return {
    figures: {
      recordings: measured.length,
      frames: measured.reduce((s, m) => s + m.frames, 0),
      unmeasured,
      summaries,
      spectra,
    },
    values,
    windows,
    fingerspelledWindows,
  };
}
