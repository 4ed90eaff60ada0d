import { HolisticLandmarker, type HolisticLandmarkerResult } from '@mediapipe/tasks-vision';
import {
  HOLISTIC_TASK,
  TASKS_VISION_DIR,
  TASKS_VISION_WASM,
  assetUrl,
  type TasksVisionWasmKind,
} from '../assets';
import { probeWebGl, resolveDelegate } from '../delegate';
import { toFrame } from '../frame';
import { installOfflineFetchGuard } from '../offline-guard';
import type { Delegate, DelegateChoice } from '../types';

type WasmFileset = Parameters<typeof HolisticLandmarker.createFromOptions>[0];

/** Video mode wants strictly increasing timestamps; a repeated one is moved on by this much. */
const MIN_TIMESTAMP_STEP_MS = 1;
/** The warm-up frame: small (cheap) and at timestamp 0, before any camera frame. */
const WARM_UP_SIZE_PX = 64;
const WARM_UP_TIMESTAMP_MS = 0;

export interface TasksEngineOptions {
  readonly assetsBaseUrl: string;
  readonly delegate: DelegateChoice;
  /** 'module' inside a module Worker, 'classic' on the main thread. */
  readonly wasm: TasksVisionWasmKind;
}

export interface TasksDetection {
  readonly frame: Float32Array;
  readonly timestampMs: number;
  readonly inferenceMs: number;
}

/** tasks-vision's HolisticLandmarker on our bundle, usable on the main thread or in a Worker. */
export interface TasksEngine {
  readonly delegate: Delegate;
  readonly renderer: string;
  /** Why the GPU delegate was not used, when it was asked for and failed. */
  readonly gpuFailure: string | null;
  detect(source: TexImageSource, timestampMs: number): TasksDetection;
  /** HolisticLandmarker has no reset: a fresh one is made from the bundle already in memory. */
  reset(): Promise<void>;
  close(): void;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * tasks-vision loads its WASM loader script, which leaves a `ModuleFactory` on the global scope,
 * and consumes (clears) it when it makes a task. A classic script runs again on every load; an ES
 * module (the loader used in a Worker) is evaluated once, so a second task in the same Worker
 * would find no factory: put the module's default export back first.
 */
async function restoreModuleFactory(
  fileset: WasmFileset,
  kind: TasksVisionWasmKind,
): Promise<void> {
  if (kind !== 'module') return;
  const loader = (await import(/* @vite-ignore */ fileset.wasmLoaderPath)) as { default?: unknown };
  const scope = globalThis as { ModuleFactory?: unknown };
  scope.ModuleFactory ??= loader.default;
}

/** A black frame: running one detection at start-up opens every calculator and model. */
function warmUpFrame(): OffscreenCanvas {
  const canvas = new OffscreenCanvas(WARM_UP_SIZE_PX, WARM_UP_SIZE_PX);
  canvas.getContext('2d')?.fillRect(0, 0, WARM_UP_SIZE_PX, WARM_UP_SIZE_PX);
  return canvas;
}

/**
 * A landmarker that has run once: some failures (an operator the WebGL backend lacks, a shader
 * that does not compile) only show at the first frame, and start-up is the place to see them.
 */
async function create(
  fileset: WasmFileset,
  kind: TasksVisionWasmKind,
  model: Uint8Array,
  delegate: Delegate,
): Promise<HolisticLandmarker> {
  await restoreModuleFactory(fileset, kind);
  const landmarker = await HolisticLandmarker.createFromOptions(fileset, {
    baseOptions: { modelAssetBuffer: model, delegate },
    runningMode: 'VIDEO',
    // There is no face-blendshapes model in the bundle, and nothing downstream uses masks.
    outputFaceBlendshapes: false,
    outputPoseSegmentationMasks: false,
  });
  try {
    landmarker.detectForVideo(warmUpFrame(), WARM_UP_TIMESTAMP_MS);
    return landmarker;
  } catch (e) {
    landmarker.close();
    throw e;
  }
}

function resultToFrame(r: HolisticLandmarkerResult): Float32Array {
  return toFrame({
    pose: r.poseLandmarks[0],
    leftHand: r.leftHandLandmarks[0],
    rightHand: r.rightHandLandmarks[0],
    face: r.faceLandmarks[0],
  });
}

export async function createTasksEngine(options: TasksEngineOptions): Promise<TasksEngine> {
  installOfflineFetchGuard([options.assetsBaseUrl]);
  const probe = probeWebGl();
  if (!probe.webgl2)
    throw new Error('tasks-vision needs WebGL2, which this context does not provide');
  const wasm = TASKS_VISION_WASM[options.wasm];
  const fileset: WasmFileset = {
    wasmLoaderPath: assetUrl(options.assetsBaseUrl, TASKS_VISION_DIR, wasm.loader),
    wasmBinaryPath: assetUrl(options.assetsBaseUrl, TASKS_VISION_DIR, wasm.binary),
  };
  const model = await fetchBytes(assetUrl(options.assetsBaseUrl, HOLISTIC_TASK));
  let delegate = resolveDelegate(options.delegate, probe);
  let gpuFailure: string | null = null;
  let landmarker: HolisticLandmarker;
  try {
    landmarker = await create(fileset, options.wasm, model, delegate);
  } catch (e) {
    if (delegate !== 'GPU') throw e;
    gpuFailure = e instanceof Error ? e.message : String(e);
    delegate = 'CPU';
    landmarker = await create(fileset, options.wasm, model, delegate);
  }
  let lastTimestamp = WARM_UP_TIMESTAMP_MS;
  return {
    delegate,
    renderer: probe.renderer,
    gpuFailure,
    detect(source, timestampMs) {
      const timestamp = Math.max(timestampMs, lastTimestamp + MIN_TIMESTAMP_STEP_MS);
      lastTimestamp = timestamp;
      const started = performance.now();
      const result = landmarker.detectForVideo(source, timestamp);
      const inferenceMs = performance.now() - started;
      return { frame: resultToFrame(result), timestampMs: timestamp, inferenceMs };
    },
    async reset() {
      landmarker.close();
      landmarker = await create(fileset, options.wasm, model, delegate);
      lastTimestamp = WARM_UP_TIMESTAMP_MS;
    },
    close() {
      landmarker.close();
    },
  };
}
