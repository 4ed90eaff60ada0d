import type { SignSpec } from '../../sigml/spec';
import type { Skeleton } from '../skeleton';
import { synthesize, type UtteranceItem } from '../synth';
import { sampleUtterance } from './sample-signs';

export interface BenchResult {
  readonly runs: number;
  readonly signs: number;
  readonly frames: number;
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

/** Times utterance → clip: p50 / p95 over `runs` calls after `warmup` (for `bench -- slp`). */
export function benchSynthesize(options: BenchOptions): BenchResult {
  const signs = options.signs ?? sampleUtterance();
  const items: UtteranceItem[] = signs.map((s) => ({ gloss: s.gloss, spec: s, source: 'bench' }));
  const runs = options.runs ?? 30;
  const fps = options.fps ?? 30;
  const opts = { fps, ...(options.skeleton ? { skeleton: options.skeleton } : {}) };
  let frames = 0;
  for (let i = 0; i < (options.warmup ?? 5); i++) frames = synthesize(items, opts).frameCount;
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
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    max: times[times.length - 1] ?? Number.NaN,
  };
}
