/**
 * The per-frame loop from camera to SLT worker: on each new video frame, run the landmarker if it
 * is free (a frame that arrives while it is busy is skipped and counted: latest frame wins), send
 * the Float32Array to main, draw the overlay, and keep the numbers the UI shows.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { FrameSink } from '../frames/frame-sink';
import { createLandmarker } from '../perception';
import type { Landmarker } from '../perception';
import { clearOverlay, drawLandmarks } from './landmark-overlay';

export interface PerceptionLoopOptions {
  readonly api: SignBridgeApi;
  readonly video: HTMLVideoElement;
  readonly overlay: HTMLCanvasElement;
  readonly frames: FrameSink;
  readonly stats: HTMLElement;
  readonly overlayEnabled: () => boolean;
  /** Whether Settings → Diagnostics is on: only then are the numbers shown and main polled. */
  readonly diagnostics: () => boolean;
}

export interface PerceptionLoop {
  stop(): void;
}

/** Window over which frame rates are measured and the status line refreshed, ms. */
const STATS_WINDOW_MS = 1000;

let shared: Promise<Landmarker> | undefined;

/** One landmarker for the page: starting MediaPipe takes seconds, so it is kept across camera restarts. */
function landmarker(api: SignBridgeApi): Promise<Landmarker> {
  shared ??= createLandmarker({
    assetsBaseUrl: new URL('models/mediapipe', location.href).href.replace(/\/$/, ''),
    prefer: 'tasks',
  }).then(
    (lm) => {
      const fell = lm.fallbacks
        .map((f) => `${f.backend} (${f.thread}) failed: ${f.reason}`)
        .join('; ');
      void api.invoke('perception.status', {
        backend: lm.label,
        delegate: lm.delegate,
        detail: `ready in ${(lm.initMs / 1000).toFixed(1)} s${fell ? `; ${fell}` : ''}`,
      });
      return lm;
    },
    (e: unknown) => {
      shared = undefined;
      const reason = e instanceof Error ? e.message : String(e);
      void api.invoke('perception.status', { backend: 'none', delegate: 'none', detail: reason });
      throw e;
    },
  );
  return shared;
}

export function startPerception(opts: PerceptionLoopOptions): PerceptionLoop {
  let running = true;
  let busy = false;
  let seq = 0;
  let camFrames = 0;
  let done = 0;
  let skipped = 0;
  let latencySum = 0;
  let windowStart = performance.now();
  let lm: Landmarker | undefined;
  let label = 'starting the landmarker…';
  let routerDropped = 0;

  landmarker(opts.api).then(
    (l) => {
      // A new camera run starts tracking afresh (timestamps restart, the person may have moved).
      void l.reset().then(() => {
        lm = l;
        label = l.label;
      });
    },
    (e: unknown) => {
      label = `landmarks unavailable: ${e instanceof Error ? e.message : String(e)}`;
    },
  );

  const report = (now: number) => {
    if (!opts.diagnostics()) {
      camFrames = done = 0;
      latencySum = 0;
      windowStart = now;
      return;
    }
    const secs = (now - windowStart) / 1000;
    const fps = camFrames / secs;
    const lfps = done / secs;
    const latency = done > 0 ? latencySum / done : 0;
    opts.stats.textContent =
      `Camera ${opts.video.videoWidth}×${opts.video.videoHeight} ${fps.toFixed(0)} fps · landmarks ${lfps.toFixed(1)} fps, ` +
      `${latency.toFixed(0)} ms/frame · skipped ${skipped}, dropped ${opts.frames.dropped + routerDropped} · ${label}`;
    camFrames = done = 0;
    latencySum = 0;
    windowStart = now;
    void opts.api.invoke('perception.stats', {}).then((r) => {
      if (r.ok) routerDropped = r.value.router.dropped;
    });
  };

  let camera = '';
  const detectFrame = async (width: number, height: number) => {
    if (lm === undefined) return;
    if (width > 0 && height > 0 && `${width}x${height}` !== camera) {
      camera = `${width}x${height}`;
      void opts.api.invoke('perception.camera', { width, height });
    }
    busy = true;
    try {
      const captured = performance.timeOrigin + performance.now();
      const r = await lm.detect(opts.video, performance.now());
      if (!running) return;
      latencySum += r.timings.totalMs;
      done++;
      if (opts.overlayEnabled()) drawLandmarks(opts.overlay, r.frame, width, height);
      else clearOverlay(opts.overlay);
      opts.frames.post(seq++, captured, r.frame);
    } catch (e) {
      label = `landmarks failed: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      busy = false;
    }
  };

  const tick = (now: number) => {
    if (!running) return;
    camFrames++;
    if (busy) skipped++;
    else void detectFrame(opts.video.videoWidth, opts.video.videoHeight);
    if (now - windowStart >= STATS_WINDOW_MS) report(now);
    opts.video.requestVideoFrameCallback(tick);
  };
  opts.video.requestVideoFrameCallback(tick);
  return {
    stop() {
      running = false;
      clearOverlay(opts.overlay);
    },
  };
}
