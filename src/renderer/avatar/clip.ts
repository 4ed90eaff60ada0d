/**
 * The motion a SigningAvatar plays, as it reaches the renderer: typed arrays only (a clip crosses
 * a MessagePort as transferred buffers). Rotations are local rotations of the VRM normalized
 * humanoid rig (identity = T-pose), authored for an avatar facing +Z as VRM 1.0 defines it.
 *
 * src/shared/motion's `Clip` is one (it is structurally assignable, checked in the tests); this
 * minimal shape lets other sources (recorded clips, tests) drive an avatar too.
 */
import type { HumanBoneName } from '../../shared/avatar';

export interface PoseClip {
  readonly fps: number;
  readonly frameCount: number;
  /** Bone of each rotation slot, in slot order. */
  readonly bones: readonly HumanBoneName[];
  /** frameCount × bones.length quaternions (x, y, z, w). */
  readonly rotations: Float32Array;
  /** Expression of each weight slot (VRM 1.0 names, e.g. "blink", "browRaise"). */
  readonly expressions: readonly string[];
  /** frameCount × expressions.length weights in [0, 1]. */
  readonly expressionWeights: Float32Array;
  /** Optional frameCount × 3 hips offsets from rest (metres, avatar facing +Z). */
  readonly hipsOffset?: Float32Array;
}

/** Throws naming the field when a clip's arrays do not match its declared sizes. */
export function checkClip(clip: PoseClip, what = 'clip'): void {
  const rotations = clip.frameCount * clip.bones.length * 4;
  if (clip.rotations.length !== rotations) {
    throw new Error(
      `${what}: rotations has ${clip.rotations.length} values, expected ${rotations} (frames × bones × 4)`,
    );
  }
  const weights = clip.frameCount * clip.expressions.length;
  if (clip.expressionWeights.length !== weights) {
    throw new Error(
      `${what}: expressionWeights has ${clip.expressionWeights.length} values, expected ${weights} (frames × expressions)`,
    );
  }
  if (clip.hipsOffset && clip.hipsOffset.length !== clip.frameCount * 3) {
    throw new Error(
      `${what}: hipsOffset has ${clip.hipsOffset.length} values, expected ${clip.frameCount * 3}`,
    );
  }
}
