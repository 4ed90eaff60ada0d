import { describe, expect, it } from 'vitest';
import type { VRM } from '@pixiv/three-vrm';
import { applyFrame, bindClip } from '../../../src/renderer/avatar/retarget';
import type { PoseClip } from '../../../src/renderer/avatar/clip';

/** A third-party avatar: VRM presets only, no custom brow expressions, no bones needed here. */
function presetOnlyAvatar(): { vrm: VRM; weight: (n: string) => number } {
  const expressions = new Map(['surprised', 'angry', 'happy'].map((n) => [n, { weight: 0 }]));
  const vrm = {
    humanoid: { getNormalizedBoneNode: () => null },
    expressionManager: { getExpression: (n: string) => expressions.get(n) ?? null },
    meta: { metaVersion: '1' },
  } as unknown as VRM;
  return { vrm, weight: (n) => expressions.get(n)!.weight };
}

function clipWith(weights: Record<string, number>): PoseClip {
  const names = Object.keys(weights);
  return {
    fps: 30,
    frameCount: 1,
    bones: [],
    rotations: new Float32Array(0),
    expressions: names,
    expressionWeights: Float32Array.from(names.map((n) => weights[n]!)),
  };
}

describe('brow grammar on an avatar without browRaise / browFurrow', () => {
  it('shows browRaise through the surprised preset and browFurrow through angry, by max', () => {
    const { vrm, weight } = presetOnlyAvatar();
    const clip = clipWith({ surprised: 0.3, browRaise: 0.8, angry: 0, browFurrow: 0.5 });
    applyFrame(bindClip(vrm, clip), 0);
    expect(weight('surprised')).toBeCloseTo(0.8, 5);
    expect(weight('angry')).toBeCloseTo(0.5, 5);
  });

  it('keeps the preset’s own weight when it is the larger', () => {
    const { vrm, weight } = presetOnlyAvatar();
    applyFrame(bindClip(vrm, clipWith({ browRaise: 0.2, surprised: 0.6 })), 0);
    expect(weight('surprised')).toBeCloseTo(0.6, 5);
  });
});
