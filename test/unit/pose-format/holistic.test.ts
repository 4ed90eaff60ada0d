import { describe, expect, it } from 'vitest';
import {
  HAND_COLORS,
  decodePose,
  holisticComponents,
  type PoseComponent,
} from '../../../src/shared/pose-format';
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
