/**
 * A loaded VRM ready to sign: its skeleton for the motion engine, what it lacks (and what that
 * means for the viewer), and `applyPose` to play clip frames on it.
 */
import type { VRM } from '@pixiv/three-vrm';
import type { AvatarSkeleton, HumanBoneName } from '../../shared/avatar';
import type { Skeleton } from '../../shared/motion/skeleton';
import { checkClip, type PoseClip } from './clip';
import { applyFrame, bindClip, type RetargetBinding } from './retarget';

export class SigningAvatar {
  private binding: RetargetBinding | null = null;

  constructor(
    readonly name: string,
    readonly vrm: VRM,
    readonly skeleton: AvatarSkeleton,
    /** Human-readable notes on what will not show on this avatar (empty when complete). */
    readonly warnings: readonly string[],
  ) {}

  /** The skeleton to synthesize motion for this avatar with (locations on its own body). */
  get motionSkeleton(): Skeleton {
    return this.skeleton.motion;
  }

  get missingBones(): readonly HumanBoneName[] {
    return this.skeleton.missingBones;
  }

  get missingExpressions(): readonly string[] {
    return this.skeleton.missingExpressions;
  }

  /**
   * Poses the avatar at `frameIndex` of `clip` (bones and expressions), then runs vrm.update.
   * Binding a new clip allocates once; every later frame of the same clip allocates nothing.
   */
  applyPose(clip: PoseClip, frameIndex: number, blend = 1, dt = 0): void {
    if (this.binding?.clip !== clip) {
      checkClip(clip, `${this.name}: clip`);
      this.binding = bindClip(this.vrm, clip);
    }
    applyFrame(this.binding, frameIndex, blend);
    this.vrm.update(dt);
  }

  /**
   * Poses the avatar at time `seconds` of `clip`, interpolating between the two nearest frames
   * (slerp for bones, lerp for expressions), so slowed-down playback stays smooth.
   */
  applyTime(clip: PoseClip, seconds: number, dt = 0): void {
    if (this.binding?.clip !== clip) {
      checkClip(clip, `${this.name}: clip`);
      this.binding = bindClip(this.vrm, clip);
    }
    const f = Math.min(Math.max(seconds * clip.fps, 0), clip.frameCount - 1);
    const i = Math.floor(f);
    applyFrame(this.binding, i, 1);
    if (f > i) applyFrame(this.binding, i + 1, f - i);
    this.vrm.update(dt);
  }

  /** Back to the rest pose (T-pose) with every expression at 0. */
  resetPose(): void {
    this.vrm.humanoid.resetNormalizedPose();
    this.vrm.expressionManager?.resetValues();
    this.vrm.update(0);
  }
}
