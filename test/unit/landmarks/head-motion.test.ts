import { describe, expect, it } from 'vitest';
import { FACE_FEATURE, faceFeatures } from '../../../src/shared/landmarks/face-features';
import {
  HeadMotionTracker,
  MAX_VELOCITY_GAP_MS,
  faceFeatureSequence,
} from '../../../src/shared/landmarks/head-motion';
import { emptyFrame } from '../../../src/shared/landmarks/layout';
import { syntheticFace } from '../../../src/shared/landmarks/synthetic-face';

const FPS = 30;
const FRAME_MS = 1000 / FPS;
/** A nod: pitch = A·sin(2πft). */
const NOD_AMPLITUDE = 0.3;
const NOD_HZ = 1.5;

function nod(count: number): { frames: Float32Array[]; times: number[] } {
  const times = Array.from({ length: count }, (_, i) => i * FRAME_MS);
  const frames = times.map((t) =>
    syntheticFace({ pitch: NOD_AMPLITUDE * Math.sin(2 * Math.PI * NOD_HZ * (t / 1000)) }),
  );
  return { frames, times };
}

/** d/dt of the nod at t (ms), rad/s. */
function nodRate(t: number): number {
  return NOD_AMPLITUDE * 2 * Math.PI * NOD_HZ * Math.cos(2 * Math.PI * NOD_HZ * (t / 1000));
}

describe('head nod and shake velocity', () => {
  it('measures a nod as pitch velocity and no shake', () => {
    const { frames, times } = nod(31);
    const features = faceFeatureSequence(frames, times);
    for (let i = 1; i < 30; i++) {
      // Central differences at 30 fps on a 1.5 Hz nod: within 2 % of the true rate.
      const f = features[i];
      expect(
        Math.abs((f?.[FACE_FEATURE.headNodVelocity] ?? Number.NaN) - nodRate(times[i] ?? 0)),
      ).toBeLessThan(0.02 * NOD_AMPLITUDE * 2 * Math.PI * NOD_HZ);
      expect(Math.abs(f?.[FACE_FEATURE.headShakeVelocity] ?? Number.NaN)).toBeLessThan(1e-3);
    }
  });

  it('measures a shake as yaw velocity, through the ±π wrap', () => {
    const times = [0, 40, 80];
    const frames = [3.1, -3.1, -3.0].map((yaw) => syntheticFace({ yaw }));
    // A head cannot turn this far, but the arithmetic must take the short way round.
    const features = faceFeatureSequence(frames, times);
    const expected = (2 * Math.PI - 6.2) / 0.04;
    expect(features[0]?.[FACE_FEATURE.headShakeVelocity]).toBeCloseTo(expected, 2);
  });

  it('gives NaN across dropouts and long gaps instead of a spurious jump', () => {
    const frames = [syntheticFace({}), emptyFrame(), syntheticFace({ pitch: 0.2 })];
    const features = faceFeatureSequence(frames, [0, 33, 66]);
    expect(features[0]?.[FACE_FEATURE.headNodVelocity]).toBeNaN();
    expect(features[1]?.[FACE_FEATURE.headNodVelocity]).toBeNaN();
    const gap = faceFeatureSequence(
      [syntheticFace({}), syntheticFace({ pitch: 0.2 })],
      [0, MAX_VELOCITY_GAP_MS + 1],
    );
    expect(gap[1]?.[FACE_FEATURE.headNodVelocity]).toBeNaN();
    expect(() => faceFeatureSequence(frames, [0])).toThrow(
      '1 timestamps for 3 frames; expected one per frame',
    );
  });

  it('tracks a live stream with backward differences', () => {
    const { frames, times } = nod(10);
    const tracker = new HeadMotionTracker();
    const pitches = frames.map((f) => faceFeatures(f)[FACE_FEATURE.headPitch] ?? Number.NaN);
    frames.forEach((frame, i) => {
      const f = tracker.update(faceFeatures(frame), times[i] ?? 0);
      if (i === 0) expect(f[FACE_FEATURE.headNodVelocity]).toBeNaN();
      else {
        const expected = ((pitches[i] ?? 0) - (pitches[i - 1] ?? 0)) / (FRAME_MS / 1000);
        expect(f[FACE_FEATURE.headNodVelocity]).toBeCloseTo(expected, 3);
      }
    });
    tracker.reset();
    expect(
      tracker.update(faceFeatures(frames[0] ?? emptyFrame()), 1e6)[FACE_FEATURE.headNodVelocity],
    ).toBeNaN();
  });
});
