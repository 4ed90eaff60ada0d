import { COMPONENT_NAMES, isDetected } from '../../shared/landmarks/layout';
import { createLandmarker } from './create';
import { probeWebGl } from './delegate';
import type {
  LandmarkerBenchConfig,
  LandmarkerBenchReport,
  LandmarkerBenchRow,
  LandmarkerSource,
  Percentiles,
} from './types';

/** Frames are timestamped as if they came from a 30 fps camera. */
const FRAME_INTERVAL_MS = 1000 / 30;

export interface LandmarkerBenchOptions {
  readonly assetsBaseUrl: string;
  readonly source: LandmarkerSource;
  readonly configs: readonly LandmarkerBenchConfig[];
  /** Timed frames per configuration. */
  readonly frames: number;
  /** Untimed frames first (the first one runs the detectors; later ones track). */
  readonly warmup: number;
}

/** Nearest-rank percentile of a sorted array. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), mean };
}

async function benchOne(
  options: LandmarkerBenchOptions,
  config: LandmarkerBenchConfig,
): Promise<LandmarkerBenchRow> {
  let landmarker;
  try {
    landmarker = await createLandmarker({
      assetsBaseUrl: options.assetsBaseUrl,
      ...config,
      fallback: false,
    });
  } catch (e) {
    return { ok: false, config, error: e instanceof Error ? e.message : String(e) };
  }
  try {
    let timestamp = 0;
    let frame: Float32Array = new Float32Array(0);
    const total: number[] = [];
    const inference: number[] = [];
    for (let i = 0; i < options.warmup + options.frames; i++) {
      timestamp += FRAME_INTERVAL_MS;
      const result = await landmarker.detect(options.source, timestamp);
      frame = result.frame;
      if (i < options.warmup) continue;
      total.push(result.timings.totalMs);
      inference.push(result.timings.inferenceMs);
    }
    const { backend, delegate, thread, label, initMs, fallbacks } = landmarker;
    return {
      ok: true,
      config,
      backend,
      delegate,
      thread,
      label,
      initMs,
      fallbacks,
      frames: options.frames,
      totalMs: percentiles(total),
      inferenceMs: percentiles(inference),
      detected: COMPONENT_NAMES.filter((c) => frame.length > 0 && isDetected(frame, c)),
    };
  } finally {
    await landmarker.close();
  }
}

/**
 * Times each landmarker configuration on one image, one configuration at a time, in this page.
 * Without a GPU, WebGL here is SwiftShader (a CPU rasterizer): `webgl.software` says so.
 */
export async function benchLandmarker(
  options: LandmarkerBenchOptions,
): Promise<LandmarkerBenchReport> {
  const rows: LandmarkerBenchRow[] = [];
  for (const config of options.configs) rows.push(await benchOne(options, config));
  return {
    userAgent: navigator.userAgent,
    webgl: probeWebGl(),
    frameIntervalMs: FRAME_INTERVAL_MS,
    warmup: options.warmup,
    rows,
  };
}
