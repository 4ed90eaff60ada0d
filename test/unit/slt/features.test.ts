import { describe, expect, it } from 'vitest';
import {
  FEATURE_DIM,
  FEATURE_NAMES,
  FeatureStream,
  featureIndex,
  sequenceFeatures,
} from '../../../src/shared/slt/features';
import { CORPUS_FRAME_VALUES } from '../../../src/shared/synth/points';
import { mulberry32 } from '../../helpers/prng';
import {
  dropPart,
  mirrorFrames,
  randomDropouts,
  signerFrames,
  transformFrames,
} from './features-frames';

const T = 60;
const FPS = 30;
const frames = signerFrames(T);
const base = sequenceFeatures(frames, T, FPS);

const value = (f: Float32Array, t: number, name: string): number =>
  f[t * FEATURE_DIM + featureIndex(name)] ?? Number.NaN;

function bump(values: Float32Array, i: number, delta: number): void {
  values[i] = (values[i] ?? Number.NaN) + delta;
}

/** Largest |a − b| over the features whose name passes `keep`. */
function maxDiff(
  a: Float32Array,
  b: Float32Array,
  keep: (name: string) => boolean = () => true,
): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    if (!keep(FEATURE_NAMES[i % FEATURE_DIM] ?? '')) continue;
    worst = Math.max(worst, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  }
  return worst;
}

describe('feature layout', () => {
  it('has FEATURE_DIM unique names', () => {
    expect(FEATURE_NAMES.length).toBe(FEATURE_DIM);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_DIM);
    expect(FEATURE_DIM).toBe(424);
  });

  it('refuses a bad frame rate, aspect or buffer size, naming what is valid', () => {
    expect(() => new FeatureStream(0)).toThrow(/fps must be .* above 0; got 0/);
    expect(() => new FeatureStream(30, { aspect: Number.NaN })).toThrow(/aspect/);
    expect(() =>
      new FeatureStream(30).push(new Float32Array(5), new Float32Array(FEATURE_DIM)),
    ).toThrow(new RegExp(`${CORPUS_FRAME_VALUES} values`));
  });
});

describe('sequenceFeatures', () => {
  it('is finite everywhere, and all 0 on frames where nothing was detected', () => {
    const empty = new Float32Array(10 * CORPUS_FRAME_VALUES).fill(Number.NaN);
    const f = sequenceFeatures(empty, 10, FPS);
    expect(f.every((v) => v === 0)).toBe(true);
    const noisy = randomDropouts(frames.slice(), T, mulberry32(7));
    expect(sequenceFeatures(noisy, T, FPS).every(Number.isFinite)).toBe(true);
    expect(base.every(Number.isFinite)).toBe(true);
  });

  it('does not change when the whole image is shifted and scaled', () => {
    const moved = sequenceFeatures(transformFrames(frames, 0.5, 0.2, 0.1), T, FPS);
    expect(maxDiff(base, moved)).toBeLessThan(1e-3);
    // Sanity: the test can fail: shifting one part does change the features.
    const shifted = frames.slice();
    for (let t = 0; t < T; t++) bump(shifted, t * CORPUS_FRAME_VALUES + 25 * 3, 0.05);
    expect(maxDiff(base, sequenceFeatures(shifted, T, FPS))).toBeGreaterThan(0.1);
  });

  it('measures in isotropic units: the same scene seen at another aspect ratio gives the same features', () => {
    const aspect = 16 / 9;
    const wide = frames.slice();
    for (let i = 0; i < wide.length; i += 3) {
      wide[i] = (wide[i] ?? 0) / aspect;
      wide[i + 2] = (wide[i + 2] ?? 0) / aspect;
    }
    expect(maxDiff(base, sequenceFeatures(wide, T, FPS, { aspect }))).toBeLessThan(1e-3);
    expect(maxDiff(base, sequenceFeatures(wide, T, FPS))).toBeGreaterThan(0.05);
  });

  it('for the mirror image swaps left and right and negates what points along x', () => {
    const mirrored = sequenceFeatures(mirrorFrames(frames, T), T, FPS);
    const swap = (n: string): string =>
      n.replace(
        /left|right|Left|Right|LEFT|RIGHT/g,
        (m) =>
          ({
            left: 'right',
            right: 'left',
            Left: 'Right',
            Right: 'Left',
            LEFT: 'RIGHT',
            RIGHT: 'LEFT',
          })[m] ?? m,
      );
    const ODD = new Set(['face.headYaw', 'face.headRoll', 'face.gazeX', 'vel.face.headYaw']);
    let worst = 0;
    let changed = 0;
    for (let t = 0; t < T; t++) {
      for (const name of FEATURE_NAMES) {
        const sign = name.endsWith('.x') || ODD.has(name) ? -1 : 1;
        const expected = sign * value(base, t, name);
        worst = Math.max(worst, Math.abs(value(mirrored, t, swap(name)) - expected));
        if (Math.abs(value(mirrored, t, name) - value(base, t, name)) > 1e-3) changed++;
      }
    }
    expect(worst).toBeLessThan(1e-3);
    expect(changed).toBeGreaterThan(T * 100);
  });

  it('zeroes a missing hand with its mask and velocities, leaving the other hand alone', () => {
    const dropped = sequenceFeatures(dropPart(frames.slice(), 'leftHand', 10, 20), T, FPS);
    for (let t = 10; t < 20; t++) {
      expect(value(dropped, t, 'leftHand.mask')).toBe(0);
      for (const name of FEATURE_NAMES.filter((n) => n.includes('leftHand'))) {
        expect(value(dropped, t, name), name).toBe(0);
      }
    }
    expect(value(dropped, 9, 'leftHand.mask')).toBe(1);
    // Velocity needs both frames: 0 at the first frame back too.
    expect(value(dropped, 20, 'leftHand.mask')).toBe(1);
    expect(value(dropped, 20, 'vel.leftHand.wrist.x')).toBe(0);
    expect(value(base, 20, 'vel.leftHand.wrist.x')).not.toBe(0);
    expect(value(dropped, 21, 'vel.leftHand.wrist.x')).toBe(
      value(base, 21, 'vel.leftHand.wrist.x'),
    );
    expect(maxDiff(base, dropped, (n) => !n.includes('leftHand'))).toBe(0);
  });

  it('zeroes a missing face (with its mask) and keeps the rest', () => {
    const dropped = sequenceFeatures(dropPart(frames.slice(), 'face', 0, T), T, FPS);
    expect(maxDiff(dropped, new Float32Array(dropped.length), (n) => n.includes('face'))).toBe(0);
    expect(value(base, 5, 'face.mask')).toBe(1);
    expect(maxDiff(base, dropped, (n) => !n.includes('face'))).toBe(0);
  });

  it('has no body frame before the first shoulders, and keeps the last one while they are missing', () => {
    const f = dropPart(frames.slice(), 'pose', 0, 5);
    dropPart(f, 'pose', 30, 40);
    const out = sequenceFeatures(f, T, FPS);
    for (let t = 0; t < 5; t++) {
      expect(value(out, t, 'body.mask')).toBe(0);
      expect(value(out, t, 'leftHand.wrist.x')).toBe(0);
      expect(value(out, t, 'leftHand.scale')).toBe(0);
      expect(value(out, t, 'leftHand.mask')).toBe(1);
      expect(value(out, t, 'leftHand.THUMB_TIP.y')).toBe(value(base, t, 'leftHand.THUMB_TIP.y'));
    }
    // The signer stands still, so the window's median is the same shoulders throughout.
    for (let t = 30; t < 40; t++) {
      expect(value(out, t, 'body.mask')).toBe(0);
      expect(value(out, t, 'pose.LEFT_SHOULDER.x')).toBe(0);
      expect(value(out, t, 'leftHand.wrist.x')).toBeCloseTo(value(base, t, 'leftHand.wrist.x'), 6);
    }
  });

  it('ignores a one-frame shoulder glitch (the body frame is a median)', () => {
    const glitch = frames.slice();
    bump(glitch, 20 * CORPUS_FRAME_VALUES + 11 * 3, 0.2);
    const out = sequenceFeatures(glitch, T, FPS);
    expect(value(out, 20, 'pose.LEFT_SHOULDER.x')).toBeGreaterThan(
      value(base, 20, 'pose.LEFT_SHOULDER.x') + 0.5,
    );
    expect(maxDiff(base, out, (n) => !n.startsWith('pose.LEFT_SHOULDER'))).toBe(0);
  });

  it('gives velocities per second: the same motion at 30 and 60 fps reads the same', () => {
    const path = (fps: number) => (t: number) => [0.5 + (0.3 * t) / fps, 0.6] as const; // 0.3 image widths/s
    const at30 = sequenceFeatures(signerFrames(30, { leftWrist: path(30) }), 30, 30);
    const at60 = sequenceFeatures(signerFrames(60, { leftWrist: path(60) }), 60, 60);
    // Shoulders 0.24 apart: 0.3 / 0.24 = 1.25 shoulder widths per second.
    expect(value(at30, 10, 'vel.leftHand.wrist.x')).toBeCloseTo(1.25, 4);
    expect(value(at60, 20, 'vel.leftHand.wrist.x')).toBeCloseTo(1.25, 4);
    expect(value(at30, 0, 'vel.leftHand.wrist.x')).toBe(0);
  });
});

describe('FeatureStream', () => {
  it('equals the batch result frame by frame, and again after reset', () => {
    const noisy = randomDropouts(frames.slice(), T, mulberry32(3));
    const batch = sequenceFeatures(noisy, T, FPS);
    const stream = new FeatureStream(FPS);
    const out = new Float32Array(FEATURE_DIM);
    for (let pass = 0; pass < 2; pass++) {
      for (let t = 0; t < T; t++) {
        stream.push(noisy.subarray(t * CORPUS_FRAME_VALUES, (t + 1) * CORPUS_FRAME_VALUES), out);
        expect(out).toEqual(batch.subarray(t * FEATURE_DIM, (t + 1) * FEATURE_DIM));
      }
      stream.reset();
    }
  });

  it('is causal: a frame’s features do not depend on later frames', () => {
    const prefix = sequenceFeatures(frames, 20, FPS);
    expect(prefix).toEqual(base.subarray(0, 20 * FEATURE_DIM));
  });
});
