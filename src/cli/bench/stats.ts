/** Percentiles over measured samples (nearest-rank), rounded for printing. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

/** `{<prefix>_p50_ms, <prefix>_p95_ms, ...}` for one measured quantity. */
export function summarize(prefix: string, samplesMs: readonly number[]): Record<string, number> {
  return {
    [`${prefix}_p50_ms`]: round(percentile(samplesMs, 50)),
    [`${prefix}_p95_ms`]: round(percentile(samplesMs, 95)),
    [`${prefix}_p99_ms`]: round(percentile(samplesMs, 99)),
    [`${prefix}_max_ms`]: round(Math.max(...samplesMs)),
    [`${prefix}_n`]: samplesMs.length,
  };
}

/** Times `fn` `n` times after `warmup` unmeasured runs. */
export async function timeAsync(
  n: number,
  warmup: number,
  fn: (i: number) => Promise<void>,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

export interface BenchResult {
  readonly name: string;
  readonly metrics: Record<string, number | string>;
}
