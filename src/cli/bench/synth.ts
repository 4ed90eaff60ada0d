/**
 * `bench -- synth`: synthetic-corpus throughput, the way `cli synth` runs: sentences planned, then
 * per utterance motion synthesis, forward kinematics, camera, detection noise, the .pose file
 * and the float16 shard, written to a temporary folder. One thread, so the figure is per core;
 * also given per 4-second utterance (the unit: ≥ 20 per second per core).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSynth } from '../synth/run-synth';
import type { BenchResult } from './stats';

const BENCH_SEED = 7;
const REFERENCE_SECONDS = 4;

export async function benchSynth(iterations: number): Promise<BenchResult> {
  const utterances = Math.max(64, Math.min(iterations, 512));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signbridge-bench-synth-'));
  try {
    const cpu0 = process.cpuUsage();
    const s = await runSynth({
      pack: 'ase',
      outDir: dir,
      utterances,
      seed: BENCH_SEED,
      workers: 1,
      writePose: true,
    });
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const meanSeconds = (s.stats.hours * 3600) / s.stats.utterances;
    const perCore = s.stats.utterances / cpuSeconds;
    return {
      name: 'synth',
      metrics: {
        utterances: s.stats.utterances,
        mean_utterance_s: Number(meanSeconds.toFixed(3)),
        wall_s: Number(s.seconds.toFixed(2)),
        cpu_s: Number(cpuSeconds.toFixed(2)),
        utterances_per_s_per_core: Number(perCore.toFixed(2)),
        four_second_utterances_per_s_per_core: Number(
          ((perCore * meanSeconds) / REFERENCE_SECONDS).toFixed(2),
        ),
        minutes_for_50k_on_2_cores: Number((50_000 / (2 * perCore) / 60).toFixed(1)),
        bytes_per_utterance: Math.round(folderBytes(dir) / s.stats.utterances),
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? folderBytes(p) : fs.statSync(p).size;
  }
  return n;
}
