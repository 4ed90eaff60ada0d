import { describe, expect, it } from 'vitest';
import { clipDuration, type Clip } from '../../../src/shared/motion/clip';
import { synthesize } from '../../../src/shared/motion';
import { sampleUtterance } from '../../../src/shared/motion/bench';
import { expressionIndex } from '../../../src/shared/motion/rig';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { frameWorld } from './frames';

/** A signer's own timing, space and marker strength (the synthetic corpus's UtteranceVariation). */
const items = sampleUtterance().map((s) => ({ gloss: s.gloss, spec: s, source: 'sample' }));
const base = { fps: 30 } as const;

function wristPath(clip: Clip): { meanY: number; maxY: number; travel: number } {
  let sumY = 0;
  let maxY = -Infinity;
  let travel = 0;
  let prev: readonly number[] | undefined;
  for (let f = 0; f < clip.frameCount; f++) {
    const p = frameWorld(clip, DEFAULT_SKELETON, f).pos.rightHand;
    sumY += p[1];
    maxY = Math.max(maxY, p[1]);
    if (prev) travel += Math.hypot(p[0] - prev[0]!, p[1] - prev[1]!, p[2] - prev[2]!);
    prev = [...p];
  }
  return { meanY: sumY / clip.frameCount, maxY, travel };
}

function peakWeight(clip: Clip, name: 'browRaise'): number {
  const i = expressionIndex(name);
  const n = clip.expressions.length;
  let peak = 0;
  for (let f = 0; f < clip.frameCount; f++)
    peak = Math.max(peak, clip.expressionWeights[f * n + i]!);
  return peak;
}

describe('utterance variation', () => {
  it('changes nothing when empty (the app signs as before)', () => {
    const a = synthesize(items, base);
    const b = synthesize(items, { ...base, variation: {} });
    expect(b.rotations).toEqual(a.rotations);
    expect(b.expressionWeights).toEqual(a.expressionWeights);
  });

  it('per-sign scale and coarticulated transitions change the timing', () => {
    const plain = clipDuration(synthesize(items, base));
    const slowSigns = clipDuration(
      synthesize(items, { ...base, variation: { signScale: items.map(() => 1.3) } }),
    );
    const tight = clipDuration(synthesize(items, { ...base, variation: { transitionScale: 0.5 } }));
    expect(slowSigns).toBeGreaterThan(plain * 1.1);
    expect(tight).toBeLessThan(plain * 0.97);
    const first = synthesize(items, { ...base, variation: { signScale: [2] } }).timeline[0]!;
    const plainFirst = synthesize(items, base).timeline[0]!;
    expect(first.end - first.start).toBeGreaterThan((plainFirst.end - plainFirst.start) * 1.25);
  });

  it('a lifted signing space raises the hands; bigger movements travel further', () => {
    const plain = wristPath(synthesize(items, base));
    const lifted = wristPath(
      synthesize(items, {
        ...base,
        variation: { style: { movementScale: 1, spaceLift: 0.1, spaceForward: 0 } },
      }),
    );
    const big = wristPath(
      synthesize(items, {
        ...base,
        variation: { style: { movementScale: 1.3, spaceLift: 0, spaceForward: 0 } },
      }),
    );
    expect(lifted.meanY).toBeGreaterThan(plain.meanY + 0.03);
    expect(big.travel).toBeGreaterThan(plain.travel * 1.03);
  });

  it('non-manual gain weakens or strengthens the question brows', () => {
    const spans = [{ type: 'yn-question' as const, start: 0, end: items.length }];
    const weak = peakWeight(
      synthesize(items, { ...base, nonManual: spans, variation: { nonManualGain: 0.5 } }),
      'browRaise',
    );
    const full = peakWeight(synthesize(items, { ...base, nonManual: spans }), 'browRaise');
    expect(full).toBeGreaterThan(0.9);
    expect(weak).toBeLessThan(0.6);
    expect(weak).toBeGreaterThan(0.3);
  });
});
