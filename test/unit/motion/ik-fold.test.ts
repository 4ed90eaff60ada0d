import { describe, expect, it } from 'vitest';
import { makeArmLocals, makeArmWorld, solveArm } from '../../../src/shared/motion/ik';
import { distance3, quat, type Vec3 } from '../../../src/shared/motion/math';
import { makeBodyState, solveBodyChain } from '../../../src/shared/motion/pose';
import { makeSkeleton, SKELETON_PRESETS } from '../../../src/shared/motion/skeleton';

/** The wrist reaches its target this close, metres. */
const REACH_TOLERANCE = 0.001;

describe('arm IK with a wrist target by the shoulder', () => {
  for (const [name, proportions] of Object.entries(SKELETON_PRESETS)) {
    it(`${name}: the shoulder girdle gives way so the wrist still reaches it`, () => {
      const sk = makeSkeleton(proportions);
      const body = makeBodyState();
      solveBodyChain(sk, { spine: quat(), chest: quat(), neck: quat(), head: quat() }, body);
      const locals = makeArmLocals();
      const world = makeArmWorld();
      // First solve anywhere to learn where this avatar's right upper-arm joint sits.
      solveArm(sk, 'right', body, [0, 1.2, 0.3], quat(), null, locals, world);
      const j = world.shoulderJoint;
      // A target 5 mm in front of the joint: the folded arm alone cannot bring the wrist there.
      const target: Vec3 = [j[0], j[1], j[2] + 0.005];
      solveArm(sk, 'right', body, target, quat(), null, locals, world);
      expect(distance3(world.wrist, target), name).toBeLessThan(REACH_TOLERANCE);
    });
  }
});
