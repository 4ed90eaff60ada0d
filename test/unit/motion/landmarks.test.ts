import { describe, expect, it } from 'vitest';
import { clipToLandmarks, clipToPoseFile, synthesize } from '../../../src/shared/motion';
import { sampleUtterance } from '../../../src/shared/motion/bench';
import { decodePose, poseToFrames } from '../../../src/shared/pose-format';
import type { COMPONENTS } from '../../../src/shared/landmarks/layout';
import { FRAME_LENGTH, valueIndex } from '../../../src/shared/landmarks/layout';
import { FACE_MESH } from '../../../src/shared/landmarks/face-mesh';
import { FACE_FEATURE, faceFeatures } from '../../../src/shared/landmarks/face-features';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { bodyLoc, config, faceSign, placement, shape, sign } from './spec-builder';

const xy = (f: Float32Array, c: keyof typeof COMPONENTS, p: number): [number, number] => [
  f[valueIndex(c, p, 0)]!,
  f[valueIndex(c, p, 1)]!,
];

describe('clipToLandmarks', () => {
  const clip = synthesize(
    sampleUtterance()
      .slice(0, 2)
      .map((s) => ({ gloss: s.gloss, spec: s, source: 't' })),
    { fps: 15 },
  );
  const frames = clipToLandmarks(clip, DEFAULT_SKELETON);

  it('gives one Holistic frame per clip frame: pose, both hands and named face points', () => {
    expect(frames.length).toBe(clip.frameCount);
    const f = frames[0]!;
    expect(f.length).toBe(FRAME_LENGTH);
    for (let p = 0; p <= 24; p++) expect(Number.isFinite(f[valueIndex('pose', p, 0)])).toBe(true);
    for (let p = 25; p < 33; p++) expect(Number.isNaN(f[valueIndex('pose', p, 0)])).toBe(true);
    for (let p = 0; p < 21; p++) {
      expect(Number.isFinite(f[valueIndex('leftHand', p, 1)])).toBe(true);
      expect(Number.isFinite(f[valueIndex('rightHand', p, 1)])).toBe(true);
    }
    expect(Number.isFinite(f[valueIndex('face', FACE_MESH.NOSE_TIP, 0)])).toBe(true);
    expect(Number.isNaN(f[valueIndex('face', 100, 0)])).toBe(true);
  });

  it('follows MediaPipe conventions: the subject’s left on the image right, y down, in frame', () => {
    const f = frames[0]!;
    const [lsx, lsy] = xy(f, 'pose', 11);
    const [rsx] = xy(f, 'pose', 12);
    const [, hipy] = xy(f, 'pose', 23);
    const [, nosey] = xy(f, 'pose', 0);
    expect(lsx).toBeGreaterThan(rsx); // left shoulder on the right of the image
    expect(nosey).toBeLessThan(lsy); // head above the shoulders (y grows downwards)
    expect(hipy).toBeGreaterThan(lsy);
    for (const v of [lsx, rsx, nosey, hipy]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
    // Hand wrist = pose wrist; Holistic left hand = the subject's left hand.
    expect(xy(f, 'leftHand', 0)[0]).toBeCloseTo(xy(f, 'pose', 15)[0], 6);
    expect(xy(f, 'rightHand', 0)[0]).toBeCloseTo(xy(f, 'pose', 16)[0], 6);
    expect(f[valueIndex('rightHand', 0, 2)]).toBeCloseTo(0, 6); // hand z relative to the wrist
  });

  // Face features of every frame of one sign carrying the given non-manual tags.
  const faceOverSign = (element: 'hnm_eyebrows' | 'hnm_eyelids', tags: string[]) => {
    const one = synthesize([{ gloss: 'FACE', spec: faceSign(element, tags), source: 't' }], {
      fps: 15,
    });
    return clipToLandmarks(one, DEFAULT_SKELETON).map((frame) => faceFeatures(frame));
  };
  const highest = (faces: Float32Array[], feature: keyof typeof FACE_FEATURE) =>
    Math.max(...faces.map((f) => f[FACE_FEATURE[feature]]!));

  it('raises only the brow a one-sided eyebrow tag names (RL: the subject’s left)', () => {
    const brows = (tags: string[]): [number, number] => {
      const faces = faceOverSign('hnm_eyebrows', tags);
      return [highest(faces, 'browRaiseLeft'), highest(faces, 'browRaiseRight')];
    };
    const [left0, right0] = brows([]);
    const [left, right] = brows(['RL']);
    expect(left - left0).toBeGreaterThan(0.02);
    expect(Math.abs(right - right0)).toBeLessThan(1e-6);
    const [bothL, bothR] = brows(['RB']);
    expect(bothL - left0).toBeCloseTo(left - left0, 6);
    expect(bothR - right0).toBeCloseTo(left - left0, 6);
  });

  it('narrows only the eye a one-sided eyelid tag names (SR: the subject’s right)', () => {
    // Idle blinks close both eyes at the same moments in both clips: compare each eye's
    // aperture averaged over the sign.
    const mean = (faces: Float32Array[], feature: keyof typeof FACE_FEATURE) =>
      faces.reduce((a, f) => a + f[FACE_FEATURE[feature]]!, 0) / faces.length;
    const plain = faceOverSign('hnm_eyelids', []);
    const narrowed = faceOverSign('hnm_eyelids', ['SR']);
    const drop = (feature: 'eyeApertureLeft' | 'eyeApertureRight') =>
      mean(plain, feature) - mean(narrowed, feature);
    expect(drop('eyeApertureRight')).toBeGreaterThan(0.01);
    expect(Math.abs(drop('eyeApertureLeft'))).toBeLessThan(1e-6);
  });

  it('puts a fingertip that touches the chin on the chin in the image', () => {
    const spec = sign({
      dom: config(shape('finger2'), 'ui', 'd'),
      placement: placement(
        bodyLoc('chin', {
          contact: 'touch',
          contactBy: { src: { start: 0, end: 0 }, fingerPart: 'tip', digits: [2] },
        }),
      ),
    });
    const c = synthesize([{ gloss: 'CHIN', spec, source: 't' }], { fps: 15 });
    const f = clipToLandmarks(c, DEFAULT_SKELETON)[Math.round((c.timeline[0]!.end - 0.03) * 15)]!;
    const tip = xy(f, 'rightHand', 8);
    const chin = xy(f, 'face', FACE_MESH.CHIN);
    const eyeDist = Math.abs(
      xy(f, 'face', FACE_MESH.LEFT_EYE_OUTER)[0] - xy(f, 'face', FACE_MESH.RIGHT_EYE_OUTER)[0],
    );
    expect(Math.hypot(tip[0] - chin[0], tip[1] - chin[1])).toBeLessThan(eyeDist * 0.6);
  });

  it('writes a .pose file that reads back to the same landmarks', () => {
    const back = poseToFrames(decodePose(clipToPoseFile(clip, DEFAULT_SKELETON)));
    expect(back.length).toBe(frames.length);
    for (const f of [0, Math.floor(frames.length / 2)]) {
      for (const [c, p] of [
        ['pose', 11],
        ['rightHand', 8],
        ['leftHand', 4],
        ['face', FACE_MESH.NOSE_TIP],
      ] as const) {
        expect(back[f]![valueIndex(c, p, 0)]).toBeCloseTo(frames[f]![valueIndex(c, p, 0)]!, 4);
        expect(back[f]![valueIndex(c, p, 1)]).toBeCloseTo(frames[f]![valueIndex(c, p, 1)]!, 4);
      }
    }
  });
});
