import { hornQuaternion } from '../../landmarks/rotation';
import { normalizeQ, type Quat, type ReadonlyVec3 } from '../math';

const cov = new Float64Array(9);
const q4 = new Float64Array(4);

/**
 * The rotation that best maps the `model` points onto the `observed` ones after both are centred
 * (Horn's closed-form quaternion method, as head-pose.ts uses for the face): scale and
 * translation are free, so proportions and image scale do not matter. Needs ≥ 3 points that are
 * not collinear; returns false (out untouched) when the observed spread is zero or not finite.
 */
export function fitRotation(
  model: readonly ReadonlyVec3[],
  observed: readonly ReadonlyVec3[],
  out: Quat,
): boolean {
  const n = Math.min(model.length, observed.length);
  if (n < 3) return false;
  const mm = [0, 0, 0];
  const om = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) {
      mm[k]! += model[i]![k]! / n;
      om[k]! += observed[i]![k]! / n;
    }
  }
  cov.fill(0);
  let spread = 0;
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < 3; a++) {
      const da = model[i]![a]! - mm[a]!;
      const oa = observed[i]![a]! - om[a]!;
      spread += oa * oa;
      for (let b = 0; b < 3; b++) cov[a * 3 + b]! += da * (observed[i]![b]! - om[b]!);
    }
  }
  if (!(spread > 0) || !Number.isFinite(spread)) return false;
  hornQuaternion(cov, q4);
  out[0] = q4[1]!;
  out[1] = q4[2]!;
  out[2] = q4[3]!;
  out[3] = q4[0]!;
  normalizeQ(out, out);
  return true;
}
