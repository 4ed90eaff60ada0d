import { describe, expect, it } from 'vitest';
import { clipToPoseFile, defaultCamera, synthesize } from '../../../src/shared/motion';
import { sampleUtterance } from '../../../src/shared/motion/bench';
import type { Clip } from '../../../src/shared/motion/clip';
import {
  handPointsWorld,
  makeWorldPose,
  skeletonFK,
  type WorldPose,
} from '../../../src/shared/motion/fk';
import { makeHandPoints } from '../../../src/shared/motion/hand';
import { angleBetweenQ, distance3, type Vec3 } from '../../../src/shared/motion/math';
import { ROTATION_STRIDE } from '../../../src/shared/motion/clip';
import { retargetPoseFile } from '../../../src/shared/motion/retarget';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { SIDES } from '../../../src/shared/motion/rig';

const sk = DEFAULT_SKELETON;
const FPS = 25;
const CM = 0.01;

interface FrameError {
  elbow: number;
  wrist: number;
  fingertip: number;
  headDeg: number;
}

/** Worst per-frame errors between two clips of the same length on the same skeleton. */
function compare(a: Clip, b: Clip): FrameError {
  const wa = makeWorldPose();
  const wb = makeWorldPose();
  const ha = makeHandPoints();
  const hb = makeHandPoints();
  const worst: FrameError = { elbow: 0, wrist: 0, fingertip: 0, headDeg: 0 };
  for (let f = 0; f < a.frameCount; f++) {
    skeletonFK(sk, a.rotations, f * ROTATION_STRIDE, wa);
    skeletonFK(sk, b.rotations, f * ROTATION_STRIDE, wb);
    const at = (w: WorldPose, bone: keyof WorldPose['pos']): Vec3 => w.pos[bone];
    for (const side of SIDES) {
      worst.elbow = Math.max(
        worst.elbow,
        distance3(at(wa, `${side}LowerArm`), at(wb, `${side}LowerArm`)),
      );
      worst.wrist = Math.max(worst.wrist, distance3(at(wa, `${side}Hand`), at(wb, `${side}Hand`)));
      handPointsWorld(sk, wa, a.rotations, f * ROTATION_STRIDE, side, ha);
      handPointsWorld(sk, wb, b.rotations, f * ROTATION_STRIDE, side, hb);
      for (const tip of [4, 8, 12, 16, 20])
        worst.fingertip = Math.max(worst.fingertip, distance3(ha[tip]!, hb[tip]!));
    }
    worst.headDeg = Math.max(
      worst.headDeg,
      (angleBetweenQ(wa.rot.head, wb.rot.head) * 180) / Math.PI,
    );
  }
  return worst;
}

describe('recorded sign retargeting: a clip made from the avatar’s own FK landmarks', () => {
  const items = sampleUtterance()
    .slice(0, 4)
    .map((s) => ({ gloss: s.gloss, spec: s, source: 'test' }));
  const original = synthesize(items, {
    fps: FPS,
    skeleton: sk,
    nonManual: [{ type: 'negation', start: 1, end: 3 }],
  });

  it('rejects a corrupt .pose with an error naming the file and the gloss', () => {
    const bytes = clipToPoseFile(original, sk).slice(0, 200);
    expect(() => retargetPoseFile(bytes, sk, { gloss: 'HELLO', name: 'hello-cut.pose' })).toThrow(
      /recording hello-cut\.pose of "HELLO" cannot be used: .+/,
    );
  });

  it('retargets back to joint angles whose FK is within a few cm and degrees', () => {
    // A distant camera (a long lens: weak perspective), as signing videos are shot.
    const near = defaultCamera(sk);
    const camera = {
      ...near,
      position: [
        near.position[0],
        near.position[1],
        near.target[2] + 6 * (near.position[2] - near.target[2]),
      ] as const,
      fovDeg: near.fovDeg / 6,
    };
    const pose = clipToPoseFile(original, sk, camera);
    const back = retargetPoseFile(pose, sk, { gloss: 'X', name: 'roundtrip.pose' });
    expect(back.frameCount).toBe(original.frameCount);
    const e = compare(original, back);
    // Measured: elbow 3.4 cm, wrist 4.7 cm, fingertips 4.6 cm, head 1.0° (the clavicles and spine
    // stay at rest in a retargeted recording, and the synthesized ones move: most of the error).
    expect(e.elbow).toBeLessThan(5 * CM);
    expect(e.wrist).toBeLessThan(6 * CM);
    expect(e.fingertip).toBeLessThan(6 * CM);
    expect(e.headDeg).toBeLessThan(3);
  });
});
