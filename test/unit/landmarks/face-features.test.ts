import { describe, expect, it } from 'vitest';
import { CANONICAL_FACE, CANONICAL_IRIS } from '../../../src/shared/landmarks/canonical-face';
import {
  FACE_FEATURE,
  FACE_FEATURE_COUNT,
  FACE_FEATURE_NAMES,
  FACE_SIZE_CM,
  canonicalMeasurements,
  faceFeatures,
  type FaceFeatureName,
} from '../../../src/shared/landmarks/face-features';
import { FACE_MESH } from '../../../src/shared/landmarks/face-mesh';
import { valueIndex } from '../../../src/shared/landmarks/layout';
import {
  syntheticFace,
  type FaceExpression,
  type HeadPlacement,
} from '../../../src/shared/landmarks/synthetic-face';

const DEG = Math.PI / 180;
/** Float32 frames carry ~1e-7 relative error, amplified by dividing by an eye width: 1e-4 is plenty. */
const TOL = 1e-4;
const TURNED: HeadPlacement = { yaw: 20 * DEG, pitch: -10 * DEG, roll: 15 * DEG };

function features(
  placement: HeadPlacement,
  expression: FaceExpression = {},
  aspect?: number,
): Float32Array {
  return faceFeatures(syntheticFace(placement, expression), undefined, {
    aspect: aspect ?? placement.aspect ?? 1,
  });
}

function get(f: Float32Array, name: FaceFeatureName): number {
  return f[FACE_FEATURE[name]] ?? Number.NaN;
}

/** Feature-by-feature difference from the neutral face in the same pose. */
function change(
  placement: HeadPlacement,
  expression: FaceExpression,
): Record<FaceFeatureName, number> {
  const neutral = features(placement);
  const moved = features(placement, expression);
  return Object.fromEntries(
    FACE_FEATURE_NAMES.map((n) => [n, get(moved, n) - get(neutral, n)]),
  ) as Record<FaceFeatureName, number>;
}

/** Asserts that only `expected` features changed, by the given amounts. */
function expectOnly(
  delta: Record<FaceFeatureName, number>,
  expected: Partial<Record<FaceFeatureName, number>>,
): void {
  for (const name of FACE_FEATURE_NAMES) {
    if (name === 'headNodVelocity' || name === 'headShakeVelocity') continue;
    expect(delta[name], name).toBeCloseTo(expected[name] ?? 0, 4);
  }
}

describe('face feature index table', () => {
  it('maps every name to its own slot', () => {
    expect(FACE_FEATURE_COUNT).toBe(16);
    FACE_FEATURE_NAMES.forEach((n, i) => expect(FACE_FEATURE[n]).toBe(i));
  });

  it('measures the face size as the outer-eye-corner distance of the canonical face', () => {
    expect(FACE_SIZE_CM).toBeCloseTo(2 * CANONICAL_FACE.LEFT_EYE_OUTER[0], 9);
    expect(FACE_SIZE_CM).toBeGreaterThan(8);
    expect(FACE_SIZE_CM).toBeLessThan(10);
  });
});

describe('face features on the neutral synthetic face', () => {
  it('reads the canonical face as neutral, looking into the camera', () => {
    const f = features({});
    for (const n of [
      'browRaiseLeft',
      'browRaiseRight',
      'browFurrow',
      'gazeHorizontal',
      'gazeVertical',
    ] as const) {
      expect(Math.abs(get(f, n)), n).toBeLessThan(TOL);
    }
    for (const n of [
      'mouthWidth',
      'lipCorners',
      'cheekPuff',
      'headYaw',
      'headPitch',
      'headRoll',
    ] as const) {
      expect(Math.abs(get(f, n)), n).toBeLessThan(TOL);
    }
    const lidGap = CANONICAL_FACE.LEFT_EYE_UPPER[1] - CANONICAL_FACE.LEFT_EYE_LOWER[1];
    const eyeWidth = Math.hypot(
      CANONICAL_FACE.LEFT_EYE_OUTER[0] - CANONICAL_FACE.LEFT_EYE_INNER[0],
      CANONICAL_FACE.LEFT_EYE_OUTER[1] - CANONICAL_FACE.LEFT_EYE_INNER[1],
      CANONICAL_FACE.LEFT_EYE_OUTER[2] - CANONICAL_FACE.LEFT_EYE_INNER[2],
    );
    expect(get(f, 'eyeApertureLeft')).toBeCloseTo(lidGap / eyeWidth, 4);
    expect(get(f, 'eyeApertureRight')).toBeCloseTo(lidGap / eyeWidth, 4);
    const lipGap = CANONICAL_FACE.UPPER_LIP_INNER[1] - CANONICAL_FACE.LOWER_LIP_INNER[1];
    expect(get(f, 'mouthOpen')).toBeCloseTo(lipGap / FACE_SIZE_CM, 4);
    expect(get(f, 'headNodVelocity')).toBeNaN();
    expect(get(f, 'headShakeVelocity')).toBeNaN();
  });

  it('keeps the raw canonical measurements consistent with the canonical irises', () => {
    expect(CANONICAL_IRIS.left[0]).toBeCloseTo(-CANONICAL_IRIS.right[0], 9);
    expect(canonicalMeasurements()[FACE_FEATURE.eyeApertureLeft]).toBeGreaterThan(0.2);
  });
});

describe('head pose', () => {
  it('recovers yaw 20°, pitch −10°, roll 15°', () => {
    const f = features(TURNED);
    expect(get(f, 'headYaw') / DEG).toBeCloseTo(20, 3);
    expect(get(f, 'headPitch') / DEG).toBeCloseTo(-10, 3);
    expect(get(f, 'headRoll') / DEG).toBeCloseTo(15, 3);
  });

  it('gives each angle its documented sign in image terms', () => {
    const nose = valueIndex('face', FACE_MESH.NOSE_TIP, 0);
    const forehead = valueIndex('face', FACE_MESH.FOREHEAD, 0);
    const centre = syntheticFace({});
    // yaw > 0: subject turns to their left, which is the image's right: the nose moves right.
    expect(syntheticFace({ yaw: 0.3 })[nose]).toBeGreaterThan(centre[nose] ?? 0);
    // pitch > 0: head tilts down: the nose tip moves down in the image (y grows).
    expect(syntheticFace({ pitch: 0.3 })[nose + 1]).toBeGreaterThan(centre[nose + 1] ?? 0);
    // roll > 0: top of the head toward the subject's right shoulder, the image's left.
    expect(syntheticFace({ roll: 0.3 })[forehead]).toBeLessThan(centre[forehead] ?? 0);
  });

  it('recovers a range of poses, with non-square images too', () => {
    for (const [yaw, pitch, roll] of [
      [-40, 25, -30],
      [60, -35, 5],
      [0, 0, 90],
      [-75, 10, 0],
    ] as const) {
      const placement = { yaw: yaw * DEG, pitch: pitch * DEG, roll: roll * DEG, aspect: 16 / 9 };
      const f = features(placement);
      expect(get(f, 'headYaw') / DEG).toBeCloseTo(yaw, 3);
      expect(get(f, 'headPitch') / DEG).toBeCloseTo(pitch, 3);
      expect(get(f, 'headRoll') / DEG).toBeCloseTo(roll, 3);
    }
  });
});

describe('expressions are recovered on a turned head', () => {
  it('raises one brow', () => {
    expectOnly(change(TURNED, { browRaiseLeftCm: 0.8 }), { browRaiseLeft: 0.8 / FACE_SIZE_CM });
    expectOnly(change(TURNED, { browRaiseRightCm: 0.5 }), { browRaiseRight: 0.5 / FACE_SIZE_CM });
  });

  it('knits the brows', () => {
    expectOnly(change(TURNED, { browFurrowCm: 0.3 }), { browFurrow: 0.6 / FACE_SIZE_CM });
  });

  it('closes one eye', () => {
    const open = get(features(TURNED), 'eyeApertureLeft');
    const closed = features(TURNED, { eyeClosureLeft: 1 });
    expect(Math.abs(get(closed, 'eyeApertureLeft'))).toBeLessThan(TOL);
    expect(get(closed, 'eyeApertureRight')).toBeCloseTo(open, 4);
    expectOnly(change(TURNED, { eyeClosureRight: 0.5 }), { eyeApertureRight: -open / 2 });
  });

  it('shifts the irises', () => {
    const right = CANONICAL_FACE.RIGHT_EYE_OUTER;
    const inner = CANONICAL_FACE.RIGHT_EYE_INNER;
    const eyeWidth = Math.hypot(right[0] - inner[0], right[1] - inner[1], right[2] - inner[2]);
    expectOnly(change(TURNED, { gazeCm: [0.3, -0.15] }), {
      gazeHorizontal: 0.3 / eyeWidth,
      gazeVertical: -0.15 / eyeWidth,
    });
  });

  it('opens the mouth', () => {
    expectOnly(change(TURNED, { mouthOpenCm: 1.5 }), { mouthOpen: 1.5 / FACE_SIZE_CM });
  });

  it('widens the mouth, raises the lip corners and puffs the cheeks', () => {
    expectOnly(change(TURNED, { mouthWidenCm: 0.4 }), { mouthWidth: 0.8 / FACE_SIZE_CM });
    expectOnly(change(TURNED, { lipCornerRaiseCm: 0.35 }), { lipCorners: 0.35 / FACE_SIZE_CM });
    expectOnly(change(TURNED, { cheekPuffCm: 0.5 }), { cheekPuff: 1 / FACE_SIZE_CM });
  });
});

describe('invariance', () => {
  const expression: FaceExpression = {
    browRaiseLeftCm: 0.6,
    mouthOpenCm: 1,
    gazeCm: [0.2, 0.1],
    cheekPuffCm: 0.3,
  };

  it('does not change with translation or scale of the face in the image', () => {
    const reference = features(TURNED, expression);
    for (const placement of [
      { ...TURNED, centre: [0.2, 0.7] as const },
      { ...TURNED, cmToImage: 0.004 },
      { ...TURNED, cmToImage: 0.03, centre: [0.8, 0.3] as const, depth: -0.4 },
    ]) {
      const f = features(placement, expression);
      for (const name of FACE_FEATURE_NAMES.slice(0, 14))
        expect(get(f, name), name).toBeCloseTo(get(reference, name), 4);
    }
  });
});

describe('missing data', () => {
  it('is all NaN without a face', () => {
    const f = faceFeatures(new Float32Array(553 * 4).fill(Number.NaN));
    expect(Array.from(f).every(Number.isNaN)).toBe(true);
  });

  it('has no gaze but everything else from a 468-point mesh', () => {
    const frame = syntheticFace(TURNED, { browRaiseLeftCm: 0.5 });
    for (let p = 468; p < 478; p++)
      for (let v = 0; v < 4; v++) frame[valueIndex('face', p, v as 0)] = Number.NaN;
    const f = faceFeatures(frame);
    expect(get(f, 'gazeHorizontal')).toBeNaN();
    expect(get(f, 'gazeVertical')).toBeNaN();
    expect(get(f, 'browRaiseLeft')).toBeCloseTo(0.5 / FACE_SIZE_CM, 4);
    expect(get(f, 'headYaw') / DEG).toBeCloseTo(20, 3);
  });

  it('reuses the output buffer it is given', () => {
    const out = new Float32Array(FACE_FEATURE_COUNT);
    expect(faceFeatures(syntheticFace({}), out)).toBe(out);
  });
});
