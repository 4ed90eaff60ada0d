import { describe, expect, it } from 'vitest';
import {
  COMPONENTS,
  FRAME_LENGTH,
  emptyFrame,
  valueIndex,
} from '../../../src/shared/landmarks/layout';
import { FACE_MESH } from '../../../src/shared/landmarks/face-mesh';
import { POSE_LANDMARK } from '../../../src/shared/landmarks/holistic-names';
import { syntheticFace } from '../../../src/shared/landmarks/synthetic-face';
import {
  MIN_DETECTED_CONFIDENCE,
  decodePose,
  encodePose,
  framesToPose,
  poseFrame,
  poseToFrames,
  summarizePose,
  totalPoints,
  type Pose,
} from '../../../src/shared/pose-format';
import { describeShared, sharedPath } from '../../helpers/shared';
import { mulberry32, npmRead, readBytes } from './helpers';

const WIDTH = 640;
const HEIGHT = 480;

/** A plausible signer: random pose, face from the synthetic mesh, one hand, the other missing. */
function makeFrames(count: number, seed: number): Float32Array[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, f) => {
    const frame = syntheticFace({ yaw: 0.1 * Math.sin(f), centre: [0.5, 0.3] });
    for (let p = 0; p < FACE_MESH_POINTS_ALL; p++) {
      // Fill the unnamed face points too, so every one of the 478 round-trips.
      const i = valueIndex('face', p, 0);
      if (Number.isNaN(frame[i])) frame.set([random(), random(), random() * 0.1 - 0.05, 1], i);
    }
    for (let p = 0; p < COMPONENTS.pose.points; p++) {
      frame.set([random(), random(), random() - 0.5, random()], valueIndex('pose', p, 0));
    }
    for (let p = 0; p < COMPONENTS.rightHand.points; p++) {
      frame.set([random(), random(), random() * 0.2 - 0.1, 1], valueIndex('rightHand', p, 0));
    }
    return frame;
  });
}
const FACE_MESH_POINTS_ALL = 478;

/** Largest difference in units in the last place of float32 between two frames (NaN must match NaN). */
function maxUlps(a: Float32Array, b: Float32Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? Number.NaN;
    const y = b[i] ?? Number.NaN;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x) !== Number.isNaN(y)) return Number.POSITIVE_INFINITY;
      continue;
    }
    const ulp = Math.max(Math.abs(x), 1e-30) * 2 ** -23;
    worst = Math.max(worst, Math.abs(x - y) / ulp);
  }
  return worst;
}

describe('frames → .pose → frames', () => {
  const frames = makeFrames(12, 7);
  const pose = framesToPose(frames, { fps: 30, width: WIDTH, height: HEIGHT });
  const bytes = encodePose(pose);

  it('reads back the written pose identically, and re-writes the same bytes', () => {
    const again = decodePose(bytes);
    expect(again.header).toEqual(pose.header);
    expect(again.body.fps).toBe(30);
    expect(again.body.frames).toBe(12);
    expect(Buffer.from(again.body.data.buffer).equals(Buffer.from(pose.body.data.buffer))).toBe(
      true,
    );
    expect(
      Buffer.from(again.body.confidence.buffer).equals(Buffer.from(pose.body.confidence.buffer)),
    ).toBe(true);
    expect(Buffer.from(encodePose(again)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('gives back the frames to within one float32 rounding of the pixel scaling', () => {
    const back = poseToFrames(decodePose(bytes));
    expect(back).toHaveLength(frames.length);
    back.forEach((f, i) => expect(maxUlps(frames[i] ?? emptyFrame(), f)).toBeLessThanOrEqual(1));
  });

  it('keeps missing parts NaN and stores them as pose-format does (zeros, confidence 0)', () => {
    const back = poseToFrames(decodePose(bytes));
    expect(back[0]?.[valueIndex('leftHand', 0, 0)]).toBeNaN();
    const leftHandStart = COMPONENTS.pose.points + 478;
    expect(pose.body.confidence[leftHandStart]).toBe(0);
    expect(pose.body.data[leftHandStart * 3]).toBe(0);
  });

  it('stores pixels: x × width, y × height, z unscaled', () => {
    const f = frames[3] ?? emptyFrame();
    const cell = 3 * totalPoints(pose.header) + POSE_LANDMARK.LEFT_WRIST;
    const i = valueIndex('pose', POSE_LANDMARK.LEFT_WRIST, 0);
    expect(pose.body.data[cell * 3]).toBe(Math.fround((f[i] ?? 0) * WIDTH));
    expect(pose.body.data[cell * 3 + 1]).toBe(Math.fround((f[i + 1] ?? 0) * HEIGHT));
    expect(pose.body.data[cell * 3 + 2]).toBe(f[i + 2]);
    expect(pose.body.confidence[cell]).toBe(f[i + 3]);
  });

  it('opens in the pose-format npm reader with the same numbers', () => {
    const ref = npmRead(bytes);
    expect(ref.header.components.map((c) => [c.name, c.points.length])).toEqual([
      ['POSE_LANDMARKS', 33],
      ['FACE_LANDMARKS', 478],
      ['LEFT_HAND_LANDMARKS', 21],
      ['RIGHT_HAND_LANDMARKS', 21],
    ]);
    expect(ref.body.fps).toBe(30);
    expect(ref.body.frames.length).toBe(12);
    const wrist = ref.body.frames[5]?.people[0]?.RIGHT_HAND_LANDMARKS?.[0];
    const f = frames[5] ?? emptyFrame();
    const i = valueIndex('rightHand', 0, 0);
    expect(wrist?.X).toBe(Math.fround((f[i] ?? 0) * WIDTH));
    expect(wrist?.Y).toBe(Math.fround((f[i + 1] ?? 0) * HEIGHT));
    expect(wrist?.C).toBe(1);
  });

  it('keeps a detected pose point with visibility 0 detectable', () => {
    const frame = makeFrames(1, 3)[0] ?? emptyFrame();
    frame[valueIndex('pose', 0, 3)] = 0;
    const back = poseToFrames(framesToPose([frame], { fps: 25, width: 100, height: 100 }))[0];
    expect(back?.[valueIndex('pose', 0, 3)]).toBeCloseTo(MIN_DETECTED_CONFIDENCE, 12);
    expect(back?.[valueIndex('pose', 0, 0)]).toBeCloseTo(frame[valueIndex('pose', 0, 0)] ?? 0, 6);
  });

  it('writes a 468-point face and POSE_WORLD_LANDMARKS on request', () => {
    const world = frames.map(() => new Float32Array(33 * 4).fill(0.5));
    const p = framesToPose(frames, {
      fps: 30,
      width: WIDTH,
      height: HEIGHT,
      facePoints: 468,
      world,
    });
    expect(p.header.components.map((c) => c.name)).toEqual([
      'POSE_LANDMARKS',
      'FACE_LANDMARKS',
      'LEFT_HAND_LANDMARKS',
      'RIGHT_HAND_LANDMARKS',
      'POSE_WORLD_LANDMARKS',
    ]);
    const back = poseToFrames(decodePose(encodePose(p)))[0] ?? emptyFrame();
    expect(back[valueIndex('face', 467, 0)]).toBeCloseTo(
      frames[0]?.[valueIndex('face', 467, 0)] ?? 0,
      6,
    );
    expect(back[valueIndex('face', FACE_MESH.LEFT_IRIS_CENTER, 0)]).toBeNaN();
  });

  it('refuses frames of the wrong length', () => {
    expect(() => framesToPose([new Float32Array(10)], { fps: 30, width: 1, height: 1 })).toThrow(
      `frame 0 has 10 values; expected ${FRAME_LENGTH}`,
    );
  });
});

describe('reading frames from a pose', () => {
  /** Two people, one frame; person 1 differs from person 0. */
  function twoPeople(): Pose {
    const one = framesToPose(makeFrames(1, 11), { fps: 30, width: 200, height: 100 });
    const points = totalPoints(one.header);
    const data = new Float32Array(points * 3 * 2);
    data.set(one.body.data);
    data.set(
      one.body.data.map((v) => v / 2),
      points * 3,
    );
    const confidence = new Float32Array(points * 2);
    confidence.set(one.body.confidence);
    confidence.set(one.body.confidence, points);
    return { header: one.header, body: { ...one.body, people: 2, data, confidence } };
  }

  it('takes person 0 by default and another on request', () => {
    const pose = twoPeople();
    const i = valueIndex('pose', 0, 0);
    const first = poseToFrames(pose)[0]?.[i] ?? Number.NaN;
    const second = poseToFrames(pose, { person: 1 })[0]?.[i] ?? Number.NaN;
    expect(second).toBeCloseTo(first / 2, 6);
    expect(Array.from(poseFrame(pose, 0, undefined, { person: 2 })).every(Number.isNaN)).toBe(true);
  });

  it('turns confidence 0 into NaN for all four values', () => {
    const pose = twoPeople();
    pose.body.confidence[POSE_LANDMARK.NOSE] = 0;
    const frame = poseToFrames(pose)[0] ?? emptyFrame();
    for (let v = 0; v < 4; v++)
      expect(frame[valueIndex('pose', POSE_LANDMARK.NOSE, v as 0)]).toBeNaN();
  });

  it('explains what is wrong with a pose it cannot convert', () => {
    const pose = twoPeople();
    expect(() => poseToFrames({ ...pose, header: { ...pose.header, width: 0 } })).toThrow(
      /0×100 pixels; pixel coordinates need a width and height above 0/,
    );
    expect(() => poseToFrames({ ...pose, header: { ...pose.header, components: [] } })).toThrow(
      /no MediaPipe Holistic components in this pose \(it has: none\)/,
    );
  });
});

describeShared(
  'frames from real files',
  ['fixtures/pose/mediapipe.pose', 'data/fingerspelling/gsg'],
  () => {
    it('places a reduced 128-point face at its mesh indices and normalizes pixels', () => {
      const pose = decodePose(readBytes(sharedPath('fixtures/pose/mediapipe.pose')));
      const frame = poseToFrames(pose)[0] ?? emptyFrame();
      // The reduced face holds contour points such as 10 (forehead) but not the nose tip (1).
      expect(frame[valueIndex('face', FACE_MESH.FOREHEAD, 0)]).toBeGreaterThan(0);
      expect(frame[valueIndex('face', FACE_MESH.FOREHEAD, 0)]).toBeLessThan(1);
      expect(frame[valueIndex('face', FACE_MESH.NOSE_TIP, 0)]).toBeNaN();
      // Its pose has 8 named points, shoulders among them.
      expect(frame[valueIndex('pose', POSE_LANDMARK.LEFT_SHOULDER, 0)]).toBeGreaterThan(0);
      expect(frame[valueIndex('pose', POSE_LANDMARK.NOSE, 0)]).toBeNaN();
    });

    it('reads all 478 face points of a fingerspelling clip, and its summary agrees', () => {
      const file = sharedPath(
        'data/fingerspelling/gsg/fs-sts3c483cfcbfbbb68ca97f4cdf1150cd0b.pose',
      );
      const pose = decodePose(readBytes(file));
      const frames = poseToFrames(pose);
      const detected = frames.filter((f) => Number.isFinite(f[valueIndex('face', 477, 0)])).length;
      const summary = summarizePose(pose);
      expect(summary.components.face).toEqual({ points: 478, framesDetected: detected });
      expect(detected).toBeGreaterThan(0);
    });
  },
);
