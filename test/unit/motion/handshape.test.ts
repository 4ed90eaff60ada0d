import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../helpers/quat';
import {
  DEFAULT_HAND_PARAMS,
  handFK,
  handModel,
  handshapePose,
  makeHandPoints,
  setHandParams,
  spotForPose,
  type HandshapeSpec,
} from '../../../src/shared/motion/hand';
import { angleQ, distance3, vec3 } from '../../../src/shared/motion/math';
import {
  DEFAULT_SKELETON,
  makeSkeleton,
  SKELETON_PRESETS,
} from '../../../src/shared/motion/skeleton';
import { BENDING_SYMBOLS, HANDSHAPE_SYMBOLS, THUMB_SYMBOLS } from '../../../src/shared/sigml/vocab';

const DEG = 180 / Math.PI;
const model = handModel(DEFAULT_SKELETON, 'right');
/** Flexion (degrees) of finger f (1 = index … 4 = little) at joint j (0 = base). */
const flex = (spec: HandshapeSpec, f: number, j: number): number =>
  angleQ(handshapePose(model, spec)[f * 3 + j]!) * DEG;

// These pin the shape machinery on the hand-written numbers; the fitted ones (fitted.json) are
// checked against the meaning of each name in hand-fit.test.ts.
describe('handshape tables', () => {
  let previous = DEFAULT_HAND_PARAMS;
  beforeAll(() => {
    previous = setHandParams(DEFAULT_HAND_PARAMS);
  });
  afterAll(() => {
    setHandParams(previous);
  });

  it('fist: every finger curled at all three joints', () => {
    for (let f = 1; f <= 4; f++) {
      expect(flex({ base: 'fist' }, f, 0)).toBeGreaterThan(70);
      expect(flex({ base: 'fist' }, f, 1)).toBeGreaterThan(80);
      expect(flex({ base: 'fist' }, f, 2)).toBeGreaterThan(45);
    }
  });

  it('flat hand: fingers straight', () => {
    for (let f = 1; f <= 4; f++)
      for (let j = 0; j < 3; j++) expect(flex({ base: 'flat' }, f, j)).toBeLessThan(6);
  });

  it('index hand: index straight, the others closed', () => {
    expect(flex({ base: 'finger2' }, 1, 1)).toBeLessThan(3);
    for (let f = 2; f <= 4; f++) expect(flex({ base: 'finger2' }, f, 1)).toBeGreaterThan(80);
  });

  it('a digit after a fist is extended (I = fist + little finger)', () => {
    const i: HandshapeSpec = { base: 'fist', fingers: [5] };
    expect(flex(i, 4, 0)).toBeLessThan(6);
    expect(flex(i, 1, 0)).toBeGreaterThan(70);
  });

  it('bendings set the joints they name', () => {
    const bent: HandshapeSpec = { base: 'flat', bend: 'bent' };
    expect(flex(bent, 2, 0)).toBeGreaterThan(80);
    expect(flex(bent, 2, 1)).toBeLessThan(3);
    const hooked: HandshapeSpec = { base: 'flat', bend: 'hooked' };
    expect(flex(hooked, 2, 0)).toBeLessThan(3);
    expect(flex(hooked, 2, 1)).toBeGreaterThan(80);
  });

  it('pinch: the thumb tip meets the index pad; C: a gap between them', () => {
    const pts = makeHandPoints();
    const pad = vec3();
    const n = vec3();
    for (const [base, lo, hi] of [
      ['pinch12', 0, 0.015],
      ['pinch12open', 0, 0.015],
      ['cee12', 0.025, 0.06],
    ] as const) {
      const pose = handshapePose(model, { base });
      handFK(model, pose, pts);
      spotForPose(model, pose, { kind: 'finger', part: 'pad', finger: 1 }, pad, n);
      const d = distance3(pts[4]!, pad);
      expect(d, base).toBeGreaterThanOrEqual(lo);
      expect(d, base).toBeLessThanOrEqual(hi);
    }
  });

  it('thumb across the flat hand lies in front of the palm near the ring finger', () => {
    const pts = makeHandPoints();
    handFK(model, handshapePose(model, { base: 'flat', thumb: 'across' }), pts);
    expect(pts[4]![1]).toBeLessThan(-0.005); // palm side is −Y in the canonical frame
    expect(distance3(pts[4]!, pts[13]!)).toBeLessThan(0.045);
  });

  it('the thumb meets its target on hands of other sizes too', () => {
    for (const preset of ['child', 'broad'] as const) {
      const m = handModel(makeSkeleton(SKELETON_PRESETS[preset]), 'right');
      const pts = makeHandPoints();
      const pose = handshapePose(m, { base: 'pinch12' });
      handFK(m, pose, pts);
      const pad = vec3();
      spotForPose(m, pose, { kind: 'finger', part: 'pad', finger: 1 }, pad, vec3());
      expect(distance3(pts[4]!, pad), preset).toBeLessThan(0.015 * m.scale);
    }
  });

  it('every base shape with every thumb and bending gives unit rotations', () => {
    for (const base of Object.values(HANDSHAPE_SYMBOLS)) {
      for (const thumb of [undefined, ...Object.values(THUMB_SYMBOLS)]) {
        for (const bend of [undefined, ...Object.values(BENDING_SYMBOLS)]) {
          const spec: HandshapeSpec = {
            base,
            ...(thumb ? { thumb } : {}),
            ...(bend ? { bend } : {}),
          };
          for (const q of handshapePose(model, spec)) expect(q).toBeUnitQuat();
        }
      }
    }
  });

  it('an in-between shape lies between its two shapes', () => {
    const a = flex({ base: 'flat' }, 2, 0);
    const b = flex({ base: 'fist' }, 2, 0);
    const mid = flex({ base: 'flat', between: { base: 'fist' } }, 2, 0);
    expect(mid).toBeGreaterThan(a + 10);
    expect(mid).toBeLessThan(b - 10);
  });
});
