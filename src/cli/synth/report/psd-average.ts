import { median, type Spectrum } from '../../../shared/synth/measure';

/** Common frequency grid for averaging spectra of recordings made at 24–60 fps, Hz. */
export const PSD_GRID_STEP_HZ = 0.75;
/** Highest grid frequency: the Nyquist frequency of the slowest real recordings (24 fps). */
export const PSD_GRID_MAX_HZ = 12;

export interface MeanSpectrum {
  hz: number[];
  power: number[];
}

/**
 * Median over recordings of their spectra, each linearly interpolated onto the common grid: the
 * typical recording, so one clip with a hand swap or a jerk does not set the curve.
 */
export function averageSpectra(spectra: readonly Spectrum[]): MeanSpectrum {
  const hz = Array.from(
    { length: Math.round(PSD_GRID_MAX_HZ / PSD_GRID_STEP_HZ) + 1 },
    (_, i) => i * PSD_GRID_STEP_HZ,
  );
  const values = hz.map(() => [] as number[]);
  for (const s of spectra) {
    if (s.segments === 0) continue;
    hz.forEach((f, i) => {
      const k = s.hz.findIndex((h) => h >= f);
      if (k < 0) return;
      const p =
        k === 0 || s.hz[k] === f
          ? s.power[k]!
          : s.power[k - 1]! +
            ((s.power[k]! - s.power[k - 1]!) * (f - s.hz[k - 1]!)) / (s.hz[k]! - s.hz[k - 1]!);
      if (Number.isFinite(p)) values[i]!.push(p);
    });
  }
  return { hz, power: values.map((v) => median(v)) };
}
