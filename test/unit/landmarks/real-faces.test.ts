import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { FACE_FEATURE, faceFeatures } from '../../../src/shared/landmarks/face-features';
import { FACE_MESH } from '../../../src/shared/landmarks/face-mesh';
import { createHeadPose, fitHeadPose } from '../../../src/shared/landmarks/head-pose';
import { valueIndex } from '../../../src/shared/landmarks/layout';
import { decodePose, poseToFrames } from '../../../src/shared/pose-format';
import { describeShared, sharedPath } from '../../helpers/shared';

const DEG = Math.PI / 180;

/** Loose bounds for a signer facing the camera in a dictionary recording. */
const MAX_HEAD_ANGLE = 25 * DEG;
const MAX_FIT_RESIDUAL_CM = 1.5;

describeShared(
  'face features on real MediaPipe faces (fingerspelling clips)',
  ['data/fingerspelling/gsg'],
  () => {
    const dir = sharedPath('data/fingerspelling/gsg');
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.pose'))
      .sort()
      .slice(0, 8);

    it.each(files)('%s: a frontal head, open eyes, irises inside the eyes', (name) => {
      const b = fs.readFileSync(path.join(dir, name));
      const pose = decodePose(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
      const aspect = pose.header.width / pose.header.height;
      const head = createHeadPose();
      let faces = 0;
      for (const frame of poseToFrames(pose)) {
        if (!Number.isFinite(frame[valueIndex('face', 0, 0)])) continue;
        faces++;
        expect(fitHeadPose(frame, aspect, head)).toBe(true);
        expect(head.residual).toBeLessThan(MAX_FIT_RESIDUAL_CM);
        const f = faceFeatures(frame, undefined, { aspect });
        for (const angle of [
          f[FACE_FEATURE.headYaw],
          f[FACE_FEATURE.headPitch],
          f[FACE_FEATURE.headRoll],
        ]) {
          expect(Math.abs(angle ?? Number.NaN)).toBeLessThan(MAX_HEAD_ANGLE);
        }
        for (const eye of [f[FACE_FEATURE.eyeApertureLeft], f[FACE_FEATURE.eyeApertureRight]]) {
          expect(eye).toBeGreaterThan(0.05);
          expect(eye).toBeLessThan(0.6);
        }
        expect(Math.abs(f[FACE_FEATURE.gazeHorizontal] ?? Number.NaN)).toBeLessThan(0.3);
        expect(Math.abs(f[FACE_FEATURE.gazeVertical] ?? Number.NaN)).toBeLessThan(0.3);
        // MediaPipe's right iris (468) sits in the subject's right eye (33/133), the left in 263/362.
        const x = (i: number): number => frame[valueIndex('face', i, 0)] ?? Number.NaN;
        const rightEye = (x(FACE_MESH.RIGHT_EYE_OUTER) + x(FACE_MESH.RIGHT_EYE_INNER)) / 2;
        const leftEye = (x(FACE_MESH.LEFT_EYE_OUTER) + x(FACE_MESH.LEFT_EYE_INNER)) / 2;
        const rightIris = x(FACE_MESH.RIGHT_IRIS_CENTER);
        expect(Math.abs(rightIris - rightEye)).toBeLessThan(Math.abs(rightIris - leftEye));
      }
      expect(faces).toBeGreaterThan(0);
    });
  },
);
