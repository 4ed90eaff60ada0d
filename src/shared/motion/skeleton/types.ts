import type { Vec3 } from '../math';
import { REQUIRED_BONES, SKELETON_BONES, type SkeletonBone } from '../rig';

/** Rest world position of every skeleton bone, metres (missing optional bones are filled in). */
export type BonePositions = Readonly<Record<SkeletonBone, Vec3>>;

/**
 * Body dimensions derived from the bones (or measured from the avatar's mesh and passed in):
 * what locations and collision volumes are built from.
 */
export interface BodyDims {
  /** Overall scale against an average adult (torso length hips → neck). */
  readonly bodyScale: number;
  /** Head size against an average adult (from the eyes when present). */
  readonly headScale: number;
  /** Hand size against an average adult. */
  readonly handScale: number;
  /** Centre and semi-axes (x lateral, y vertical, z depth) of the head ellipsoid. */
  readonly headCenter: Vec3;
  readonly headRadii: Vec3;
  readonly neckRadius: number;
  /** Torso: an elliptic cylinder about a vertical axis through (0, ·, torsoCenterZ). */
  readonly torsoCenterZ: number;
  readonly torsoBottomY: number;
  readonly torsoTopY: number;
  /** Half widths at the waist (torsoBottomY) and at the shoulder line, metres. */
  readonly torsoHalfWidthWaist: number;
  readonly torsoHalfWidthShoulders: number;
  readonly torsoHalfDepth: number;
  /** Height of the shoulder joints (upper arms). */
  readonly shoulderY: number;
  /** Upper arm and forearm lengths, average of both sides. */
  readonly upperArmLength: number;
  readonly forearmLength: number;
}

export interface Skeleton {
  readonly bones: BonePositions;
  readonly body: BodyDims;
  /** Optional VRM bones the avatar lacks (filled in here; the player ignores their channels). */
  readonly missing: readonly SkeletonBone[];
}

/**
 * Bones a skeleton cannot be built without: the bones VRM 1.0 requires (REQUIRED_BONES) that a
 * skeleton describes, plus the neck, which VRM 1.0 leaves optional but the torso length and the
 * missing shoulders are measured from. The legs VRM requires are not here: signing does not use
 * them.
 */
export const SKELETON_REQUIRED_BONES: readonly SkeletonBone[] = SKELETON_BONES.filter(
  (bone) => bone === 'neck' || (REQUIRED_BONES as readonly string[]).includes(bone),
);
