/**
 * `bench -- t2g` for a learned pack: per-sentence latency (tokenize, encode, beam search) on
 * PHOENIX dev sentences, CPU, after the sessions are warm.
 */
import { Seq2seqRunner } from './runner';

export interface LatencyReport {
  readonly n: number;
  readonly beam: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly meanMs: number;
  readonly maxMs: number;
  /**
   * Process CPU time per sentence (user + system, onnxruntime's threads included), ms: the cost
   * of the work itself, which a busy machine's scheduling delays do not inflate.
   */
  readonly cpuP50Ms: number;
  readonly cpuP95Ms: number;
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

/**
 * Milliseconds per decoder-step call against prefix length, for `batch` prefixes over one
 * sentence's memory: how much recomputing the prefix (no key/value cache) costs.
 */
export async function benchDecoderStep(
  runner: Seq2seqRunner,
  sentence: string,
  lengths: readonly number[],
  batch = 4,
  reps = 20,
): Promise<{ prefixLen: number; ms: number }[]> {
  const step = runner.stepFor(await runner.encode(runner.pack.tokenizer.encode(sentence)));
  const out: { prefixLen: number; ms: number }[] = [];
  for (const len of lengths) {
    // Token ids past the specials; the values do not change the cost.
    const prefixes = Array.from({ length: batch }, () =>
      Array.from({ length: len }, (_, i) => 4 + (i % 8)),
    );
    await step(prefixes);
    const times: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      await step(prefixes);
      times.push(performance.now() - t0);
    }
    out.push({
      prefixLen: len,
      ms: percentile(
        [...times].sort((a, b) => a - b),
        0.5,
      ),
    });
  }
  return out;
}

export interface BenchT2gOptions {
  readonly beam?: number;
  /** Sentences timed (the first n lines); default all. */
  readonly limit?: number;
  /** Intra-op threads per session; default 1, the fair share of a busy machine. */
  readonly threads?: number;
}

export async function benchPhoenix(
  packDir: string,
  sentences: readonly string[],
  opts: BenchT2gOptions = {},
): Promise<LatencyReport> {
  const beam = opts.beam ?? 4;
  const runner = await Seq2seqRunner.open(packDir, { device: 'cpu', threads: opts.threads ?? 1 });
  try {
    const lines = sentences.slice(0, opts.limit ?? sentences.length);
    const first = lines[0];
    if (first !== undefined) await runner.translateSentence(first, { beam }); // warm the code paths
    const times: number[] = [];
    const cpu: number[] = [];
    for (const line of lines) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await runner.translateSentence(line, { beam });
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const cpuSorted = [...cpu].sort((a, b) => a - b);
    return {
      n: times.length,
      beam,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      meanMs: times.reduce((a, b) => a + b, 0) / Math.max(times.length, 1),
      maxMs: sorted.at(-1) ?? NaN,
      cpuP50Ms: percentile(cpuSorted, 0.5),
      cpuP95Ms: percentile(cpuSorted, 0.95),
    };
  } finally {
    await runner.dispose();
  }
}
