import type { ImageNormalization } from './tflite-metadata';

/**
 * The task bundles: zips of `.tflite` files under the fixed names MediaPipe Tasks look up, each
 * built from a model of the legacy `@mediapipe/holistic` package with the input normalization
 * that model was trained with (verified in MEDIAPIPE_OFFLINE.md).
 */

/** The legacy WASM binary that carries the face mesh refinement tables (face-refinement.ts). */
export const REFINEMENT_SOURCE = 'holistic_solution_simd_wasm_bin.wasm';

/** Input in [-1, 1]: (pixel - 127.5) / 127.5. */
const SIGNED_UNIT: ImageNormalization = { mean: 127.5, std: 127.5 };
/** Input in [0, 1]: pixel / 255. */
const UNIT: ImageNormalization = { mean: 0, std: 255 };

export interface BundleModel {
  readonly source: string;
  readonly normalization: ImageNormalization;
  readonly refineFaceMesh?: boolean;
}

export const BUNDLE_MODELS = {
  'pose_detector.tflite': { source: 'pose_detection.tflite', normalization: SIGNED_UNIT },
  'pose_landmarks_detector.tflite': { source: 'pose_landmark_full.tflite', normalization: UNIT },
  'hand_detector.tflite': { source: 'palm_detection_full.tflite', normalization: UNIT },
  'hand_landmarks_detector.tflite': { source: 'hand_landmark_full.tflite', normalization: UNIT },
  'hand_roi_refinement.tflite': { source: 'hand_recrop.tflite', normalization: UNIT },
  'face_detector.tflite': {
    source: 'face_detection_short_range.tflite',
    normalization: SIGNED_UNIT,
  },
  // The attention model, with its parts merged into one 478-point tensor (face-mesh-graph.ts).
  'face_landmarks_detector.tflite': {
    source: 'face_landmark_with_attention.tflite',
    normalization: UNIT,
    refineFaceMesh: true,
  },
} as const satisfies Record<string, BundleModel>;
export type BundleModelName = keyof typeof BUNDLE_MODELS;

/**
 * Only the Holistic bundle is built: it is the one the app runs. (hand_landmarker.task and
 * pose_landmarker.task would be [hand_detector, hand_landmarks_detector] and [pose_detector,
 * pose_landmarks_detector]; add them here with a test when something needs them.)
 */
export const BUNDLES = {
  'holistic_landmarker.task': [
    'pose_detector.tflite',
    'pose_landmarks_detector.tflite',
    'face_detector.tflite',
    'face_landmarks_detector.tflite',
    'hand_landmarks_detector.tflite',
    'hand_roi_refinement.tflite',
  ],
} as const satisfies Record<string, readonly BundleModelName[]>;
export type BundleName = keyof typeof BUNDLES;
