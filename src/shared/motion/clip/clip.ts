import { CLIP_BONES, CLIP_EXPRESSIONS, type ClipBone, type ClipExpression } from '../rig';

/** One sign (or fingerspelled word) on the clip's timeline, in seconds from the clip start. */
export interface TimelineEntry {
  readonly gloss: string;
  readonly start: number;
  readonly end: number;
  /**
   * When the hands reach the sign's first posture and its own movement starts; [start, arrival)
   * is the transition into it from the previous sign or from rest. Absent where the clip does not
   * know (a recording, a clip file): read it as `start`.
   */
  readonly arrival?: number;
  /** Where the sign came from: a lexicon entry id, "fingerspelling", … (the caller's word). */
  readonly source: string;
}

/**
 * A motion clip: per frame, the local rotation of every bone in `bones` in the VRM normalized
 * humanoid rig (rest = T-pose with identity rotations, avatar facing +Z, +Y up, its left +X),
 * and the weight of every expression in `expressions`.
 *
 * rotations[(frame * bones.length + bone) * 4 + k], k = x, y, z, w (three.js order);
 * expressionWeights[frame * expressions.length + e], in [0, 1].
 */
export interface Clip {
  readonly fps: number;
  readonly frameCount: number;
  readonly bones: readonly ClipBone[];
  readonly expressions: readonly ClipExpression[];
  readonly rotations: Float32Array;
  readonly expressionWeights: Float32Array;
  readonly timeline: readonly TimelineEntry[];
}

export const ROTATION_STRIDE = CLIP_BONES.length * 4;
export const EXPRESSION_STRIDE = CLIP_EXPRESSIONS.length;

/** A clip of `frameCount` frames in the rest pose (identity rotations, zero weights). */
export function allocateClip(
  fps: number,
  frameCount: number,
  timeline: readonly TimelineEntry[] = [],
): Clip {
  if (!Number.isFinite(fps) || fps <= 0) {
    throw new RangeError(`clip fps is ${fps}; expected a positive number of frames per second`);
  }
  if (!Number.isInteger(frameCount) || frameCount < 1) {
    throw new RangeError(`clip frameCount is ${frameCount}; expected an integer ≥ 1`);
  }
  const rotations = new Float32Array(frameCount * ROTATION_STRIDE);
  for (let i = 3; i < rotations.length; i += 4) rotations[i] = 1;
  return {
    fps,
    frameCount,
    bones: CLIP_BONES,
    expressions: CLIP_EXPRESSIONS,
    rotations,
    expressionWeights: new Float32Array(frameCount * EXPRESSION_STRIDE),
    timeline,
  };
}

/** The entry with every time on it (start, arrival, end) mapped by `f`: moved, scaled, cut. */
export function retimeEntry(e: TimelineEntry, f: (t: number) => number): TimelineEntry {
  const out = { ...e, start: f(e.start), end: f(e.end) };
  return e.arrival === undefined ? out : { ...out, arrival: f(e.arrival) };
}

/** When the sign's own movement starts: its arrival where the clip knows it, else its start. */
export function signOnset(e: TimelineEntry): number {
  return e.arrival ?? e.start;
}

export function clipDuration(clip: Clip): number {
  return (clip.frameCount - 1) / clip.fps;
}
