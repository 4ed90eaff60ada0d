/**
 * The DOM-free half of the perception API: names, options and reports that cross the page
 * boundary (Playwright's page.evaluate, host-mode logs, the bench). Node code (tests, CLI)
 * imports these types without pulling in DOM types.
 */
import type { ComponentName } from '../landmarks/layout';

export const LANDMARKER_BACKENDS = ['tasks-vision', 'legacy-holistic'] as const;
export type LandmarkerBackend = (typeof LANDMARKER_BACKENDS)[number];

/** What the caller asks for first; the other backend is the fallback. */
export const LANDMARKER_PREFERENCES = ['tasks', 'legacy'] as const;
export type LandmarkerPreference = (typeof LANDMARKER_PREFERENCES)[number];

export const DELEGATES = ['GPU', 'CPU'] as const;
export type Delegate = (typeof DELEGATES)[number];
/** 'auto': GPU when WebGL2 runs on a hardware GPU, CPU on a software rasterizer (SwiftShader). */
export type DelegateChoice = Delegate | 'auto';

export const LANDMARKER_THREADS = ['worker', 'main'] as const;
export type LandmarkerThread = (typeof LANDMARKER_THREADS)[number];
export type ThreadChoice = LandmarkerThread | 'auto';

/** The global a page with the automation installed exposes (see automation.ts). */
export const PERCEPTION_GLOBAL = 'signbridgePerception';

export interface LandmarkerStartOptions {
  /** URL of the folder holding models/mediapipe/ (task bundle, tasks-vision WASM, legacy files). */
  readonly assetsBaseUrl: string;
  readonly prefer: LandmarkerPreference;
  readonly delegate?: DelegateChoice;
  readonly thread?: ThreadChoice;
  /** Try the other backends when the preferred one fails (default true). */
  readonly fallback?: boolean;
}

export interface DetectTimings {
  /** Wall time of `detect()` on the caller's thread: copy, transfer, inference, result. */
  readonly totalMs: number;
  /** Time inside MediaPipe's detect call. */
  readonly inferenceMs: number;
}

/** A backend that was tried and failed before the one in use: shown in logs and the UI. */
export interface LandmarkerFallback {
  readonly backend: LandmarkerBackend;
  readonly thread: LandmarkerThread;
  readonly reason: string;
}

export interface WebGlProbe {
  readonly webgl2: boolean;
  /** Unmasked renderer string where the browser exposes it, else the masked one. */
  readonly renderer: string;
  /** A CPU rasterizer (SwiftShader, llvmpipe): GPU-delegate timings mean nothing here. */
  readonly software: boolean;
}

export interface LandmarkerInfo {
  readonly backend: LandmarkerBackend;
  readonly delegate: Delegate;
  readonly thread: LandmarkerThread;
  /** e.g. "tasks-vision (CPU, worker)" */
  readonly label: string;
  /** Time from `createLandmarker` to ready, for this backend only (ms). */
  readonly initMs: number;
  readonly fallbacks: readonly LandmarkerFallback[];
}

/** One detection as plain data: the frame as an array (NaN kept) for page.evaluate. */
export interface AutomationDetection {
  readonly frame: number[];
  readonly timestampMs: number;
  readonly timings: DetectTimings;
  readonly width: number;
  readonly height: number;
}

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

export interface LandmarkerBenchConfig {
  readonly prefer: LandmarkerPreference;
  readonly thread?: ThreadChoice;
  readonly delegate?: DelegateChoice;
}

export type LandmarkerBenchRow =
  | (LandmarkerInfo & {
      readonly ok: true;
      readonly config: LandmarkerBenchConfig;
      readonly frames: number;
      readonly totalMs: Percentiles;
      readonly inferenceMs: Percentiles;
      /** Components found in the last frame. */
      readonly detected: readonly ComponentName[];
    })
  | { readonly ok: false; readonly config: LandmarkerBenchConfig; readonly error: string };

export interface LandmarkerBenchReport {
  readonly userAgent: string;
  readonly webgl: WebGlProbe;
  /** Frame interval the timestamps simulate (ms). */
  readonly frameIntervalMs: number;
  readonly warmup: number;
  readonly rows: readonly LandmarkerBenchRow[];
}

export interface AutomationBenchOptions {
  readonly assetsBaseUrl: string;
  readonly imageUrl: string;
  readonly configs: readonly LandmarkerBenchConfig[];
  readonly frames: number;
  readonly warmup: number;
}

/** A video opened for frame-by-frame extraction. */
export interface AutomationVideo {
  readonly width: number;
  readonly height: number;
  readonly duration: number;
  /** Measured from the decoder's frame times where it reports them, else the default. */
  readonly fps: number;
  readonly frames: number;
  readonly fpsMeasured: boolean;
}

/** What `window.signbridgePerception` offers a driver outside the page. */
export interface PerceptionAutomation {
  /** Loads a video file for `detectVideoFrame`; fails with the browser's reason if it cannot decode it. */
  openVideo(url: string): Promise<AutomationVideo>;
  /** Landmarks of frame `index` of the open video (seeked to that frame's middle). */
  detectVideoFrame(index: number): Promise<AutomationDetection>;
  start(options: LandmarkerStartOptions): Promise<LandmarkerInfo & { readonly webgl: WebGlProbe }>;
  detectImage(url: string, timestampMs: number): Promise<AutomationDetection>;
  /** Forgets tracking, so the next image is looked at afresh. */
  reset(): Promise<void>;
  close(): Promise<void>;
  bench(options: AutomationBenchOptions): Promise<LandmarkerBenchReport>;
  /** Log lines from landmarker start-up (fallbacks, delegate, renderer). */
  readonly log: string[];
}

/** `globalThis` of a page with the automation installed, for page.evaluate callbacks. */
export type PerceptionGlobal = { readonly [PERCEPTION_GLOBAL]: PerceptionAutomation };
