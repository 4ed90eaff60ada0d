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

/** Hand landmark indices used by the measurements. */
export const HAND = { wrist: 0, middleMcp: 9 } as const;
/** MediaPipe pose landmark indices used by the measurements. */
export const POSE = {
  nose: 0,
  leftEar: 7,
  rightEar: 8,
  leftShoulder: 11,
  rightShoulder: 12,
  leftElbow: 13,
  rightElbow: 14,
  leftWrist: 15,
  rightWrist: 16,
} as const;
