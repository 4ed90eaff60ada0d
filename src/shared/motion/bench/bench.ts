import type { SignSpec } from '../../sigml/spec';
import type { TimelineEntry } from '../clip';
import type { Skeleton } from '../skeleton';
import { synthesize, type UtteranceItem } from '../synth';
import { sampleUtterance } from './sample-signs';

export interface BenchResult {
  readonly runs: number;
  readonly signs: number;
  readonly frames: number;
  /** Clip length at speed 1, seconds (rest pose before and after included). */
  readonly seconds: number;
  /**
   * Signing rate at speed 1: signs over the time from the first sign's start (its transition
   * included) to the last one's end, so the rest pose before and after does not count.
   */
  readonly signsPerSecond: number;
  /** Milliseconds per synthesize call. */
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface BenchOptions {
  /** The utterance to synthesize; default: the built-in ten-sign sample. */
  readonly signs?: readonly SignSpec[];
  readonly runs?: number;
  readonly warmup?: number;
  readonly fps?: number;
  readonly skeleton?: Skeleton;
  /** A millisecond clock (performance.now in Node and browsers); pure code has none of its own. */
  readonly now: () => number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/** Signs per second between the first sign's start and the last sign's end (0 when empty). */
export function signingRate(timeline: readonly TimelineEntry[]): number {
  const start = timeline[0]?.start;
  const end = timeline[timeline.length - 1]?.end;
  if (start === undefined || end === undefined || end <= start) return 0;
  return timeline.length / (end - start);
}

/** Times utterance → clip: p50 / p95 over `runs` calls after `warmup` (for `bench -- slp`). */
export function benchSynthesize(options: BenchOptions): BenchResult {
  const signs = options.signs ?? sampleUtterance();
  const items: UtteranceItem[] = signs.map((s) => ({ gloss: s.gloss, spec: s, source: 'bench' }));
  const runs = options.runs ?? 30;
  const fps = options.fps ?? 30;
  const opts = { fps, ...(options.skeleton ? { skeleton: options.skeleton } : {}) };
  const first = synthesize(items, opts);
  let frames = first.frameCount;
  for (let i = 1; i < (options.warmup ?? 5); i++) frames = synthesize(items, opts).frameCount;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = options.now();
    frames = synthesize(items, opts).frameCount;
    times.push(options.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    signs: items.length,
    frames,
    seconds: (first.frameCount - 1) / first.fps,
    signsPerSecond: signingRate(first.timeline),
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    max: times[times.length - 1] ?? Number.NaN,
  };
}
