import type { HumanBoneName } from '../../../src/shared/avatar';
import type { Weights } from './mesh';
import { smoothstep } from './vec';

/** A bone along a chain, starting at arc length `at` (metres) and blending over ±`blend`. */
export interface ChainJoint {
  readonly bone: HumanBoneName;
  readonly at: number;
  readonly blend: number;
}

export function single(bone: HumanBoneName): Weights {
  return [[bone, 1]];
}

/** Sum of weight lists scaled by factors, merged per bone (zero weights dropped). */
export function mix(...terms: ReadonlyArray<readonly [Weights, number]>): Weights {
  const acc = new Map<HumanBoneName, number>();
  for (const [w, f] of terms) {
    if (f === 0) continue;
    for (const [bone, x] of w) acc.set(bone, (acc.get(bone) ?? 0) + x * f);
  }
  return [...acc].filter(([, x]) => x > 1e-6);
}

/** Weights at arc length `s` along a chain of bones (sorted by `at`), blended at joints. */
export function chainWeights(joints: readonly ChainJoint[], s: number): Weights {
  const first = joints[0];
  if (!first) throw new Error('chainWeights: the chain has no joints');
  let w: Weights = single(first.bone);
  for (let j = 1; j < joints.length; j++) {
    const joint = joints[j] as ChainJoint;
    const t = smoothstep(joint.at - joint.blend, joint.at + joint.blend, s);
    if (t <= 0) break;
    w = mix([w, 1 - t], [single(joint.bone), t]);
  }
  return w;
}

/** The 4 largest weights, normalized to sum 1, as a fixed-length bone/weight list. */
export function topFour(w: Weights): Array<readonly [HumanBoneName, number]> {
  const sorted = [...w].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 4);
  const total = sorted.reduce((s, [, x]) => s + x, 0);
  if (total <= 0) throw new Error(`topFour: weights ${JSON.stringify(w)} sum to ${total}`);
  return sorted.map(([b, x]) => [b, x / total] as const);
}
