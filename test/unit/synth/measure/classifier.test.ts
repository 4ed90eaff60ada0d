import { describe, expect, it } from 'vitest';
import { rocAuc, twoSampleAuc, type WindowGroup } from '../../../../src/shared/synth/measure';
import { Rng } from '../../../../src/shared/synth/rng';

const FEATURES = 12;

/** Recordings of windows drawn around a per-recording mean, shifted by `offset` in feature 0. */
function groups(rng: Rng, count: number, offset: number): WindowGroup[] {
  return Array.from({ length: count }, () => {
    const centre = Array.from({ length: FEATURES }, () => rng.normal(0, 0.3));
    return Array.from({ length: 6 }, () =>
      Float64Array.from(
        { length: FEATURES },
        (_, j) => centre[j]! + rng.normal(j === 0 ? offset : 0, 1),
      ),
    );
  });
}

describe('rocAuc', () => {
  it('is the Mann–Whitney probability, ties half', () => {
    expect(rocAuc([3, 4], [1, 2])).toBe(1);
    expect(rocAuc([1, 2], [3, 4])).toBe(0);
    expect(rocAuc([1, 3], [2, 2])).toBe(0.5);
    expect(rocAuc([2], [2])).toBe(0.5);
    expect(() => rocAuc([], [1])).toThrow(/both classes/);
  });
});

describe('twoSampleAuc', () => {
  it('tells separable samples apart (AUC ≈ 1)', () => {
    const rng = new Rng(1);
    const r = twoSampleAuc(groups(rng, 20, 4), groups(rng, 20, 0), new Rng(2));
    expect(r.auc).toBeGreaterThan(0.95);
    expect(r.recordings).toEqual({ a: 20, b: 20 });
    expect(r.windows).toEqual({ a: 120, b: 120 });
  });

  it('cannot tell samples from one distribution apart (AUC ≈ 0.5)', () => {
    const rng = new Rng(3);
    const r = twoSampleAuc(groups(rng, 24, 0), groups(rng, 24, 0), new Rng(4));
    expect(Math.abs(r.auc - 0.5)).toBeLessThan(0.1);
    expect(r.aucSd).toBeGreaterThan(0);
  });

  it('keeps a recording out of its own training folds (a per-recording signature does not leak)', () => {
    // Each recording is a tight cluster far from the others; labels are random per recording.
    // Window-level CV would memorise the clusters (AUC near 1); grouped CV cannot.
    const rng = new Rng(5);
    const make = (n: number): WindowGroup[] =>
      Array.from({ length: n }, () => {
        const c = Array.from({ length: FEATURES }, () => rng.normal(0, 10));
        return Array.from({ length: 8 }, () =>
          Float64Array.from(c, (v) => v + rng.normal(0, 0.01)),
        );
      });
    const r = twoSampleAuc(make(20), make(20), new Rng(6));
    expect(r.auc).toBeLessThan(0.7);
  });

  it('needs two recordings per sample', () => {
    const rng = new Rng(7);
    expect(() => twoSampleAuc(groups(rng, 1, 0), groups(rng, 5, 0), new Rng(1))).toThrow(
      /at least 2/,
    );
  });
});
