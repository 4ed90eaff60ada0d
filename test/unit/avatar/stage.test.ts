import fs from 'node:fs';
import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { readAvatarSkeleton, restPosition, type AvatarSkeleton } from '../../../src/shared/avatar';
import { createStage, frameUpperBody } from '../../../src/renderer/avatar/stage';
import { hasShared, sharedPath } from '../../helpers/shared';
import { builtAvatar } from './built-avatar';

const MANNEQUIN = 'fixtures/avatars/mannequin-vrm0.vrm';

/** Points that must be in view: the crown, the waist, and hands out in signing space. */
function keyPoints(sk: AvatarSkeleton): Vector3[] {
  const head = restPosition(sk, 'head');
  const hips = restPosition(sk, 'hips');
  const shoulder = restPosition(sk, 'leftUpperArm');
  const hand = restPosition(sk, 'leftHand');
  const arm = Math.hypot(hand[0] - shoulder[0], hand[1] - shoulder[1], hand[2] - shoulder[2]);
  const torso = head[1] - hips[1];
  return [
    new Vector3(0, head[1] + 0.4 * torso, head[2]),
    new Vector3(0, hips[1], hips[2]),
    // Hands a forearm's length out to each side and forwards, at chest height.
    new Vector3(shoulder[0] + 0.45 * arm, shoulder[1] - 0.1 * torso, shoulder[2] + 0.3 * arm),
    new Vector3(-shoulder[0] - 0.45 * arm, shoulder[1] - 0.1 * torso, shoulder[2] + 0.3 * arm),
  ];
}

function expectFramed(sk: AvatarSkeleton): void {
  for (const aspect of [16 / 9, 4 / 3, 1, 9 / 16]) {
    const { camera } = createStage();
    frameUpperBody(camera, sk, aspect);
    camera.updateMatrixWorld(true);
    for (const p of keyPoints(sk)) {
      const ndc = p.clone().project(camera);
      expect(
        Math.abs(ndc.x),
        `${sk.name} aspect ${aspect.toFixed(2)}: x of ${p.toArray().map((v) => v.toFixed(2))}`,
      ).toBeLessThan(1);
      expect(
        Math.abs(ndc.y),
        `${sk.name} aspect ${aspect.toFixed(2)}: y of ${p.toArray().map((v) => v.toFixed(2))}`,
      ).toBeLessThan(1);
    }
    // Not a tiny figure in a big frame either: the crown-to-waist height fills most of it.
    const [crown, waist] = keyPoints(sk).map((p) => p.project(camera)) as [Vector3, Vector3];
    expect(crown.y - waist.y).toBeGreaterThan(aspect >= 1 ? 1.3 : 0.6);
  }
}

/**
 * The face (the avatar's head from chin to crown, measured from its mesh) must be at least this
 * share of the view's shorter side: what a landscape view gives it, so a square or portrait view
 * (where the width sets the scale) does not shrink the brows and mouth that carry the grammar.
 */
const MIN_FACE_OF_SHORT_SIDE = 0.27;

/** Height of the face on screen as a share of the view's height, for an aspect ratio. */
function faceShare(sk: AvatarSkeleton, aspect: number): number {
  const { camera } = createStage();
  frameUpperBody(camera, sk, aspect);
  camera.updateMatrixWorld(true);
  const { headCenter: c, headRadii: r } = sk.motion.body;
  const crown = new Vector3(c[0], c[1] + r[1], c[2]).project(camera);
  const chin = new Vector3(c[0], c[1] - r[1], c[2]).project(camera);
  return (crown.y - chin.y) / 2;
}

function expectFaceReadable(sk: AvatarSkeleton): void {
  for (const aspect of [16 / 9, 4 / 3, 1, 3 / 4, 9 / 16]) {
    const ofHeight = faceShare(sk, aspect);
    const ofShortSide = aspect >= 1 ? ofHeight : ofHeight / aspect;
    expect(
      ofShortSide,
      `${sk.name} aspect ${aspect.toFixed(2)}: face / shorter side`,
    ).toBeGreaterThan(MIN_FACE_OF_SHORT_SIDE);
  }
}

describe('upper-body framing from the avatar skeleton', () => {
  it('keeps the head, the waist and both hands in signing space in view for the default avatar', () => {
    expectFramed(readAvatarSkeleton(builtAvatar(), 'default'));
  }, 120_000);

  it.skipIf(!hasShared(MANNEQUIN))(
    'does the same for a VRM 0.x avatar of other proportions',
    () => {
      expectFramed(readAvatarSkeleton(fs.readFileSync(sharedPath(MANNEQUIN)), 'mannequin'));
    },
  );

  it('keeps the face large enough to read in landscape, square and portrait views', () => {
    expectFaceReadable(readAvatarSkeleton(builtAvatar(), 'default'));
  }, 120_000);

  it.skipIf(!hasShared(MANNEQUIN))('keeps the face readable on a VRM 0.x mannequin too', () => {
    expectFaceReadable(readAvatarSkeleton(fs.readFileSync(sharedPath(MANNEQUIN)), 'mannequin'));
  });
});
