import { FACE_MESH } from '../landmarks/face-mesh';
import { COMPONENTS, VALUES_PER_POINT } from '../landmarks/layout';

/**
 * The landmarks a corpus stores per frame: what both the avatar's forward kinematics and a real
 * MediaPipe Holistic frame have. Pose 0–24 (the legs are never in a signing shot), both hands, and
 * the named face-mesh points (brows, eyes, lids, irises, nose, lips, chin, cheeks: where questions
 * and negation live). The other 436 face-mesh points are not produced by the avatar, so storing
 * them would be storing NaN.
 */
export const CORPUS_POSE_POINTS = 25;
export const CORPUS_FACE_POINTS: readonly number[] = [...new Set(Object.values(FACE_MESH))].sort(
  (a, b) => a - b,
);

/** Frame-layout point indices (layout.ts) in corpus order: pose, left hand, right hand, face. */
export const CORPUS_POINTS: readonly number[] = [
  ...Array.from({ length: CORPUS_POSE_POINTS }, (_, i) => COMPONENTS.pose.offset + i),
  ...Array.from({ length: 21 }, (_, i) => COMPONENTS.leftHand.offset + i),
  ...Array.from({ length: 21 }, (_, i) => COMPONENTS.rightHand.offset + i),
  ...CORPUS_FACE_POINTS.map((i) => COMPONENTS.face.offset + i),
];
export const CORPUS_POINT_COUNT = CORPUS_POINTS.length;
/** x, y, z per stored point (visibility is not stored: a missing point is NaN). */
export const CORPUS_VALUES_PER_POINT = 3;
export const CORPUS_FRAME_VALUES = CORPUS_POINT_COUNT * CORPUS_VALUES_PER_POINT;

/** Where each part starts among the corpus points. */
export const CORPUS_PARTS = {
  pose: { start: 0, points: CORPUS_POSE_POINTS },
  leftHand: { start: CORPUS_POSE_POINTS, points: 21 },
  rightHand: { start: CORPUS_POSE_POINTS + 21, points: 21 },
  face: { start: CORPUS_POSE_POINTS + 42, points: CORPUS_FACE_POINTS.length },
} as const;

/** A full Holistic frame → the corpus values of one frame (NaN where not detected). */
export function corpusFrame(frame: Float32Array, out: Float32Array, o = 0): void {
  for (let p = 0; p < CORPUS_POINT_COUNT; p++) {
    const src = CORPUS_POINTS[p]! * VALUES_PER_POINT;
    const dst = o + p * CORPUS_VALUES_PER_POINT;
    out[dst] = frame[src]!;
    out[dst + 1] = frame[src + 1]!;
    out[dst + 2] = frame[src + 2]!;
  }
}
