import { describe, expect, it } from 'vitest';
import { POSE_LANDMARK } from '../../../src/shared/landmarks/holistic-names';
import { FRAME_LENGTH, emptyFrame, valueIndex } from '../../../src/shared/landmarks/layout';
import {
  normalizeFrame,
  shoulderReference,
  type ShoulderReference,
} from '../../../src/shared/landmarks/normalize';

const L = POSE_LANDMARK.LEFT_SHOULDER;
const R = POSE_LANDMARK.RIGHT_SHOULDER;

/** Shoulders at (0.6, 0.5) and (0.4, 0.5); a wrist and a fingertip placed relative to them. */
function signer(shift = 0, scale = 1): Float32Array {
  const f = emptyFrame();
  const at = (x: number, y: number): [number, number] => [
    0.5 + (x - 0.5) * scale + shift,
    0.5 + (y - 0.5) * scale,
  ];
  f.set([...at(0.6, 0.5), 0.1 * scale, 0.9], valueIndex('pose', L, 0));
  f.set([...at(0.4, 0.5), 0.1 * scale, 0.8], valueIndex('pose', R, 0));
  f.set([...at(0.3, 0.8), -0.2 * scale, 0.7], valueIndex('pose', POSE_LANDMARK.RIGHT_WRIST, 0));
  f.set([...at(0.35, 0.6), 0.05 * scale, 1], valueIndex('rightHand', 8, 0));
  return f;
}

describe('normalizeFrame', () => {
  it('centres on the shoulders and scales by their width', () => {
    const out = normalizeFrame(signer());
    expect(out[valueIndex('pose', L, 0)]).toBeCloseTo(0.5, 6);
    expect(out[valueIndex('pose', R, 0)]).toBeCloseTo(-0.5, 6);
    expect(out[valueIndex('pose', POSE_LANDMARK.RIGHT_WRIST, 0)]).toBeCloseTo(-1, 6);
    expect(out[valueIndex('pose', POSE_LANDMARK.RIGHT_WRIST, 1)]).toBeCloseTo(1.5, 6);
    expect(out[valueIndex('pose', POSE_LANDMARK.RIGHT_WRIST, 2)]).toBeCloseTo(-1, 6);
    expect(out[valueIndex('pose', POSE_LANDMARK.RIGHT_WRIST, 3)]).toBeCloseTo(0.7, 6);
  });

  it('is the same wherever the signer stands and however large they appear', () => {
    const reference = normalizeFrame(signer());
    const moved = normalizeFrame(signer(0.2, 0.5));
    for (let i = 0; i < FRAME_LENGTH; i++) {
      if (Number.isNaN(reference[i])) expect(moved[i]).toBeNaN();
      else expect(moved[i]).toBeCloseTo(reference[i] ?? 0, 5);
    }
  });

  it('uses the image aspect so widths are measured in one unit', () => {
    const f = signer();
    const out = normalizeFrame(f, undefined, { aspect: 2 });
    // Shoulders 0.2 apart in x become 0.4 height units: the wrist, 0.3 below, is 0.75 widths down.
    expect(out[valueIndex('pose', POSE_LANDMARK.RIGHT_WRIST, 1)]).toBeCloseTo(0.75, 6);
  });

  it('keeps NaN points NaN and writes all NaN without shoulders', () => {
    const out = normalizeFrame(signer());
    expect(out[valueIndex('leftHand', 0, 0)]).toBeNaN();
    const noShoulders = signer();
    noShoulders[valueIndex('pose', L, 0)] = Number.NaN;
    expect(Array.from(normalizeFrame(noShoulders)).every(Number.isNaN)).toBe(true);
  });

  it('falls back to a given reference, e.g. the last frame that had shoulders', () => {
    const ref: ShoulderReference = { cx: 0, cy: 0, width: 1 };
    expect(shoulderReference(signer(), 1, ref)).toBe(true);
    const noShoulders = signer();
    noShoulders[valueIndex('pose', R, 1)] = Number.NaN;
    expect(shoulderReference(noShoulders, 1, ref)).toBe(false);
    const out = normalizeFrame(noShoulders, undefined, { reference: ref });
    expect(out[valueIndex('rightHand', 8, 0)]).toBeCloseTo(-0.75, 6);
  });

  it('writes into the buffer it is given, in place too', () => {
    const frame = signer();
    const expected = normalizeFrame(frame);
    expect(normalizeFrame(frame, frame)).toBe(frame);
    expect(Array.from(frame)).toEqual(Array.from(expected));
    expect(() => normalizeFrame(new Float32Array(3))).toThrow(
      `frame and output must have ${FRAME_LENGTH} values; got 3 and ${FRAME_LENGTH}`,
    );
  });
});
