/**
 * `bench -- t2g`: English → ASL per sentence (rules + retrieval, pack ase) cold and warm, and the
 * learned German → DGS pack (gsg-phoenix) per sentence with beam 4 on CPU where it is installed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchEnglish } from '../../workers/slp/english-asl/bench';
import { benchPhoenix } from '../../workers/slp/seq2seq/bench';
import { embeddingsDirOf, readLines } from '../../workers/slp/t2g/engine';
import { appRoot, modelsDir } from '../../node/paths';
import type { BenchResult } from './stats';

const r4 = (x: number): number => Number(x.toFixed(4));
/** German sentences to time: PHOENIX dev when ../shared is beside the project (not shipped). */
const PHOENIX_DEV = path.resolve(
  appRoot(),
  '..',
  'shared',
  'data',
  'phoenix14t',
  'phoenix2014T.dev.de',
);
const PHOENIX_SENTENCES = 200;

export async function benchT2g(iterations: number): Promise<BenchResult> {
  const en = benchEnglish({
    packDir: path.join(modelsDir(), 'ase'),
    embeddingsDir: embeddingsDirOf(modelsDir()),
    rounds: Math.max(5, Math.min(100, Math.round(iterations / 20))),
  });
  const metrics: BenchResult['metrics'] = {
    english_load_ms: r4(en.loadMs),
    english_sentences: en.sentences,
    english_cold_p50_ms: r4(en.coldP50Ms),
    english_cold_p95_ms: r4(en.coldP95Ms),
    english_p50_ms: r4(en.p50Ms),
    english_p95_ms: r4(en.p95Ms),
    english_cpu_p50_ms: r4(en.cpuP50Ms),
    english_cpu_p95_ms: r4(en.cpuP95Ms),
  };
  const phoenix = path.join(modelsDir(), 'gsg-phoenix');
  const src = process.env.SIGNBRIDGE_T2G_BENCH_SRC ?? PHOENIX_DEV;
  if (!fs.existsSync(path.join(phoenix, 'manifest.json'))) {
    metrics.phoenix = `skipped: ${phoenix} is not installed (train it: see training/README.md)`;
  } else if (!fs.existsSync(src)) {
    metrics.phoenix = `skipped: no German sentences at ${src} (set SIGNBRIDGE_T2G_BENCH_SRC)`;
  } else {
    const r = await benchPhoenix(phoenix, readLines(src), { beam: 4, limit: PHOENIX_SENTENCES });
    Object.assign(metrics, {
      phoenix_sentences: r.n,
      phoenix_beam: r.beam,
      phoenix_p50_ms: r4(r.p50Ms),
      phoenix_p95_ms: r4(r.p95Ms),
      phoenix_cpu_p50_ms: r4(r.cpuP50Ms),
      phoenix_cpu_p95_ms: r4(r.cpuP95Ms),
    });
  }
  return { name: 't2g', metrics };
}
