import { describe, expect, it } from 'vitest';
import {
  NO_NOISE,
  applyNoise,
  fitNoise,
  rhoAtFps,
  rhoToReference,
  runsAtFps,
  runsToReference,
  type NoiseParams,
} from '../../../../src/shared/synth/noise';
import { Rng } from '../../../../src/shared/synth/rng';
import { smoothBody } from './synthetic-body';

const TOLERANCE = 0.15;

function noisyRecordings(params: NoiseParams, count: number, frames: number, fps = 30) {
  return Array.from({ length: count }, (_, i) => ({
    frames: applyNoise(smoothBody({ frames, fps, phase: i }), fps, params, new Rng(100 + i)),
    fps,
  }));
}

function within(actual: number, expected: number): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(TOLERANCE);
}

// Whole synthetic clips per test: seconds on a loaded 2-core machine, not the default 5 s.
describe('fitNoise', { timeout: 30_000 }, () => {
  it('recovers white and AR(1) jitter sigmas from the high-pass residual', () => {
    const truth: NoiseParams = {
      ...NO_NOISE,
      pose: {
        shared: { sigma: 0.004, rho: 0 },
        point: { sigma: 0.003, rho: 0.3 },
        depth: { sigma: 0.05, rho: 0 },
      },
      hand: {
        shared: { sigma: 0.006, rho: 0 },
        point: { sigma: 0.004, rho: 0.4 },
        depth: { sigma: 0.01, rho: 0.3 },
      },
      face: {
        shared: { sigma: 0.001, rho: 0 },
        point: { sigma: 0.0008, rho: 0 },
        depth: { sigma: 0.002, rho: 0 },
      },
    };
    const fit = fitNoise(noisyRecordings(truth, 8, 300));
    for (const g of ['pose', 'hand', 'face'] as const) {
      within(fit[g].point.sigma, truth[g].point.sigma);
      within(fit[g].shared.sigma, truth[g].shared.sigma);
      within(fit[g].depth.sigma, truth[g].depth.sigma);
      expect(fit.source[g]).toBe('fitted');
    }
    expect(fit.hand.point.rho).toBeGreaterThan(0.25);
    expect(fit.hand.point.rho).toBeLessThan(0.55);
  });

  it('recovers dropout runs and marks what it cannot see as assumed', () => {
    const truth: NoiseParams = { ...NO_NOISE, dropout: { startPerFrame: 0.02, meanRunFrames: 4 } };
    const fit = fitNoise(noisyRecordings(truth, 10, 400));
    expect(fit.source.dropout).toBe('fitted');
    expect(Math.abs(fit.dropout.startPerFrame / 0.02 - 1)).toBeLessThan(0.25);
    expect(Math.abs(fit.dropout.meanRunFrames / 4 - 1)).toBeLessThan(0.25);
    expect(fit.source.swap).toBe('assumed');

    const clean = fitNoise(noisyRecordings(NO_NOISE, 2, 100));
    expect(clean.source.dropout).toBe('assumed');
  });

  it('brings dropouts measured at 15 fps to the 30 fps reference', () => {
    // applyNoise takes reference-rate parameters and converts them to the clip's 15 fps.
    const truth30 = { startPerFrame: 0.02, meanRunFrames: 6 };
    const fit = fitNoise(noisyRecordings({ ...NO_NOISE, dropout: truth30 }, 10, 400, 15));
    expect(Math.abs(fit.dropout.startPerFrame / 0.02 - 1)).toBeLessThan(0.3);
    expect(Math.abs(fit.dropout.meanRunFrames / 6 - 1)).toBeLessThan(0.3);
  });
});

describe('frame-rate conversion', () => {
  it('keeps the correlation time and the run rate per second', () => {
    expect(rhoAtFps(0.5, 15)).toBeCloseTo(0.25, 10);
    expect(rhoToReference(rhoAtFps(0.6, 9), 9)).toBeCloseTo(0.6, 10);
    const r = runsAtFps({ startPerFrame: 0.01, meanRunFrames: 3 }, 60);
    expect(r.meanRunFrames).toBeCloseTo(6, 10);
    expect(r.startPerFrame).toBeCloseTo(0.005, 4);
    const back = runsToReference(r, 60);
    expect(back.startPerFrame).toBeCloseTo(0.01, 10);
    expect(back.meanRunFrames).toBeCloseTo(3, 10);
  });
});
