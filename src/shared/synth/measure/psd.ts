import { median } from './stats';

/**
 * Power spectral density of residual series: Hann-windowed periodograms of segments of
 * PSD_SEGMENT consecutive finite samples (one-sided, units² per Hz), combined by the median over
 * segments divided by ln 2 (a periodogram bin of Gaussian noise is exponential, median S·ln 2).
 * The median, not the mean: a single fast real movement or a swapped hand frame would otherwise
 * set the whole curve. Short segments because real fingerspelling clips are about a second long;
 * the frequency grid is fps / PSD_SEGMENT.
 */
export const PSD_SEGMENT = 16;

export interface Spectrum {
  /** Frequencies, Hz: 0 … fps/2. */
  hz: number[];
  power: number[];
  /** Segments averaged. */
  segments: number;
}

const HANN = Array.from(
  { length: PSD_SEGMENT },
  (_, t) => 0.5 - 0.5 * Math.cos((2 * Math.PI * t) / (PSD_SEGMENT - 1)),
);
const HANN_POWER = HANN.reduce((s, w) => s + w * w, 0);

function addPeriodogram(seg: ArrayLike<number>, fps: number, acc: number[][]): void {
  let m = 0;
  for (let t = 0; t < PSD_SEGMENT; t++) m += seg[t]!;
  m /= PSD_SEGMENT;
  for (let k = 0; k <= PSD_SEGMENT / 2; k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < PSD_SEGMENT; t++) {
      const v = (seg[t]! - m) * HANN[t]!;
      const a = (-2 * Math.PI * k * t) / PSD_SEGMENT;
      re += v * Math.cos(a);
      im += v * Math.sin(a);
    }
    const oneSided = k === 0 || k === PSD_SEGMENT / 2 ? 1 : 2;
    acc[k]!.push((oneSided * (re * re + im * im)) / (fps * HANN_POWER));
  }
}

/** Mean periodogram over the non-overlapping full segments of finite values in each series. */
export function residualSpectrum(series: readonly ArrayLike<number>[], fps: number): Spectrum {
  const acc = Array.from({ length: PSD_SEGMENT / 2 + 1 }, () => [] as number[]);
  let segments = 0;
  for (const s of series) {
    let run = 0;
    for (let t = 0; t < s.length; t++) {
      run = Number.isFinite(s[t]) ? run + 1 : 0;
      if (run === PSD_SEGMENT) {
        addPeriodogram(Array.prototype.slice.call(s, t - PSD_SEGMENT + 1, t + 1), fps, acc);
        segments++;
        run = 0;
      }
    }
  }
  return {
    hz: acc.map((_, k) => (k * fps) / PSD_SEGMENT),
    power: acc.map((p) => (segments > 0 ? median(p) / Math.LN2 : Number.NaN)),
    segments,
  };
}
