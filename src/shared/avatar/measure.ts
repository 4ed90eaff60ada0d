/**
 * Body dimensions measured from an avatar's own mesh (head size with its hair, neck, torso
 * width and depth), so locations and collision volumes fit this avatar rather than an average
 * adult. Percentiles, not extremes, so a stray vertex (an earring, a hair tip) does not count.
 */
import type { BodyDims } from '../motion/skeleton';
import type { HumanBoneName } from '../motion/rig/human-bones';
import type { RestVertices } from './rest-mesh';

type Vec = readonly [number, number, number];
const HEAD_BONES: ReadonlySet<HumanBoneName> = new Set(['head', 'jaw', 'leftEye', 'rightEye']);
const TORSO_BONES: ReadonlySet<HumanBoneName> = new Set(['hips', 'spine', 'chest', 'upperChest']);
/** Fewer vertices than this in a region: too little to measure, keep the derived value. */
const MIN_VERTICES = 24;
const LOW = 0.02;
const HIGH = 0.98;

function percentile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i] as number;
}

/** Robust [low, high] of one coordinate over the selected vertices. */
function range(
  v: RestVertices,
  pick: (i: number) => boolean,
  axis: 0 | 1 | 2,
): [number, number] | null {
  const values: number[] = [];
  for (let i = 0; i < v.bones.length; i++)
    if (pick(i)) values.push(v.positions[i * 3 + axis] as number);
  if (values.length < MIN_VERTICES) return null;
  values.sort((a, b) => a - b);
  return [percentile(values, LOW), percentile(values, HIGH)];
}

export function measureBody(
  v: RestVertices,
  bone: (b: HumanBoneName) => Vec | undefined,
): Partial<BodyDims> {
  const out: { -readonly [K in keyof BodyDims]?: BodyDims[K] } = {};
  const y = (i: number): number => v.positions[i * 3 + 1] as number;
  const isHead = (i: number): boolean => HEAD_BONES.has(v.bones[i] as HumanBoneName);
  const hx = range(v, isHead, 0);
  const hy = range(v, isHead, 1);
  const hz = range(v, isHead, 2);
  if (hx && hy && hz) {
    out.headCenter = [(hx[0] + hx[1]) / 2, (hy[0] + hy[1]) / 2, (hz[0] + hz[1]) / 2];
    out.headRadii = [(hx[1] - hx[0]) / 2, (hy[1] - hy[0]) / 2, (hz[1] - hz[0]) / 2];
  }
  const isNeck = (i: number): boolean => v.bones[i] === 'neck';
  const nx = range(v, isNeck, 0);
  const nz = range(v, isNeck, 2);
  if (nx && nz) out.neckRadius = (nx[1] - nx[0] + (nz[1] - nz[0])) / 4;
  const hips = bone('hips');
  const shoulder = bone('leftUpperArm');
  const neck = bone('neck');
  if (hips && shoulder && neck) {
    const torso = neck[1] - hips[1];
    const band = (centre: number, half: number) => (i: number) =>
      TORSO_BONES.has(v.bones[i] as HumanBoneName) && Math.abs(y(i) - centre) <= half;
    const chest = band(shoulder[1] - 0.22 * torso, 0.08 * torso);
    const cz = range(v, chest, 2);
    if (cz) {
      out.torsoCenterZ = (cz[0] + cz[1]) / 2;
      out.torsoHalfDepth = (cz[1] - cz[0]) / 2;
    }
    const cx = range(v, band(shoulder[1] - 0.2 * torso, 0.06 * torso), 0);
    if (cx) out.torsoHalfWidthShoulders = (cx[1] - cx[0]) / 2;
    const wx = range(v, band(hips[1] + 0.15 * torso, 0.06 * torso), 0);
    if (wx) out.torsoHalfWidthWaist = (wx[1] - wx[0]) / 2;
  }
  return out;
}
