import { describe, expect, it } from 'vitest';
import { clipToLandmarks, synthesize } from '../../../src/shared/motion';
import { sampleUtterance } from '../../../src/shared/motion/bench';
import { NM_RAMP } from '../../../src/shared/motion/nonmanual';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { FACE_FEATURE, faceFeatures } from '../../../src/shared/landmarks/face-features';
import type { NonManualType } from '../../../src/shared/text/result';

/*
 * Facial grammar measured where the sign → text model and MediaPipe see it: the forward-kinematics
 * face-mesh landmarks, read back by faceFeatures (brow heights in face units, the outer-eye-corner
 * distance ≈ 8.9 cm; head angles from the fitted head pose). Each marker is compared frame by
 * frame with the same signs as a statement, over the span's frames once its fade-in is done.
 *
 * The bar: a marker must move its signal further than that signal wanders in real signers who
 * are not marking anything. Measured on the 56 Holistic recordings of ../shared/data/fingerspelling
 * (MediaPipe on real ASL and DGS fingerspellers, neutral face; faceFeatures per frame), the widest
 * 5th–95th percentile spread in any one recording was: brow height 0.033 face units, brow furrow
 * 0.053, head pitch 10.9°, head roll 7.2°, head yaw 9.9°. Below these a marker is lost in natural
 * drift and tracker jitter (frame-to-frame jitter medians: brows 0.002 units, angles 0.3°).
 */
const DEG = Math.PI / 180;
/** Yes/no question: brows up (mean of both) and the head forward (pitch down), at least this. */
const YN_BROW_RAISE_MIN = 0.035;
const YN_HEAD_FORWARD_MIN = 11 * DEG;
/** Wh-question: brows knitted and the head tilted sideways, at least this. */
const WH_FURROW_MIN = 0.055;
const WH_TILT_MIN = 7.5 * DEG;
/** Negation: the headshake's yaw swing (max − min) at least this, reversing at least twice. */
const SHAKE_SWING_MIN = 10 * DEG;
const SHAKE_REVERSALS_MIN = 2;

const SIGNS = sampleUtterance()
  .slice(0, 3)
  .map((s) => ({ gloss: s.gloss, spec: s, source: 't' }));
const FPS = 30;

/** Face features of every frame of the three signs with one marker over all of them. */
function faces(type: NonManualType | null): { faces: Float32Array[]; inside: number[] } {
  const clip = synthesize(SIGNS, {
    fps: FPS,
    nonManual: type ? [{ type, start: 0, end: SIGNS.length }] : [],
  });
  const t0 = clip.timeline[0]!.start + NM_RAMP;
  const t1 = clip.timeline[SIGNS.length - 1]!.end - NM_RAMP;
  const inside: number[] = [];
  for (let f = 0; f < clip.frameCount; f++) if (f / FPS > t0 && f / FPS < t1) inside.push(f);
  return {
    faces: clipToLandmarks(clip, DEFAULT_SKELETON).map((fr) => faceFeatures(fr)),
    inside,
  };
}

const statement = faces(null);

/** Marked minus statement for one feature, over the span's frames. */
function change(type: NonManualType, read: (f: Float32Array) => number): number[] {
  const marked = faces(type);
  expect(marked.inside).toEqual(statement.inside);
  return marked.inside.map((f) => read(marked.faces[f]!) - read(statement.faces[f]!));
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};
const brows = (f: Float32Array): number =>
  (f[FACE_FEATURE.browRaiseLeft]! + f[FACE_FEATURE.browRaiseRight]!) / 2;

describe('facial grammar in the forward-kinematics face landmarks', () => {
  it('measures a face in every frame of the statement', () => {
    expect(statement.inside.length).toBeGreaterThan(FPS);
    for (const f of statement.faces) expect(Number.isFinite(f[FACE_FEATURE.headPitch])).toBe(true);
  });

  it('raises the brows and tips the head forward over a yes/no question', () => {
    expect(median(change('yn-question', brows))).toBeGreaterThanOrEqual(YN_BROW_RAISE_MIN);
    const pitch = change('yn-question', (f) => f[FACE_FEATURE.headPitch]!);
    expect(median(pitch)).toBeGreaterThanOrEqual(YN_HEAD_FORWARD_MIN);
  });

  it('knits and lowers the brows and tilts the head over a wh-question', () => {
    expect(median(change('wh-question', (f) => f[FACE_FEATURE.browFurrow]!))).toBeGreaterThan(
      WH_FURROW_MIN,
    );
    // Lowered, not raised: what tells a wh-question from a yes/no question on the brows.
    expect(median(change('wh-question', brows))).toBeLessThan(0);
    const roll = change('wh-question', (f) => f[FACE_FEATURE.headRoll]!);
    expect(Math.abs(median(roll))).toBeGreaterThanOrEqual(WH_TILT_MIN);
  });

  it('shakes the head across a negation', () => {
    const yaw = change('negation', (f) => f[FACE_FEATURE.headYaw]!);
    expect(Math.max(...yaw) - Math.min(...yaw)).toBeGreaterThanOrEqual(SHAKE_SWING_MIN);
    let reversals = 0;
    for (let i = 2; i < yaw.length; i++)
      if ((yaw[i]! - yaw[i - 1]!) * (yaw[i - 1]! - yaw[i - 2]!) < 0) reversals++;
    expect(reversals).toBeGreaterThanOrEqual(SHAKE_REVERSALS_MIN);
  });
});
