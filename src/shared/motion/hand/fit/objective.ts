import type { ReadonlyVec3, Vec3 } from '../../math';
import type { HandModel } from '../model';
import { PARAM_SLOTS, vectorToParams } from '../params';
import { handFK, makeHandPoints, restHandPose } from '../pose';
import { handshapePoseWith, type HandshapeSpec } from '../shape';
import { alignToPalm, boneDirections, directionDistance, meanDirections } from './align';
import type { Objective } from './optimise';

/** One real held handshape to fit: what HamNoSys says it is and its bones' directions. */
export interface HandSample {
  readonly label: string;
  readonly spec: HandshapeSpec;
  /** Unit bone directions (boneDirections) in the model's canonical hand frame. */
  readonly target: Float64Array;
}

/** The model hand's rest points: the palm that real hands are aligned onto. */
export function restPoints(model: HandModel): Vec3[] {
  const pts = makeHandPoints();
  handFK(model, restHandPose(), pts);
  return pts;
}

/**
 * A real clip's held hand as a fit target: each frame's 21 points aligned onto the model's palm
 * (rotation, scale and position removed), their bone directions averaged over the frames.
 */
export function realTarget(
  model: HandModel,
  frames: readonly (readonly ReadonlyVec3[])[],
): Float64Array {
  if (frames.length === 0) throw new Error('a fit target needs at least one frame with the hand');
  const ref = restPoints(model);
  return meanDirections(frames.map((p) => boneDirections(alignToPalm(p, ref))));
}

/** The model's bone directions for a handshape under the given parameter vector. */
export function modelDirections(
  model: HandModel,
  spec: HandshapeSpec,
  x: ArrayLike<number>,
): Float64Array {
  const pts = makeHandPoints();
  handFK(model, handshapePoseWith(model, spec, vectorToParams(x)), pts);
  return boneDirections(pts);
}

/**
 * The fit's objective: per sample the direction distance between model and real hand, plus
 * `priorWeight` × the mean squared move from `x0` in parameter units (keeps what the data do not
 * pin near the hand-written model).
 */
export function handFitObjective(
  model: HandModel,
  samples: readonly HandSample[],
  x0: ArrayLike<number>,
  priorWeight: number,
): Objective {
  return {
    terms: samples.length,
    term: (t, x) =>
      directionDistance(modelDirections(model, samples[t]!.spec, x), samples[t]!.target),
    prior: (x) => {
      let s = 0;
      PARAM_SLOTS.forEach((slot, i) => (s += ((x[i]! - x0[i]!) / slot.unit) ** 2));
      return (priorWeight * s) / PARAM_SLOTS.length;
    },
  };
}
