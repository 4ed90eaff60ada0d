/**
 * The scene an avatar signs in: soft neutral background, a key light from the front-left and a
 * fill, and a camera framing head to waist with both hands' signing space in view, measured from
 * the avatar's own skeleton (so a tall or a small VRM is framed alike).
 */
import {
  AmbientLight,
  Color,
  DirectionalLight,
  HemisphereLight,
  PerspectiveCamera,
  Scene,
} from 'three';
import { restPosition, type AvatarSkeleton } from '../../shared/avatar';

/** A light blue-grey: neutral, and in contrast with both skin and the dark top. */
export const STAGE_BACKGROUND = 0xc9d1dc;
const FOV_DEG = 30;
/** Crown height above the head bone, as a fraction of the hips-to-head distance. */
const CROWN_FRACTION = 0.46;
/**
 * Signing space reaches this far beyond each shoulder, per shoulder-to-hand arm length. Measured:
 * the fingertips of 275 DGS signs (../shared/data/sigml, every sign's own movement, seen from 2 m
 * so that hands held forward count at their size on screen) stay within 0.46 arm of the shoulder
 * for 99% of the signs, on the default avatar and on a VRM 0.x mannequin alike. More width than
 * this only shrinks the figure: in a portrait view the width sets the scale, and the face with it.
 */
const REACH_FRACTION = 0.5;
/** Empty border around the framed region, as a fraction of its size. */
const MARGIN = 0.08;

export interface Stage {
  readonly scene: Scene;
  readonly camera: PerspectiveCamera;
}

export function createStage(): Stage {
  const scene = new Scene();
  scene.background = new Color(STAGE_BACKGROUND);
  scene.add(new HemisphereLight(0xffffff, 0x8a8f99, 0.9));
  scene.add(new AmbientLight(0xffffff, 0.25));
  const key = new DirectionalLight(0xffffff, 1.6);
  key.position.set(0.6, 1.2, 1.4);
  scene.add(key);
  const fill = new DirectionalLight(0xffffff, 0.45);
  fill.position.set(-1.0, 0.6, 0.8);
  scene.add(fill);
  return { scene, camera: new PerspectiveCamera(FOV_DEG, 1, 0.05, 20) };
}

export interface Framing {
  readonly target: readonly [number, number, number];
  readonly distance: number;
  readonly halfHeight: number;
  readonly halfWidth: number;
}

/** The region from the waist to the crown and across both hands' reach, for an aspect ratio. */
export function upperBodyFraming(skeleton: AvatarSkeleton, aspect: number): Framing {
  const hips = restPosition(skeleton, 'hips');
  const head = restPosition(skeleton, 'head');
  const shoulder = restPosition(skeleton, 'leftUpperArm');
  const hand = restPosition(skeleton, 'leftHand');
  const torso = head[1] - hips[1];
  const top = head[1] + CROWN_FRACTION * torso;
  const bottom = hips[1] - 0.05 * torso;
  const arm = Math.hypot(hand[0] - shoulder[0], hand[1] - shoulder[1], hand[2] - shoulder[2]);
  const halfHeight = ((top - bottom) / 2) * (1 + MARGIN);
  const halfWidth = (Math.abs(shoulder[0]) + REACH_FRACTION * arm) * (1 + MARGIN);
  const tan = Math.tan(((FOV_DEG / 2) * Math.PI) / 180);
  const needed = Math.max(halfHeight, halfWidth / aspect);
  return {
    target: [0, (top + bottom) / 2, head[2] + 0.08 * torso],
    distance: needed / tan,
    halfHeight,
    halfWidth,
  };
}

/** Points the camera at the framing from the front (+Z), for the given viewport aspect. */
export function frameUpperBody(
  camera: PerspectiveCamera,
  skeleton: AvatarSkeleton,
  aspect: number,
): Framing {
  const f = upperBodyFraming(skeleton, aspect);
  camera.fov = FOV_DEG;
  camera.aspect = aspect;
  camera.position.set(f.target[0], f.target[1], f.target[2] + f.distance);
  camera.lookAt(f.target[0], f.target[1], f.target[2]);
  camera.updateProjectionMatrix();
  return f;
}
