import { translateEnglish } from '../../../shared/text';
import { BENCH_SENTENCES } from './bench-sentences';
import { loadEnglishResources, type LoadEnglishOptions } from './load-resources';

export interface EnglishBenchOptions extends LoadEnglishOptions {
  readonly packDir: string;
  readonly embeddingsDir: string;
  readonly sentences?: readonly string[];
  /** Timed passes over the sentences after the first (cold) pass. */
  readonly rounds?: number;
}

export interface EnglishBenchReport {
  /** Resource load (lexicon, wink-nlp model, WordNet indexes, word vectors), ms. */
  readonly loadMs: number;
  readonly sentences: number;
  /** Timed translations in the warm passes. */
  readonly runs: number;
  /**
   * First pass after the load-time warm-up: every word met for the first time (empty memo, WordNet
   * and vectors looked up), as a sentence a user has not typed before: ms per sentence.
   */
  readonly coldP50Ms: number;
  readonly coldP95Ms: number;
  /** Later passes: ms per sentence. */
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /**
   * CPU time of the process per warm sentence (user + system, GC threads included), ms: the
   * cost of the work itself, which a busy machine's scheduling delays do not inflate.
   */
  readonly cpuP50Ms: number;
  readonly cpuP95Ms: number;
  readonly warnings: readonly string[];
}

/** English text→gloss per sentence after resources load (target p95 ≤ 5 ms), and the load time. */
export function benchEnglish(opts: EnglishBenchOptions): EnglishBenchReport {
  const sentences = opts.sentences ?? BENCH_SENTENCES;
  const rounds = opts.rounds ?? 50;
  const res = loadEnglishResources(opts.packDir, opts.embeddingsDir, opts);
  try {
    const cpu: number[] = [];
    const time = (s: string): number => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      translateEnglish(s, res);
      const wall = performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      return wall;
    };
    const cold = sentences.map(time);
    cpu.length = 0;
    const warm: number[] = [];
    for (let r = 0; r < rounds; r++) for (const s of sentences) warm.push(time(s));
    return {
      loadMs: res.loadMs,
      sentences: sentences.length,
      runs: warm.length,
      coldP50Ms: percentile(cold, 0.5),
      coldP95Ms: percentile(cold, 0.95),
      p50Ms: percentile(warm, 0.5),
      p95Ms: percentile(warm, 0.95),
      maxMs: Math.max(...warm),
      cpuP50Ms: percentile(cpu, 0.5),
      cpuP95Ms: percentile(cpu, 0.95),
      warnings: res.warnings,
    };
  } finally {
    res.dispose();
  }
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
