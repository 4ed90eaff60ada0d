import { distance3, vec3, type Vec3 } from '../math';
import { SKELETON_BONES, type SkeletonBone } from '../rig';
import { ADULT_FOREARM_LENGTH, ADULT_RIGHT_FINGER_OFFSETS } from './fingers-default';
import { SKELETON_REQUIRED_BONES, type BodyDims, type Skeleton } from './types';

/** Average adult references, metres. */
const ADULT_TORSO_LENGTH = 0.47; // hips joint → neck joint
const ADULT_IPD = 0.064; // distance between the eyes
const ADULT_HEAD_RADII = [0.078, 0.112, 0.1] as const;
/** Head ellipsoid centre relative to the midpoint of the eyes (adult). */
const HEAD_CENTER_FROM_EYES = [0, 0.01, -0.075] as const;
/** Eye midpoint relative to the head joint (adult), used when the avatar has no eye bones. */
const EYES_FROM_HEAD_JOINT = [0, 0.075, 0.085] as const;
const ADULT_NECK_RADIUS = 0.055;
const ADULT_TORSO_HALF_DEPTH = 0.105;
/** Chest half width as a fraction of the shoulder joints' half distance. */
const CHEST_WIDTH_OF_SHOULDERS = 0.92;
const WAIST_WIDTH_OF_SHOULDERS = 0.8;
/** The torso volume ends this far below the hips joint (adult), metres. */
const TORSO_BELOW_HIPS = 0.1;
/** The torso volume's top sits this far below the shoulder joints (the shoulders' slope). */
const TORSO_TOP_BELOW_SHOULDERS = 0.0;

export type RestPositions = Partial<Record<SkeletonBone, ArrayLike<number>>>;

/**
 * Builds a Skeleton from the rest world positions of an avatar's normalized humanoid bones
 * (three-vrm: `humanoid.normalizedRestPose` or the world positions of
 * `getNormalizedBoneNode(name)` in the rest pose). Optional bones the avatar lacks (chest,
 * upperChest, shoulders, eyes, fingers) are filled in from average proportions and listed in
 * `missing`. `overrides` replaces derived body dimensions, e.g. measured from the mesh.
 */
export function buildSkeleton(rest: RestPositions, overrides: Partial<BodyDims> = {}): Skeleton {
  for (const name of SKELETON_REQUIRED_BONES) {
    const p = rest[name];
    if (!p || p.length < 3 || ![p[0], p[1], p[2]].every((v) => Number.isFinite(v))) {
      throw new RangeError(
        `skeleton bone "${name}" is missing or not a finite [x, y, z]; required bones: ${SKELETON_REQUIRED_BONES.join(', ')}`,
      );
    }
  }
  const bones = {} as Record<SkeletonBone, Vec3>;
  const missing: SkeletonBone[] = [];
  const get = (name: SkeletonBone): Vec3 | undefined => bones[name];
  for (const name of SKELETON_BONES) {
    const p = rest[name];
    if (
      p &&
      p.length >= 3 &&
      Number.isFinite(p[0]) &&
      Number.isFinite(p[1]) &&
      Number.isFinite(p[2])
    ) {
      bones[name] = vec3(p[0], p[1], p[2]);
    }
  }
  const req = (name: SkeletonBone): Vec3 => {
    const v = get(name);
    if (!v) throw new RangeError(`skeleton bone "${name}" could not be derived`);
    return v;
  };
  const fill = (name: SkeletonBone, make: () => Vec3): void => {
    if (!bones[name]) {
      bones[name] = make();
      missing.push(name);
    }
  };
  const mix = (a: Vec3, b: Vec3, t: number): Vec3 =>
    vec3(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t);

  fill('chest', () => mix(req('spine'), req('neck'), 0.4));
  fill('upperChest', () => mix(req('chest'), req('neck'), 0.5));
  for (const side of ['left', 'right'] as const) {
    // A missing shoulder (clavicle) bone sits between the neck and the upper arm.
    fill(`${side}Shoulder`, () => {
      const ua = req(`${side}UpperArm`);
      const n = req('neck');
      return vec3(ua[0] * 0.25, ua[1] - 0.01, (ua[2] + n[2]) / 2);
    });
  }
  const bodyScale = overrides.bodyScale ?? (req('neck')[1] - req('hips')[1]) / ADULT_TORSO_LENGTH;
  const hasEyes = !!bones.leftEye && !!bones.rightEye;
  const headScale =
    overrides.headScale ??
    (hasEyes ? distance3(req('leftEye'), req('rightEye')) / ADULT_IPD : bodyScale);
  for (const side of ['left', 'right'] as const) {
    fill(`${side}Eye`, () => {
      const h = req('head');
      const sx = side === 'left' ? 1 : -1;
      return vec3(
        h[0] + (sx * ADULT_IPD * headScale) / 2 + EYES_FROM_HEAD_JOINT[0] * headScale,
        h[1] + EYES_FROM_HEAD_JOINT[1] * headScale,
        h[2] + EYES_FROM_HEAD_JOINT[2] * headScale,
      );
    });
  }
  const forearm =
    (distance3(req('leftLowerArm'), req('leftHand')) +
      distance3(req('rightLowerArm'), req('rightHand'))) /
    2;
  const upperArm =
    (distance3(req('leftUpperArm'), req('leftLowerArm')) +
      distance3(req('rightUpperArm'), req('rightLowerArm'))) /
    2;
  const handScale = overrides.handScale ?? forearm / ADULT_FOREARM_LENGTH;
  for (const [rightName, off] of Object.entries(ADULT_RIGHT_FINGER_OFFSETS)) {
    for (const side of ['left', 'right'] as const) {
      const name = (
        side === 'right' ? rightName : rightName.replace(/^right/, 'left')
      ) as SkeletonBone;
      const o = off as readonly [number, number, number];
      fill(name, () => {
        const h = req(`${side}Hand`);
        const sx = side === 'right' ? 1 : -1;
        return vec3(h[0] + sx * o[0] * handScale, h[1] + o[1] * handScale, h[2] + o[2] * handScale);
      });
    }
  }

  const eyesMid = mix(req('leftEye'), req('rightEye'), 0.5);
  const shoulderY = (req('leftUpperArm')[1] + req('rightUpperArm')[1]) / 2;
  const shoulderHalf = Math.abs(req('leftUpperArm')[0] - req('rightUpperArm')[0]) / 2;
  const body: BodyDims = {
    bodyScale,
    headScale,
    handScale,
    headCenter: vec3(
      eyesMid[0] + HEAD_CENTER_FROM_EYES[0] * headScale,
      eyesMid[1] + HEAD_CENTER_FROM_EYES[1] * headScale,
      eyesMid[2] + HEAD_CENTER_FROM_EYES[2] * headScale,
    ),
    headRadii: vec3(
      ADULT_HEAD_RADII[0] * headScale,
      ADULT_HEAD_RADII[1] * headScale,
      ADULT_HEAD_RADII[2] * headScale,
    ),
    neckRadius: ADULT_NECK_RADIUS * bodyScale,
    torsoCenterZ: req('chest')[2],
    torsoBottomY: req('hips')[1] - TORSO_BELOW_HIPS * bodyScale,
    torsoTopY: shoulderY - TORSO_TOP_BELOW_SHOULDERS * bodyScale,
    torsoHalfWidthWaist: shoulderHalf * WAIST_WIDTH_OF_SHOULDERS,
    torsoHalfWidthShoulders: shoulderHalf * CHEST_WIDTH_OF_SHOULDERS,
    torsoHalfDepth: ADULT_TORSO_HALF_DEPTH * bodyScale,
    shoulderY,
    upperArmLength: upperArm,
    forearmLength: forearm,
    ...overrides,
  };
  return { bones, body, missing };
}
