import { FACE_MESH, type FaceMeshPointName } from '../../landmarks/face-mesh';
import {
  HAND_LANDMARK_NAMES,
  POSE_LANDMARK,
  POSE_LANDMARK_NAMES,
  type HandLandmarkName,
  type PoseLandmarkName,
} from '../../landmarks/holistic-names';
import { CORPUS_FACE_POINTS, CORPUS_PARTS, CORPUS_VALUES_PER_POINT } from '../../synth/points';

/**
 * Where the features read their points in a corpus frame (points.ts): value offsets of x, so
 * x, y, z of a point are frame[o], frame[o + 1], frame[o + 2].
 */
const V = CORPUS_VALUES_PER_POINT;

/** Pose points the features keep: nose, ears (head when the face mesh drops), arms, hand points. */
export const POSE_FEATURE_POINTS: readonly PoseLandmarkName[] = [
  'NOSE',
  'LEFT_EAR',
  'RIGHT_EAR',
  ...POSE_LANDMARK_NAMES.slice(POSE_LANDMARK.LEFT_SHOULDER, POSE_LANDMARK.RIGHT_THUMB + 1),
];

export function posePoint(name: PoseLandmarkName): number {
  return (CORPUS_PARTS.pose.start + POSE_LANDMARK[name]) * V;
}

export type HandSide = 'leftHand' | 'rightHand';
export const HAND_SIDES: readonly HandSide[] = ['leftHand', 'rightHand'];
/** The hand shape: every hand point but the wrist, which is its origin. */
export const HAND_SHAPE_POINTS: readonly HandLandmarkName[] = HAND_LANDMARK_NAMES.slice(1);
export const HAND_WRIST = 0;
export const HAND_MIDDLE_MCP = 9;

export function handPoint(side: HandSide, index: number): number {
  return (CORPUS_PARTS[side].start + index) * V;
}

/** Face-mesh index → its name (the corpus face points are exactly the named mesh points). */
const FACE_NAME_BY_MESH = new Map<number, FaceMeshPointName>(
  (Object.entries(FACE_MESH) as [FaceMeshPointName, number][]).map(([n, i]) => [i, n]),
);
/** The corpus face points' names, in corpus (ascending mesh index) order. */
export const FACE_POINT_NAMES: readonly FaceMeshPointName[] = CORPUS_FACE_POINTS.map((m) => {
  const name = FACE_NAME_BY_MESH.get(m);
  if (name === undefined) throw new Error(`corpus face point ${m} has no FACE_MESH name`);
  return name;
});

export function facePoint(name: FaceMeshPointName): number {
  const k = CORPUS_FACE_POINTS.indexOf(FACE_MESH[name]);
  if (k < 0) throw new Error(`face point ${name} is not a corpus point (${CORPUS_FACE_POINTS})`);
  return (CORPUS_PARTS.face.start + k) * V;
}

/** Offset of the k-th corpus face point. */
export function facePointAt(k: number): number {
  return (CORPUS_PARTS.face.start + k) * V;
}
