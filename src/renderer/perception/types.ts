/** The Landmarker: one interface over MediaPipe Holistic backends (see create.ts). */
import type {
  DetectTimings,
  LandmarkerInfo,
  LandmarkerStartOptions,
} from '../../shared/perception/contract';

export * from '../../shared/perception/contract';

export type LandmarkerSource =
  HTMLVideoElement | ImageBitmap | HTMLCanvasElement | HTMLImageElement;

export interface DetectResult {
  /** One frame in the layout of src/shared/landmarks/layout.ts; NaN where a part is missing. */
  readonly frame: Float32Array;
  /** The timestamp used (video mode needs increasing ones; a repeat is nudged forward). */
  readonly timestampMs: number;
  readonly timings: DetectTimings;
}

export interface Landmarker extends LandmarkerInfo {
  /**
   * Landmarks of one frame. Call it again only once the previous call has settled (the camera
   * loop drops frames meanwhile: the latest frame wins). The source is copied, never detached.
   */
  detect(source: LandmarkerSource, timestampMs: number): Promise<DetectResult>;
  /**
   * Forgets tracking state: the next frame runs the detectors again and timestamps may start
   * over (a new video, another camera, an unrelated image).
   */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface LandmarkerOptions extends LandmarkerStartOptions {
  readonly log?: (message: string) => void;
}
