import { describe, expect, it } from 'vitest';
import {
  FeatureResampler,
  MODEL_FPS,
  resampleFeatures,
  resampledLength,
} from '../../../src/shared/slt/features/resample';

/** The same vectors as training/tests/test_slt_features.py: both languages give these numbers. */
const X = Float32Array.from([0, 1, 1, 3, 2, 5, 4, 9]);

describe('features at the model rate', () => {
  it('interpolates 10 fps up to 25 fps', () => {
    expect(MODEL_FPS).toBe(25);
    expect(resampledLength(4, 10)).toBe(8);
    const y = resampleFeatures(X, 4, 2, 10);
    const col = (c: number): number[] => Array.from({ length: 8 }, (_, k) => y[k * 2 + c]!);
    const near = (a: number[], b: number[]): void =>
      a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 5));
    near(col(0), [0, 0.4, 0.8, 1.2, 1.6, 2.0, 2.8, 3.6]);
    near(col(1), [1, 1.8, 2.6, 3.4, 4.2, 5.0, 6.6, 8.2]);
  });

  it('keeps 25 fps and halves 50 fps', () => {
    expect(Array.from(resampleFeatures(X, 4, 2, 25))).toEqual(Array.from(X));
    expect(Array.from(resampleFeatures(X, 4, 2, 50))).toEqual([0, 1, 2, 5]);
  });

  it('streams the same frames as the batch version', () => {
    for (const fps of [9, 10, 15, 24, 30, 60]) {
      const n = 37;
      const x = Float32Array.from({ length: n * 3 }, (_, i) => Math.sin(i * 0.37) * 3);
      const batch = resampleFeatures(x, n, 3, fps);
      const r = new FeatureResampler(3);
      const out = new Float32Array(3);
      const got: number[] = [];
      for (let t = 0; t < n; t++)
        r.push(x.subarray(t * 3, t * 3 + 3), fps, out, (f) => got.push(...f));
      expect(got.length).toBe(batch.length);
      got.forEach((v, i) => expect(v).toBeCloseTo(batch[i]!, 5));
    }
  });

  it('refuses a frame rate of 0', () => {
    expect(() => resampleFeatures(X, 4, 2, 0)).toThrow(/fps 0/);
  });
});
