import { FaceLandmarker, HandLandmarker, PoseLandmarker } from '@mediapipe/tasks-vision';
import { describe, expect, it } from 'vitest';
import { CANONICAL_FACE } from '../../../src/shared/landmarks/canonical-face';
import {
  FACE_MESH,
  FACE_MESH_IRISES,
  FACE_MESH_TESSELATION,
} from '../../../src/shared/landmarks/face-mesh';
import {
  HAND_CONNECTIONS,
  HAND_LANDMARK,
  POSE_CONNECTIONS,
  POSE_LANDMARK,
} from '../../../src/shared/landmarks/holistic-names';

const pairs = (connections: { start: number; end: number }[]): number[][] =>
  connections.map((c) => [c.start, c.end]);

describe('face mesh tables agree with @mediapipe/tasks-vision', () => {
  it('has the same tesselation, edge for edge', () => {
    expect(FACE_MESH_TESSELATION.map((e) => [...e])).toEqual(
      pairs(FaceLandmarker.FACE_LANDMARKS_TESSELATION),
    );
  });

  it('has the same iris outlines', () => {
    expect(FACE_MESH_IRISES.map((e) => [...e])).toEqual([
      ...pairs(FaceLandmarker.FACE_LANDMARKS_LEFT_IRIS),
      ...pairs(FaceLandmarker.FACE_LANDMARKS_RIGHT_IRIS),
    ]);
  });

  it('puts the named eye points on the eyes MediaPipe calls left and right', () => {
    const leftEye = new Set(
      FaceLandmarker.FACE_LANDMARKS_LEFT_EYE.flatMap((c) => [c.start, c.end]),
    );
    const rightEye = new Set(
      FaceLandmarker.FACE_LANDMARKS_RIGHT_EYE.flatMap((c) => [c.start, c.end]),
    );
    for (const i of [
      FACE_MESH.LEFT_EYE_OUTER,
      FACE_MESH.LEFT_EYE_INNER,
      FACE_MESH.LEFT_EYE_UPPER,
      FACE_MESH.LEFT_EYE_LOWER,
    ]) {
      expect(leftEye.has(i)).toBe(true);
    }
    for (const i of [
      FACE_MESH.RIGHT_EYE_OUTER,
      FACE_MESH.RIGHT_EYE_INNER,
      FACE_MESH.RIGHT_EYE_UPPER,
      FACE_MESH.RIGHT_EYE_LOWER,
    ]) {
      expect(rightEye.has(i)).toBe(true);
    }
    const lips = new Set(FaceLandmarker.FACE_LANDMARKS_LIPS.flatMap((c) => [c.start, c.end]));
    for (const i of [
      FACE_MESH.UPPER_LIP_INNER,
      FACE_MESH.LOWER_LIP_INNER,
      FACE_MESH.MOUTH_LEFT,
      FACE_MESH.MOUTH_RIGHT,
    ]) {
      expect(lips.has(i)).toBe(true);
    }
    const leftBrow = new Set(
      FaceLandmarker.FACE_LANDMARKS_LEFT_EYEBROW.flatMap((c) => [c.start, c.end]),
    );
    for (const i of [
      FACE_MESH.LEFT_BROW_ARCH,
      FACE_MESH.LEFT_BROW_MID,
      FACE_MESH.LEFT_BROW_INNER,
    ]) {
      expect(leftBrow.has(i)).toBe(true);
    }
  });

  it('has the same pose and hand skeletons', () => {
    expect(POSE_CONNECTIONS.map((e) => [...e])).toEqual(pairs(PoseLandmarker.POSE_CONNECTIONS));
    expect(HAND_CONNECTIONS.map((e) => [...e])).toEqual(pairs(HandLandmarker.HAND_CONNECTIONS));
    expect(POSE_LANDMARK.LEFT_SHOULDER).toBe(11);
    expect(HAND_LANDMARK.PINKY_TIP).toBe(20);
  });
});

describe('canonical face', () => {
  it('is mirror-symmetric: every left point mirrors its right point', () => {
    for (const name of Object.keys(CANONICAL_FACE) as (keyof typeof CANONICAL_FACE)[]) {
      if (!name.startsWith('LEFT_')) continue;
      const right = CANONICAL_FACE[name.replace('LEFT_', 'RIGHT_') as keyof typeof CANONICAL_FACE];
      const [x, y, z] = CANONICAL_FACE[name];
      expect(right).toEqual([-x, y, z]);
      expect(x).toBeGreaterThan(0);
    }
  });
});
