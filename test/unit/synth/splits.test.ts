import { describe, expect, it } from 'vitest';
import {
  isHeldOutSequence,
  SPLITS,
  splitCounts,
  splitLayout,
} from '../../../src/shared/synth/splits';

describe('corpus splits', () => {
  it('gives every split its share and train the rest', () => {
    const c = splitCounts(50_000);
    expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(50_000);
    expect(c['test-nmm-pairs']).toBeGreaterThanOrEqual(400); // ≥ 200 pairs
    expect(c['test-nmm-pairs'] % 2).toBe(0);
    expect(c.train).toBeGreaterThan(40_000);
    for (const s of SPLITS) expect(c[s], s).toBeGreaterThan(0);
  });

  it('still has every split in a small corpus', () => {
    const c = splitCounts(60);
    for (const s of SPLITS) expect(c[s], s).toBeGreaterThan(0);
    expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(60);
  });

  it('rejects a corpus of no utterances with the value in the message', () => {
    expect(() => splitCounts(0)).toThrow(/corpus size 0/);
  });

  it('lays pairs on consecutive indices and is the same for the same seed', () => {
    const a = splitLayout(2000, 5);
    expect(a).toEqual(splitLayout(2000, 5));
    expect(a).not.toEqual(splitLayout(2000, 6));
    for (let i = 0; i < a.length;) {
      if (a[i] === 'test-nmm-pairs') {
        expect(a[i + 1]).toBe('test-nmm-pairs');
        i += 2;
      } else i++;
    }
  });

  it('holds out a stable ~8% of gloss sequences', () => {
    let held = 0;
    for (let i = 0; i < 5000; i++) if (isHeldOutSequence(['HELLO', `X${i}`], 1)) held++;
    expect(held / 5000).toBeGreaterThan(0.06);
    expect(held / 5000).toBeLessThan(0.1);
    expect(isHeldOutSequence(['A', 'B'], 1)).toBe(isHeldOutSequence(['A', 'B'], 1));
  });
});
