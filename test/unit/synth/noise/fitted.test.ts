import { expect, it } from 'vitest';
import { readPoseFolder } from '../../../../src/cli/synth/report/read-poses';
import { FITTED_NOISE, fitNoise, type Ar1 } from '../../../../src/shared/synth/noise';
import { describeShared, sharedPath } from '../../../helpers/shared';

/** fitted.ts rounds to three significant digits. */
const ROUNDING = 0.005;

describeShared('FITTED_NOISE', ['data/fingerspelling', 'fixtures/pose'], () => {
  it('is what fitNoise gives on the recordings its comment names', async () => {
    const a = await readPoseFolder(sharedPath('data/fingerspelling'));
    const b = await readPoseFolder(sharedPath('fixtures/pose'));
    const recordings = [...a.recordings, ...b.recordings];
    expect(recordings).toHaveLength(58);
    expect(recordings.reduce((s, r) => s + r.frames.length, 0)).toBe(2008);
    const fit = fitNoise(recordings);
    const close = (x: Ar1, y: Ar1): void => {
      expect(Math.abs(x.sigma / y.sigma - 1)).toBeLessThan(ROUNDING);
      expect(Math.abs(x.rho - y.rho)).toBeLessThan(ROUNDING);
    };
    for (const g of ['pose', 'hand', 'face'] as const) {
      for (const c of ['shared', 'point', 'depth'] as const) close(fit[g][c], FITTED_NOISE[g][c]);
    }
    expect(fit.source).toEqual(FITTED_NOISE.source);
    expect(fit.outsideVisibility).toBeCloseTo(FITTED_NOISE.outsideVisibility, 4);
  }, 60_000);
});
