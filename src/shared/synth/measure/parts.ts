import { HAND_LANDMARK, POSE_LANDMARK } from '../../landmarks/holistic-names';
import { COMPONENTS } from '../../landmarks/layout';
import { CORPUS_FACE_POINTS, CORPUS_POSE_POINTS } from '../points';

/**
 * The landmark groups whose jitter is measured and modelled separately: MediaPipe runs a
 * different network (and crop) for each, so each has its own noise. Points are frame-layout
 * point indices; only the points both the avatar and a real Holistic frame have are used (the
 * corpus points), so real and synthetic are measured on the same landmarks.
 */
export const NOISE_PARTS = ['pose', 'leftHand', 'rightHand', 'face'] as const;
export type NoisePart = (typeof NOISE_PARTS)[number];
/** Hands share one model (and one set of noise parameters). */
export type NoiseGroup = 'pose' | 'hand' | 'face';

export const PART_GROUP: Record<NoisePart, NoiseGroup> = {
  pose: 'pose',
  leftHand: 'hand',
  rightHand: 'hand',
  face: 'face',
};

const range = (offset: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => offset + i);

export const PART_POINTS: Record<NoisePart, readonly number[]> = {
  pose: range(COMPONENTS.pose.offset, CORPUS_POSE_POINTS),
  leftHand: range(COMPONENTS.leftHand.offset, COMPONENTS.leftHand.points),
  rightHand: range(COMPONENTS.rightHand.offset, COMPONENTS.rightHand.points),
  face: CORPUS_FACE_POINTS.map((p) => COMPONENTS.face.offset + p),
};

/** Hand landmark indices used by the measurements (from the one Holistic name table). */
export const HAND = {
  wrist: HAND_LANDMARK.WRIST,
  middleMcp: HAND_LANDMARK.MIDDLE_FINGER_MCP,
} as const;
/** MediaPipe pose landmark indices used by the measurements. */
export const POSE = {
  nose: POSE_LANDMARK.NOSE,
  leftEar: POSE_LANDMARK.LEFT_EAR,
  rightEar: POSE_LANDMARK.RIGHT_EAR,
  leftShoulder: POSE_LANDMARK.LEFT_SHOULDER,
  rightShoulder: POSE_LANDMARK.RIGHT_SHOULDER,
  leftElbow: POSE_LANDMARK.LEFT_ELBOW,
  rightElbow: POSE_LANDMARK.RIGHT_ELBOW,
  leftWrist: POSE_LANDMARK.LEFT_WRIST,
  rightWrist: POSE_LANDMARK.RIGHT_WRIST,
} as const;
