import fs from 'node:fs/promises';
import path from 'node:path';
import type { NoiseGroup } from '../../../shared/synth/measure';
import { rasterise } from './rasterise';
import { MEASURES, type MeasureName, type SourceData } from './source-figures';
import { histogramSvg, lineSvg } from './svg';

export const COLORS = { synthetic: '#d95f02', real: '#1b9e77' } as const;

/** Histograms drawn, by plot name (report-<name>.png). */
const HISTOGRAMS: Record<string, MeasureName> = {
  'hand-size': 'handSize',
  'wrist-speed': 'wristSpeed',
  'nose-height': 'noseHeight',
  'fingerspelling-height': 'fingerspellingHeight',
  'hand-jitter': 'jitterHand',
  dropout: 'dropoutRate',
};
const SPECTRA: readonly NoiseGroup[] = ['pose', 'hand', 'face'];

export interface WrittenPlots {
  /** Image file names (PNG when rasterised, else SVG), relative to the report. */
  files: Record<string, string>;
  rasterised: boolean;
}

/** Writes every plot as SVG beside the report, then PNGs from them when Chromium is there. */
export async function writePlots(
  outDir: string,
  synthetic: SourceData,
  real: SourceData,
): Promise<WrittenPlots> {
  const svgs: Record<string, string> = {};
  for (const [name, key] of Object.entries(HISTOGRAMS)) {
    const m = MEASURES[key];
    svgs[name] = histogramSvg(`${m.label} (per ${m.per})`, m.unit, [
      { name: 'synthetic', color: COLORS.synthetic, values: synthetic.values[key] },
      { name: 'real', color: COLORS.real, values: real.values[key] },
    ]);
  }
  for (const g of SPECTRA) {
    const s = synthetic.figures.spectra[g];
    const r = real.figures.spectra[g];
    svgs[`psd-${g}`] = lineSvg(
      `${g} jitter spectrum (Savitzky–Golay residual)`,
      'Hz',
      'power, shoulder widths² / Hz (log10)',
      [
        { name: 'synthetic', color: COLORS.synthetic, x: s.hz, y: s.power },
        { name: 'real', color: COLORS.real, x: r.hz, y: r.power },
      ],
      true,
    );
  }
  const jobs = Object.entries(svgs).map(([name, svg]) => ({
    name,
    svg: path.join(outDir, `report-${name}.svg`),
    png: path.join(outDir, `report-${name}.png`),
    markup: svg,
  }));
  for (const j of jobs) await fs.writeFile(j.svg, j.markup);
  const rasterised = await rasterise(jobs);
  return {
    files: Object.fromEntries(jobs.map((j) => [j.name, path.basename(rasterised ? j.png : j.svg)])),
    rasterised,
  };
}
