import { describe, expect, it } from 'vitest';
import { emptyFrame, valueIndex } from '../../../src/shared/landmarks/layout';
import { syntheticFace } from '../../../src/shared/landmarks/synthetic-face';
import {
  decodePose,
  encodePose,
  framesToPose,
  summarizePose,
} from '../../../src/shared/pose-format';
import { describeShared, sharedPath } from '../../helpers/shared';
import { readBytes } from './helpers';

describe('summarizePose', () => {
  it('prints exactly the landmarks CLI JSON, counting frames per part', () => {
    const frames = Array.from({ length: 5 }, (_, f) => {
      const frame = f < 4 ? syntheticFace({}) : emptyFrame();
      frame.set([0.4, 0.6, 0, 0.9], valueIndex('pose', 11, 0));
      if (f % 2 === 0) frame.set([0.3, 0.5, 0, 1], valueIndex('leftHand', 20, 0));
      return frame;
    });
    const pose = decodePose(encodePose(framesToPose(frames, { fps: 30, width: 320, height: 240 })));
    expect(JSON.stringify(summarizePose(pose))).toBe(
      JSON.stringify({
        frames: 5,
        fps: 30,
        components: {
          pose: { points: 33, framesDetected: 5 },
          face: { points: 478, framesDetected: 4 },
          leftHand: { points: 21, framesDetected: 3 },
          rightHand: { points: 21, framesDetected: 0 },
        },
      }),
    );
  });

  it('does not count a point with confidence but no finite coordinates', () => {
    const pose = framesToPose([syntheticFace({})], { fps: 30, width: 10, height: 10 });
    const faceStart = 33;
    pose.body.confidence.fill(0);
    pose.body.confidence[faceStart] = 1;
    pose.body.data[faceStart * 3] = Number.NaN;
    expect(summarizePose(pose).components.face.framesDetected).toBe(0);
    pose.body.data[faceStart * 3] = 1;
    expect(summarizePose(pose).components.face.framesDetected).toBe(1);
  });
});

describeShared(
  'summaries of real files',
  ['fixtures/pose/openpose.pose', 'fixtures/pose/mediapipe.pose'],
  () => {
    it('maps OpenPose components onto the same parts', () => {
      const s = summarizePose(decodePose(readBytes(sharedPath('fixtures/pose/openpose.pose'))));
      expect(s.frames).toBe(93);
      expect([
        s.components.pose.points,
        s.components.face.points,
        s.components.leftHand.points,
        s.components.rightHand.points,
      ]).toEqual([25, 70, 21, 21]);
      expect(s.components.pose.framesDetected).toBeGreaterThan(0);
    });

    it('reports a reduced Holistic file as stored', () => {
      const s = summarizePose(decodePose(readBytes(sharedPath('fixtures/pose/mediapipe.pose'))));
      expect(s.components.pose.points).toBe(8);
      expect(s.components.face.points).toBe(128);
      expect(s.frames).toBe(170);
    });
  },
);
