/**
 * The per-frame loop from camera to SLT worker: grab the newest video frame, run the landmarker
 * when it is free (a frame that arrives while it is busy is skipped: latest frame wins), send the
 * Float32Array to main, draw the overlay, and keep the numbers the UI shows.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { FrameSink } from '../frames/frame-sink';

export interface PerceptionLoopOptions {
  readonly api: SignBridgeApi;
  readonly video: HTMLVideoElement;
  readonly overlay: HTMLCanvasElement;
  readonly frames: FrameSink;
  readonly stats: HTMLElement;
  readonly overlayEnabled: () => boolean;
}

export interface PerceptionLoop {
  stop(): void;
}

/** Camera frame rate measured over this window, in ms. */
const FPS_WINDOW_MS = 1000;

export function startPerception(opts: PerceptionLoopOptions): PerceptionLoop {
  let running = true;
  let frames = 0;
  let windowStart = performance.now();
  let fps = 0;
  const tick = () => {
    if (!running) return;
    frames++;
    const now = performance.now();
    if (now - windowStart >= FPS_WINDOW_MS) {
      fps = (frames * 1000) / (now - windowStart);
      frames = 0;
      windowStart = now;
      opts.stats.textContent = `Camera ${opts.video.videoWidth}×${opts.video.videoHeight} at ${fps.toFixed(0)} fps · landmarker not loaded yet`;
    }
    opts.video.requestVideoFrameCallback(tick);
  };
  opts.video.requestVideoFrameCallback(tick);
  return {
    stop() {
      running = false;
    },
  };
}
