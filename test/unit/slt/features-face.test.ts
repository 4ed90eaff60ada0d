import { describe, expect, it } from 'vitest';
import type { FaceExpression, HeadPlacement } from '../../../src/shared/landmarks/synthetic-face';
import {
  FEATURE_DIM,
  FEATURE_NAMES,
  featureIndex,
  sequenceFeatures,
} from '../../../src/shared/slt/features';
import { signerFrames } from './features-frames';

/** Features of one frame of the synthetic signer with this head and expression. */
function face(head: HeadPlacement = {}, expression: FaceExpression = {}): (name: string) => number {
  const frames = signerFrames(1, {
    head: () => ({ centre: [0.5, 0.3], ...head }),
    expression: () => expression,
  });
  const f = sequenceFeatures(frames, 1, 30);
  return (name) => f[featureIndex(`face.${name}`)] ?? Number.NaN;
}

const neutral = face();

describe('face features', () => {
  it('read a frontal neutral face as no yaw, no roll, straight gaze, both sides equal', () => {
    expect(neutral('mask')).toBe(1);
    expect(neutral('headYaw')).toBeCloseTo(0, 6);
    expect(neutral('headRoll')).toBeCloseTo(0, 6);
    expect(neutral('headPitch')).toBeCloseTo(0.077, 2);
    expect(neutral('gazeX')).toBeCloseTo(0, 6);
    expect(neutral('browRaiseLeft')).toBeCloseTo(neutral('browRaiseRight'), 6);
    expect(neutral('eyeOpenLeft')).toBeGreaterThan(0.1);
  });

  it('turn the head pose into yaw, pitch and roll with the conventions of head-pose.ts', () => {
    expect(face({ yaw: 0.4 })('headYaw')).toBeGreaterThan(0.2);
    expect(face({ yaw: -0.4 })('headYaw')).toBeLessThan(-0.2);
    expect(face({ pitch: 0.3 })('headPitch')).toBeGreaterThan(neutral('headPitch') + 0.1);
    expect(face({ pitch: -0.3 })('headPitch')).toBeLessThan(neutral('headPitch') - 0.1);
    expect(face({ roll: 0.3 })('headRoll')).toBeCloseTo(0.3, 4);
  });

  it('keep the face points and expression features in the head frame when the head rolls', () => {
    const rolled = face({ roll: 0.5 });
    for (const name of FEATURE_NAMES) {
      if (!name.startsWith('face.') || name === 'face.headRoll') continue;
      const short = name.slice('face.'.length);
      expect(rolled(short), name).toBeCloseTo(neutral(short), 4);
    }
  });

  it('follow each expression on its own side', () => {
    const brow = face({}, { browRaiseLeftCm: 0.6 });
    expect(brow('browRaiseLeft')).toBeGreaterThan(neutral('browRaiseLeft') + 0.05);
    expect(brow('browRaiseRight')).toBeCloseTo(neutral('browRaiseRight'), 6);
    const wink = face({}, { eyeClosureRight: 0.8 });
    expect(wink('eyeOpenRight')).toBeLessThan(neutral('eyeOpenRight') * 0.5);
    expect(wink('eyeOpenLeft')).toBeCloseTo(neutral('eyeOpenLeft'), 6);
    expect(face({}, { browFurrowCm: 0.4 })('browFurrow')).toBeLessThan(
      neutral('browFurrow') - 0.05,
    );
    expect(face({}, { mouthOpenCm: 1 })('mouthOpen')).toBeGreaterThan(neutral('mouthOpen') + 0.1);
    expect(face({}, { mouthWidenCm: 0.5 })('mouthWidth')).toBeGreaterThan(
      neutral('mouthWidth') + 0.1,
    );
  });

  it('read gaze toward the subject’s left as gazeX > 0 and gaze up as gazeY < 0 (y is down)', () => {
    const look = face({}, { gazeCm: [0.3, 0.2] });
    expect(look('gazeX')).toBeGreaterThan(0.05);
    expect(look('gazeY')).toBeLessThan(neutral('gazeY') - 0.03);
  });

  it('place the 42 points in eye distances around the eye midpoint', () => {
    // The canonical eye centres are 6.3 cm apart and the left outer corner 4.45 cm off centre.
    expect(neutral('LEFT_EYE_OUTER.x')).toBeCloseTo(4.445859 / 6.302291, 4);
    expect(neutral('RIGHT_EYE_OUTER.x')).toBeCloseTo(-4.445859 / 6.302291, 4);
    expect(neutral('CHIN.y')).toBeGreaterThan(1);
    expect(FEATURE_NAMES.filter((n) => /^face\.[A-Z_0-9]+\.x$/.test(n))).toHaveLength(42);
    expect(FEATURE_DIM).toBe(FEATURE_NAMES.length);
  });
});
