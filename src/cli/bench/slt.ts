/**
 * `bench -- slt`: sign → text on this machine's CPU, with the default pack (models/ase-slt) or the
 * one SIGNBRIDGE_SLT_BENCH_PACK names. Clips: 10-sign utterances of the synthetic corpus beside
 * the project (../corpora/ase-50k, or SIGNBRIDGE_SLT_BENCH_CORPUS), else synthetic hand motion.
 *
 * - encoder chunk: one encodeChunk call (p50/p95, ms);
 * - end of utterance → final caption for a 10-sign utterance: endpoint decided → final text ready
 *   (last padded chunk, decoder memory, beam search), through the same stream as the app;
 * - worker CPU at 30 fps: a real SLT worker fed landmark frames at 30 fps in real time for about
 *   10 s, process CPU (worker, onnxruntime threads and the feeder) as % of one core;
 * - resident memory: RSS after opening the pack in a worker and streaming, minus before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { appRoot, modelsDir, workerScript } from '../../node/paths';
import { silentLogger } from '../../node/logger';
import { WorkerPool } from '../../main/pool/worker-pool';
import { unwrap } from '../../shared/ipc/result';
import { FRAME_LENGTH, VALUES_PER_POINT, emptyFrame } from '../../shared/landmarks/layout';
import { SLT_EVENTS_PORT } from '../../shared/slt/decode/events';
import type { SltEvent } from '../../shared/slt/decode/events';
import { CORPUS_POINTS, CORPUS_VALUES_PER_POINT } from '../../shared/synth/points';
import { corpusClip, corpusRecords } from '../../workers/slt/corpus-clips';
import type { CorpusRecord } from '../../workers/slt/corpus-clips';
import { SltModel } from '../../workers/slt/model';
import { translateClip } from '../../workers/slt/run-file';
import type { ClipFrames } from '../../workers/slt/run-file';
import type { SltTasks } from '../../workers/slt/tasks';
import type { BenchResult } from './stats';
import { summarize } from './stats';

const SIGNS = 10;
const LIVE_FPS = 30;
const LIVE_SECONDS = 10;
const DEFAULT_CORPUS = path.resolve(appRoot(), '..', 'corpora', 'ase-50k');

/** Corpus points back into a Holistic frame (what the renderer sends). */
function holistic(corpus: Float32Array): Float32Array {
  const f = emptyFrame();
  CORPUS_POINTS.forEach((p, i) => {
    for (let v = 0; v < 3; v++)
      f[p * VALUES_PER_POINT + v] = corpus[i * CORPUS_VALUES_PER_POINT + v] ?? NaN;
    f[p * VALUES_PER_POINT + 3] = Number.isFinite(f[p * VALUES_PER_POINT] ?? NaN) ? 1 : NaN;
  });
  return f;
}

/** Hands up and moving for `seconds`, then gone: a stand-in when no corpus is at hand. */
function syntheticClip(seconds: number): ClipFrames {
  const n = Math.round((seconds + 1) * LIVE_FPS);
  return {
    count: n,
    fps: LIVE_FPS,
    aspect: 16 / 9,
    kind: 'holistic',
    frame(i) {
      const f = emptyFrame();
      const put = (p: number, x: number, y: number) => f.set([x, y, 0, 1], p * VALUES_PER_POINT);
      put(11, 0.6, 0.5);
      put(12, 0.4, 0.5);
      const t = i / LIVE_FPS;
      if (t < 0.3 || t > seconds) return f;
      for (const [first, side] of [
        [33, 1],
        [54, -1],
      ] as const)
        for (let p = 0; p < 21; p++)
          put(
            first + p,
            0.5 + side * (0.1 + 0.05 * Math.sin(t * (5 + p / 7))),
            0.62 - 0.006 * p + 0.04 * Math.cos(t * 3),
          );
      return f;
    },
  };
}

/**
 * A 10-sign utterance from corpus utterances at one frame rate (the corpus has none that long):
 * the first one's lead-in, the signing spans of each, the last one's tail.
 */
function tenSigns(dir: string, recs: CorpusRecord[]): ClipFrames | undefined {
  const picked: CorpusRecord[] = [];
  let signs = 0;
  for (const r of recs) {
    if (signs + r.glosses.length > SIGNS) continue;
    picked.push(r);
    signs += r.glosses.length;
    if (signs === SIGNS) break;
  }
  if (signs !== SIGNS) return undefined;
  const parts: Float32Array[] = [];
  picked.forEach((r, k) => {
    const c = corpusClip(dir, r);
    const from = k === 0 ? 0 : (r.glosses[0]?.start ?? 0);
    const to = k === picked.length - 1 ? r.frames : (r.glosses.at(-1)?.end ?? r.frames);
    for (let i = from; i < to; i++) parts.push(c.frame(i).slice());
  });
  const first = picked[0] as CorpusRecord;
  return {
    count: parts.length,
    fps: first.fps,
    aspect: (first.width ?? 1) / (first.height ?? 1),
    kind: 'corpus',
    frame: (i) => parts[i] as Float32Array,
  };
}

function clips(): { clips: ClipFrames[]; live: ClipFrames[]; source: string } {
  const dir = process.env.SIGNBRIDGE_SLT_BENCH_CORPUS ?? DEFAULT_CORPUS;
  if (fs.existsSync(dir)) {
    const at30 = corpusRecords(dir).filter(
      (r) => r.split === 'test-unseen-signer' && r.fps === LIVE_FPS,
    );
    const ten: ClipFrames[] = [];
    for (let k = 0; k < 20; k++) {
      const c = tenSigns(dir, at30.slice(k * 6));
      if (c !== undefined) ten.push(c);
    }
    if (ten.length > 0)
      return {
        clips: ten,
        live: at30.slice(0, 8).map((r) => corpusClip(dir, r)),
        source: `${dir}: ${ten.length} utterances of ${SIGNS} signs joined from test-unseen-signer at ${LIVE_FPS} fps`,
      };
  }
  const c = syntheticClip(4.5);
  return {
    clips: Array.from({ length: 10 }, () => c),
    live: [c],
    source: 'synthetic hand motion (no corpus found)',
  };
}

function packDir(): string | undefined {
  const env = process.env.SIGNBRIDGE_SLT_BENCH_PACK;
  if (env) return env;
  const def = path.join(modelsDir(), 'ase-slt');
  return fs.existsSync(path.join(def, 'manifest.json')) ? def : undefined;
}

export async function benchSlt(iterations: number): Promise<BenchResult> {
  const dir = packDir();
  if (dir === undefined)
    return {
      name: 'slt',
      metrics: {
        skipped: `no pack at ${path.join(modelsDir(), 'ase-slt')} (or set SIGNBRIDGE_SLT_BENCH_PACK)`,
      },
    };
  const src = clips();
  const model = await SltModel.open(dir, { device: 'cpu' });
  const chunkMs: number[] = [];
  const finalMs: number[] = [];
  let chunks = 0;
  try {
    const encode = model.encodeChunk.bind(model);
    model.encodeChunk = async (...a) => {
      const t0 = performance.now();
      const r = await encode(...a);
      chunkMs.push(performance.now() - t0);
      chunks++;
      return r;
    };
    const rounds = Math.max(1, Math.min(5, Math.round(iterations / 400)));
    for (let k = 0; k < rounds; k++)
      for (const c of src.clips) {
        const r = await translateClip(model, c);
        for (const u of r.utterances) finalMs.push(u.finalizeMs);
      }
  } finally {
    await model.dispose();
  }
  const live = await liveCpu(dir, src.live);
  return {
    name: 'slt',
    metrics: {
      pack: dir,
      clips: src.source,
      ...summarize('encoder_chunk', chunkMs),
      ...summarize('end_to_final', finalMs),
      encoder_chunks: chunks,
      ...live,
    },
  };
}

/** A real worker fed at 30 fps in real time: CPU % of one core and the RSS it adds. */
async function liveCpu(
  dir: string,
  clipsAt30: ClipFrames[],
): Promise<Record<string, number | string>> {
  const rss0 = process.memoryUsage().rss;
  const pool = new WorkerPool<SltTasks>({
    name: 'slt',
    script: workerScript('slt'),
    logger: silentLogger,
  });
  try {
    await pool.ready();
    const [r] = await pool.setInit('slt', 'slt.open', { packDir: dir, device: 'cpu' });
    unwrap(r ?? { ok: false, error: { kind: 'internal', message: 'no worker' } });
    const finals: SltEvent[] = [];
    const events = pool.openPort(0, SLT_EVENTS_PORT);
    events.on('message', (e: SltEvent) => e.type === 'final' && finals.push(e));
    const frames = pool.openPort(0, 'frames');
    let inFlight = 0;
    let dropped = 0;
    frames.on('message', () => inFlight--);
    const total = LIVE_FPS * LIVE_SECONDS;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let clip = 0;
    let i = 0;
    for (let n = 0; n < total; n++) {
      const c = clipsAt30[clip] as ClipFrames;
      const corpus = c.frame(i);
      const data = c.kind === 'corpus' ? holistic(corpus) : corpus.slice(0, FRAME_LENGTH);
      if (inFlight >= 2) dropped++;
      else {
        inFlight++;
        frames.postMessage({ seq: n, timestamp: Date.now(), data }, [data.buffer as ArrayBuffer]);
      }
      if (++i >= c.count) {
        i = 0;
        clip = (clip + 1) % clipsAt30.length;
      }
      const wait = t0 + ((n + 1) * 1000) / LIVE_FPS - performance.now();
      if (wait > 0) await new Promise((res) => setTimeout(res, wait));
    }
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const rss = process.memoryUsage().rss;
    frames.close();
    events.close();
    return {
      live_seconds: Number((wall / 1000).toFixed(2)),
      live_cpu_percent_of_one_core: Number(
        ((100 * (cpu.user + cpu.system)) / 1000 / wall).toFixed(1),
      ),
      live_frames_dropped: dropped,
      live_finals: finals.length,
      rss_delta_mb: Number(((rss - rss0) / 2 ** 20).toFixed(1)),
    };
  } finally {
    await pool.close();
  }
}
