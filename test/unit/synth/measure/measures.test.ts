import { describe, expect, it } from 'vitest';
import { COMPONENTS, VALUES_PER_POINT } from '../../../../src/shared/landmarks/layout';
import {
  PSD_SEGMENT,
  bodyFrame,
  handDropout,
  handSwaps,
  handWindows,
  highPass,
  measureRecording,
  residualSpectrum,
  resampleFrames,
  WINDOW_FEATURES,
} from '../../../../src/shared/synth/measure';
import { Rng } from '../../../../src/shared/synth/rng';
import { smoothBody } from '../noise/synthetic-body';

describe('highPass (Savitzky–Golay residual)', () => {
  it('passes no cubic motion and keeps 18/35 of white noise variance', () => {
    const cubic = Array.from({ length: 40 }, (_, t) => 0.001 * t ** 3 - 0.02 * t ** 2 + t);
    const r = Array.from(highPass(cubic)).filter(Number.isFinite);
    expect(r).toHaveLength(36);
    for (const v of r) expect(Math.abs(v)).toBeLessThan(1e-9);
    const rng = new Rng(1);
    const noise = Array.from({ length: 40000 }, () => rng.normal());
    const res = Array.from(highPass(noise)).filter(Number.isFinite);
    const variance = res.reduce((s, v) => s + v * v, 0) / res.length;
    expect(variance).toBeCloseTo(18 / 35, 1);
  });
});

describe('residualSpectrum', () => {
  it('gives white noise a flat density of σ²/(fs/2)', () => {
    const rng = new Rng(2);
    const series = [Float64Array.from({ length: 16000 }, () => rng.normal(0, 2))];
    const s = residualSpectrum(series, 30);
    expect(s.hz).toHaveLength(PSD_SEGMENT / 2 + 1);
    expect(s.hz.at(-1)).toBe(15);
    // Mid frequencies (away from DC, where the segment mean is removed, and Nyquist).
    for (let k = 2; k < PSD_SEGMENT / 2 - 1; k++) expect(s.power[k]! / (4 / 15)).toBeCloseTo(1, 0);
  });
});

describe('body frame and hand measures', () => {
  it('measures the body in shoulder widths, camera-distance invariant', () => {
    const near = { frames: smoothBody({ frames: 60 }), fps: 30 };
    const far = { frames: smoothBody({ frames: 60, scale: 0.5 }), fps: 30 };
    expect(bodyFrame(near)!.unit).toBeCloseTo(0.3, 5);
    expect(bodyFrame(far)!.unit).toBeCloseTo(0.15, 5);
    const a = measureRecording(near);
    const b = measureRecording(far);
    expect(b.proportions.handSize).toBeCloseTo(a.proportions.handSize, 5);
    expect(b.proportions.noseHeight).toBeCloseTo(a.proportions.noseHeight, 5);
    expect(a.dropoutRate).toBe(0);
  });

  it('uses the aspect ratio so x and y lengths are comparable', () => {
    const frames = smoothBody({ frames: 10 });
    // The same scene in a 2:1 image: normalised x halves.
    const wide = frames.map((f) => {
      const g = Float32Array.from(f);
      for (let i = 0; i < g.length; i += VALUES_PER_POINT) g[i] = 0.5 + (g[i]! - 0.5) / 2;
      return g;
    });
    expect(bodyFrame({ frames: wide, fps: 30, aspect: 2 })!.unit).toBeCloseTo(0.3, 5);
  });

  it('counts interior gaps only, and swapped hands', () => {
    const frames = smoothBody({ frames: 20 });
    const clear = (t: number, h: 'leftHand' | 'rightHand'): void => {
      const o = COMPONENTS[h].offset * VALUES_PER_POINT;
      frames[t]!.fill(Number.NaN, o, o + 21 * VALUES_PER_POINT);
    };
    // Pose wrists on the hands' wrists, so a swap can be judged.
    for (const f of frames) {
      for (const [pose, hand] of [
        [15, 'leftHand'],
        [16, 'rightHand'],
      ] as const) {
        const src = COMPONENTS[hand].offset * VALUES_PER_POINT;
        f.copyWithin(
          (COMPONENTS.pose.offset + pose) * VALUES_PER_POINT,
          src,
          src + VALUES_PER_POINT,
        );
      }
    }
    for (const t of [0, 1, 5, 6, 7, 12, 19]) clear(t, 'rightHand');
    const d = handDropout({ frames, fps: 30 }, 'rightHand');
    expect(d.gaps).toEqual([3, 1]);
    expect(d.span).toBe(17);
    expect(handSwaps({ frames, fps: 30 }).swapped).toBe(0);
    const f = frames[10]!;
    const l = COMPONENTS.leftHand.offset * VALUES_PER_POINT;
    const r = COMPONENTS.rightHand.offset * VALUES_PER_POINT;
    const left = f.slice(l, l + 84);
    f.copyWithin(l, r, r + 84);
    f.set(left, r);
    expect(handSwaps({ frames, fps: 30 }).swapped).toBe(2);
  });

  it('cuts hand windows at 30 fps whatever the recording rate', () => {
    const at30 = handWindows({ frames: smoothBody({ frames: 60, fps: 30 }), fps: 30 });
    const at15 = handWindows({ frames: smoothBody({ frames: 30, fps: 15 }), fps: 15 });
    expect(at30).toHaveLength(6);
    expect(at15.length).toBeGreaterThanOrEqual(5);
    expect(at30[0]).toHaveLength(WINDOW_FEATURES);
    expect(resampleFrames(smoothBody({ frames: 30, fps: 15 }), 15, 30)).toHaveLength(59);
    // Finger point 1 relative to the wrist, in hand sizes: the same at both rates.
    expect(at15[0]![0]).toBeCloseTo(at30[0]![0]!, 4);
  });
});
