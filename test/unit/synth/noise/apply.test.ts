import { describe, expect, it } from 'vitest';
import { COMPONENTS, VALUES_PER_POINT, isDetected } from '../../../../src/shared/landmarks/layout';
import {
  FITTED_NOISE,
  NO_NOISE,
  applyNoise,
  type NoiseParams,
} from '../../../../src/shared/synth/noise';
import { Rng } from '../../../../src/shared/synth/rng';
import { smoothBody } from './synthetic-body';

const JITTER_ONLY: NoiseParams = {
  ...FITTED_NOISE,
  dropout: { startPerFrame: 0, meanRunFrames: 1 },
  occlusion: { ...FITTED_NOISE.occlusion, startPerFrame: 0 },
  swap: { startPerFrame: 0, meanRunFrames: 1 },
};

// Whole synthetic clips per test: seconds on a loaded 2-core machine, not the default 5 s.
describe('applyNoise', { timeout: 30_000 }, () => {
  it('is deterministic for a seed, differs between seeds, and leaves the input alone', () => {
    const frames = smoothBody({ frames: 60 });
    const before = frames.map((f) => Float32Array.from(f));
    const a = applyNoise(frames, 30, FITTED_NOISE, new Rng(7));
    const b = applyNoise(frames, 30, FITTED_NOISE, new Rng(7));
    const c = applyNoise(frames, 30, FITTED_NOISE, new Rng(8));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(frames).toEqual(before);
    expect(a[10]).not.toEqual(frames[10]);
  });

  it('adds nothing with NO_NOISE', () => {
    const frames = smoothBody({ frames: 20 });
    // Adding zero turns −0 into +0; compare values, not signs of zero.
    const plain = (fs: Float32Array[]): number[][] => fs.map((f) => Array.from(f, (v) => v + 0));
    expect(plain(applyNoise(frames, 30, NO_NOISE, new Rng(1)))).toEqual(plain(frames));
  });

  it('scales the jitter with the body in the image (camera distance)', () => {
    const near = smoothBody({ frames: 40 });
    const far = smoothBody({ frames: 40, scale: 0.5 });
    const dn = applyNoise(near, 30, JITTER_ONLY, new Rng(3));
    const df = applyNoise(far, 30, JITTER_ONLY, new Rng(3));
    let checked = 0;
    for (let t = 0; t < near.length; t++) {
      for (let i = 0; i < near[t]!.length; i++) {
        if (i % VALUES_PER_POINT === 3 || !Number.isFinite(near[t]![i])) continue;
        const noiseNear = dn[t]![i]! - near[t]![i]!;
        const noiseFar = df[t]![i]! - far[t]![i]!;
        expect(noiseFar).toBeCloseTo(noiseNear * 0.5, 5);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('drops a hand whose wrist or most points leave the image, keeps pose points with low visibility', () => {
    const frames = smoothBody({ frames: 10 });
    const wristOut = frames[3]!;
    wristOut[COMPONENTS.leftHand.offset * VALUES_PER_POINT] = 1.02;
    const mostOut = frames[5]!;
    for (let p = 1; p < 21; p++)
      mostOut[(COMPONENTS.rightHand.offset + p) * VALUES_PER_POINT + 1] = 1.1;
    const poseOut = frames[6]!;
    const elbow = (COMPONENTS.pose.offset + 13) * VALUES_PER_POINT;
    poseOut[elbow + 1] = 1.3;
    const out = applyNoise(frames, 30, NO_NOISE, new Rng(1));
    expect(isDetected(out[3]!, 'leftHand')).toBe(false);
    expect(isDetected(out[3]!, 'rightHand')).toBe(true);
    expect(isDetected(out[5]!, 'rightHand')).toBe(false);
    expect(isDetected(out[4]!, 'leftHand')).toBe(true);
    expect(out[6]![elbow + 1]).toBeCloseTo(1.3, 5);
    expect(out[6]![elbow + 3]).toBe(NO_NOISE.outsideVisibility);
    expect(out[7]![elbow + 3]).toBe(1);
  });

  it('drops hands for runs of frames and swaps them at the given rates', () => {
    const frames = smoothBody({ frames: 3000 });
    const params: NoiseParams = {
      ...NO_NOISE,
      dropout: { startPerFrame: 0.05, meanRunFrames: 4 },
      swap: { startPerFrame: 0.01, meanRunFrames: 2 },
    };
    const out = applyNoise(frames, 30, params, new Rng(11));
    const missing = out.filter((f) => !isDetected(f, 'leftHand')).length / out.length;
    // Stationary share in a run: p·L / (1 + p·L) ≈ 0.17.
    expect(missing).toBeGreaterThan(0.12);
    expect(missing).toBeLessThan(0.22);
    const leftX = COMPONENTS.leftHand.offset * VALUES_PER_POINT;
    const swapped = out.filter(
      (f, t) => isDetected(f, 'leftHand') && f[leftX]! < frames[t]![leftX]! - 0.1,
    );
    expect(swapped.length).toBeGreaterThan(20);
  });

  it('needs the shoulders to know the body scale', () => {
    const frames = smoothBody({ frames: 5 });
    for (const f of frames)
      f.fill(Number.NaN, COMPONENTS.pose.offset * 4, (COMPONENTS.pose.offset + 33) * 4);
    expect(() => applyNoise(frames, 30, FITTED_NOISE, new Rng(1))).toThrow(/shoulders/);
  });
});
