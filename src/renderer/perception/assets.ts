/**
 * Where the MediaPipe runtime files sit under the app's `assetsBaseUrl` (models/mediapipe/ on
 * disk, built by scripts/mediapipe/build-task-bundles.ts, which imports this same table). Pure
 * constants: the set-up script (Node) and the renderer agree on one layout.
 */
export const HOLISTIC_TASK = 'holistic_landmarker.task';
export const ASSETS_MANIFEST = 'manifest.json';

/** tasks-vision's WASM runtime, copied from @mediapipe/tasks-vision/wasm. */
export const TASKS_VISION_DIR = 'tasks-vision';
export const TASKS_VISION_WASM = {
  /** ES module loader: the only one that loads inside a module Worker (no importScripts there). */
  module: { loader: 'vision_wasm_module_internal.js', binary: 'vision_wasm_module_internal.wasm' },
  /** Classic script loader, injected with a <script> tag on the main thread. */
  classic: { loader: 'vision_wasm_internal.js', binary: 'vision_wasm_internal.wasm' },
} as const;
export type TasksVisionWasmKind = keyof typeof TASKS_VISION_WASM;

/** The legacy Holistic solution, copied from @mediapipe/holistic (the fallback backend). */
export const LEGACY_HOLISTIC_DIR = 'holistic';
export const LEGACY_HOLISTIC_SCRIPT = 'holistic.js';
/** Every file the legacy solution fetches at model complexity 1 (pose_landmark_full). */
export const LEGACY_HOLISTIC_FILES = [
  LEGACY_HOLISTIC_SCRIPT,
  'holistic.binarypb',
  'holistic_solution_packed_assets_loader.js',
  'holistic_solution_packed_assets.data',
  'holistic_solution_simd_wasm_bin.js',
  'holistic_solution_simd_wasm_bin.wasm',
  'holistic_solution_simd_wasm_bin.data',
  'holistic_solution_wasm_bin.js',
  'holistic_solution_wasm_bin.wasm',
  'pose_landmark_full.tflite',
] as const;

/** Joins a base URL (with or without a trailing slash) and a relative path. */
export function assetUrl(baseUrl: string, ...parts: string[]): string {
  return [baseUrl.replace(/\/+$/, ''), ...parts].join('/');
}
