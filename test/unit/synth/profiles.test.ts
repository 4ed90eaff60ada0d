import { describe, expect, it } from 'vitest';
import {
  allProfiles,
  HELD_OUT_PROFILES,
  makeProfile,
  PROFILE_COUNT,
} from '../../../src/shared/synth/profiles';
import { drawCamera, FRONTAL, variedCamera } from '../../../src/shared/synth/camera';
import { Rng } from '../../../src/shared/synth/rng';
import { makeSkeleton } from '../../../src/shared/motion/skeleton';
import { Projector } from '../../../src/shared/motion/fk/camera';

describe('signer profiles', () => {
  it('has at least 20 distinct bodies, left-handers in and out of training, held-out signers', () => {
    for (const seed of [1, 2, 99]) {
      const ps = allProfiles(seed);
      expect(ps.length).toBe(PROFILE_COUNT);
      expect(new Set(ps.map((p) => JSON.stringify(p.proportions))).size).toBe(PROFILE_COUNT);
      expect(ps.filter((p) => p.heldOut).length).toBe(HELD_OUT_PROFILES);
      const left = ps.filter((p) => p.dominant === 'left');
      expect(left.length / ps.length).toBeGreaterThanOrEqual(0.1);
      expect(left.some((p) => p.heldOut)).toBe(true);
      expect(left.some((p) => !p.heldOut)).toBe(true);
    }
  });

  it('is the same signer for the same seed and index', () => {
    expect(makeProfile(4, 7)).toEqual(makeProfile(4, 7));
    expect(makeProfile(4, 7)).not.toEqual(makeProfile(5, 7));
  });

  it('refuses an index outside the profiles', () => {
    expect(() => makeProfile(1, PROFILE_COUNT)).toThrow(/profile 48/);
  });
});

describe('camera variation', () => {
  it('stays in the issue ranges', () => {
    const rng = new Rng(11);
    for (let i = 0; i < 2000; i++) {
      const c = drawCamera(rng);
      expect(Math.abs(c.yawDeg)).toBeLessThanOrEqual(30);
      expect(Math.abs(c.pitchDeg)).toBeLessThanOrEqual(15);
      expect(c.distance).toBeGreaterThanOrEqual(0.85);
      expect(c.cropBottom).toBeGreaterThanOrEqual(0);
    }
  });

  it('roll turns the image about its centre and yaw turns the shoulders', () => {
    const sk = makeSkeleton();
    const out = new Float32Array(4);
    const ls = sk.bones.leftUpperArm;
    const rs = sk.bones.rightUpperArm;
    const at = (cam: ReturnType<typeof variedCamera>, p: readonly number[]): [number, number] => {
      const pr = new Projector(cam);
      pr.project(p as [number, number, number], pr.depth(p as [number, number, number]), out, 0);
      return [out[0]!, out[1]!];
    };
    const front = variedCamera(sk, FRONTAL);
    const rolled = variedCamera(sk, { ...FRONTAL, rollDeg: 10 });
    const [lx, ly] = at(front, ls);
    const [rx, ry] = at(front, rs);
    expect(ly).toBeCloseTo(ry, 6);
    const [lx2, ly2] = at(rolled, ls);
    const [rx2, ry2] = at(rolled, rs);
    expect(Math.abs(ly2 - ry2)).toBeGreaterThan(0.01);
    // Width across the shoulders shrinks when the signer turns.
    const turned = variedCamera(sk, { ...FRONTAL, yawDeg: 30 });
    const [lx3] = at(turned, ls);
    const [rx3] = at(turned, rs);
    expect(Math.abs(lx3 - rx3)).toBeLessThan(Math.abs(lx - rx) * 0.95);
    expect(Math.hypot(lx2 - rx2, (ly2 - ry2) * 0.75)).toBeCloseTo(Math.hypot(lx - rx, 0), 2);
  });
});
