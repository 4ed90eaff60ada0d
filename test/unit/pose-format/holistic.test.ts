import { describe, expect, it } from 'vitest';
import {
  HAND_COLORS,
  decodePose,
  encodePose,
  framesToPose,
  holisticComponents,
  poseToFrames,
  type PoseComponent,
} from '../../../src/shared/pose-format';
import { COMPONENTS, VALUES_PER_POINT, emptyFrame } from '../../../src/shared/landmarks/layout';
import { describeShared, sharedPath } from '../../helpers/shared';
import { listPoseFiles, readBytes } from './helpers';

function limbSet(c: PoseComponent): Set<string> {
  return new Set(c.limbs.map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`));
}

describe('Holistic components', () => {
  it('has the standard names, point counts and formats', () => {
    expect(
      holisticComponents({ world: true }).map((c) => [
        c.name,
        c.format,
        c.points.length,
        c.limbs.length,
      ]),
    ).toEqual([
      ['POSE_LANDMARKS', 'XYZC', 33, 35],
      ['FACE_LANDMARKS', 'XYZC', 478, 2556 + 8],
      ['LEFT_HAND_LANDMARKS', 'XYZC', 21, 21],
      ['RIGHT_HAND_LANDMARKS', 'XYZC', 21, 21],
      ['POSE_WORLD_LANDMARKS', 'XYZC', 33, 35],
    ]);
    const face468 = holisticComponents({ facePoints: 468 })[1];
    expect(face468?.points).toHaveLength(468);
    expect(face468?.limbs.every(([a, b]) => a < 468 && b < 468)).toBe(true);
  });

  it('builds pose-format’s hand palette: a grey wrist, then four shades per finger', () => {
    expect(HAND_COLORS).toHaveLength(21);
    expect(HAND_COLORS[0]).toEqual([232, 232, 232]);
    expect(HAND_COLORS.slice(1, 5)).toEqual([
      [192, 0, 0],
      [227, 35, 35],
      [262, 70, 70],
      [297, 105, 105],
    ]);
    expect(HAND_COLORS[17]).toEqual([0, 0, 192]);
  });
});

describeShared(
  'Holistic components against files written by pose-format',
  ['data/fingerspelling'],
  () => {
    const file = listPoseFiles(sharedPath('data/fingerspelling'))[0] ?? '';

    it('match a real Holistic file in names, points, limbs (as sets) and colours', () => {
      const real = decodePose(readBytes(file)).header.components;
      const ours = holisticComponents({ world: true });
      expect(ours.map((c) => c.name)).toEqual(real.map((c) => c.name));
      ours.forEach((c, i) => {
        const r = real[i];
        expect(r).toBeDefined();
        if (!r) return;
        expect(c.points).toEqual(r.points);
        expect(c.format).toBe(r.format);
        expect(c.colors).toEqual(r.colors);
        // pose-format takes limbs from Python frozensets, so only the set is defined, not the order.
        expect(limbSet(c)).toEqual(limbSet(r));
      });
    });
  },
);

describe('a reduced face (the synthetic corpus writes only its named points)', () => {
  it('writes the given mesh points, named by index, and reads them back in place', () => {
    const frame = emptyFrame();
    for (const m of [1, 33, 263, 473]) {
      const o = (COMPONENTS.face.offset + m) * VALUES_PER_POINT;
      frame.set([0.25 + m / 1000, 0.5, 0.01, 1], o);
    }
    const pose = framesToPose([frame], {
      fps: 30,
      width: 640,
      height: 480,
      facePoints: [1, 33, 263, 473],
    });
    const face = pose.header.components.find((c) => c.name === 'FACE_LANDMARKS')!;
    expect(face.points).toEqual(['1', '33', '263', '473']);
    const back = poseToFrames(decodePose(encodePose(pose)))[0]!;
    for (const m of [1, 33, 263, 473]) {
      const o = (COMPONENTS.face.offset + m) * VALUES_PER_POINT;
      expect(back[o]).toBeCloseTo(0.25 + m / 1000, 5);
    }
    expect(Number.isNaN(back[(COMPONENTS.face.offset + 2) * VALUES_PER_POINT]!)).toBe(true);
    expect(() =>
      framesToPose([frame], { fps: 30, width: 640, height: 480, facePoints: [5, 3] }),
    ).toThrow(/ascending/);
  });
});
