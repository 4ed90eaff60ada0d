import { describe, expect, it } from 'vitest';
import '../../helpers/quat';
import {
  axisAngleQ,
  fromBasisQ,
  fromUnitVectorsQ,
  minimumJerk,
  mirrorQ,
  mulQ,
  quat,
  rotateV,
  slerpQ,
  twistAngleQ,
  vec3,
} from '../../../src/shared/motion/math';

describe('quaternions', () => {
  it('rotate vectors by the right-hand rule', () => {
    const q = axisAngleQ(quat(), [0, 1, 0], Math.PI / 2);
    expect(rotateV(vec3(), q, [0, 0, 1])).toBeCloseToVec([1, 0, 0], 1e-12);
  });

  it('build the rotation that takes the world axes onto a basis', () => {
    const q = fromBasisQ(quat(), [0, 1, 0], [-1, 0, 0], [0, 0, 1]);
    expect(q).toBeCloseToQuat(axisAngleQ(quat(), [0, 0, 1], Math.PI / 2), 1e-6);
    expect(q).toBeUnitQuat();
  });

  it('take one unit vector onto another, also when they are opposite', () => {
    const q = fromUnitVectorsQ(quat(), [0, 0, 1], [0, 0, -1]);
    expect(rotateV(vec3(), q, [0, 0, 1])).toBeCloseToVec([0, 0, -1], 1e-9);
    expect(q).toBeUnitQuat();
  });

  it('slerp stays on the unit sphere and hits both ends', () => {
    const a = axisAngleQ(quat(), [1, 0, 0], 0.3);
    const b = axisAngleQ(quat(), [0, 1, 0], 2.5);
    for (const t of [0, 0.25, 0.5, 1]) expect(slerpQ(quat(), a, b, t)).toBeUnitQuat(1e-9);
    expect(slerpQ(quat(), a, b, 1)).toBeCloseToQuat(b, 1e-6);
  });

  it('split off the twist about an axis', () => {
    const twist = axisAngleQ(quat(), [1, 0, 0], 0.7);
    const swing = axisAngleQ(quat(), [0, 0, 1], 0.4);
    expect(twistAngleQ(mulQ(quat(), swing, twist), [1, 0, 0])).toBeCloseToVec([0.7], 0.15);
    expect(twistAngleQ(twist, [1, 0, 0])).toBeCloseTo(0.7, 9);
  });

  it('mirror across the sagittal plane', () => {
    const q = axisAngleQ(quat(), [0, 0, 1], 0.5); // tilts +Y towards −X
    const m = mirrorQ(quat(), q);
    expect(rotateV(vec3(), m, [0, 1, 0])).toBeCloseToVec(
      [-rotateV(vec3(), q, [0, 1, 0])[0], rotateV(vec3(), q, [0, 1, 0])[1], 0],
      1e-12,
    );
  });
});

describe('minimum-jerk profile', () => {
  it('starts and stops at rest and passes the middle at half way', () => {
    const h = 1e-4;
    expect(minimumJerk(0)).toBe(0);
    expect(minimumJerk(1)).toBe(1);
    expect(minimumJerk(0.5)).toBeCloseTo(0.5, 12);
    expect((minimumJerk(h) - minimumJerk(0)) / h).toBeLessThan(1e-6);
    expect((minimumJerk(1) - minimumJerk(1 - h)) / h).toBeLessThan(1e-6);
    // Peak velocity 1.875 at the middle.
    expect((minimumJerk(0.5 + h) - minimumJerk(0.5 - h)) / (2 * h)).toBeCloseTo(1.875, 5);
  });
});
