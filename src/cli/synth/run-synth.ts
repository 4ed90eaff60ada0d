import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../../node/paths';
import { writeFileAtomic } from '../../node/fs/atomic-write';
import { outOfRangeMessage } from '../../shared/errors/invalid';
import { planCorpus, type PlannedUtterance } from '../../shared/synth/plan';
import type { CorpusRecord } from '../../shared/synth/record';
import { sentenceGenerator } from '../../shared/synth/sentences';
import { corpusStats, type CorpusStats } from '../../shared/synth/stats';
import { splitCounts } from '../../shared/synth/splits';
import { HELD_OUT_PROFILES, PROFILE_COUNT } from '../../shared/synth/profiles';
import { CORPUS_FRAME_VALUES, CORPUS_POINT_COUNT } from '../../shared/synth/points';
import { resolvePack } from '../pack-arg';
import { CORPUS_FILES, SHARD_SIZE, shardName, shardPaths } from './layout';
import { focusGlosses, loadCorpusLexicon } from './pack-lexicon';
import { Progress } from './progress';
import { openShardContext, type ShardContextArgs } from './shard-context';
import { runShard, type ShardJob } from './shard-job';
import type { SynthWorkerReply } from './worker-protocol';

export const CORPUS_FORMAT = 'signbridge-synthetic-corpus';
/**
 * Bump when the same seed would give different output. 5: the arm IK's elbow-height prior
 * (ec13c90): elbows hang and wrists bend; a hand pushed out of the body keeps its offset between
 * frames (no jumps in transitions through the chest).
 */
export const GENERATOR_VERSION = 5;
export const MAX_UTTERANCES = 2_000_000;

export interface SynthOptions {
  readonly pack: string;
  readonly outDir: string;
  readonly utterances: number;
  readonly seed: number;
  readonly workers: number;
  readonly writePose: boolean;
  /** Utterances per shard (default SHARD_SIZE; tests use small shards). */
  readonly shardSize?: number;
  /** Progress on stderr (off in tests). */
  readonly progress?: boolean;
}

export interface SynthSummary {
  readonly outDir: string;
  readonly resumedShards: number;
  readonly renderedShards: number;
  readonly seconds: number;
  readonly utterancesPerSecond: number;
  readonly stats: CorpusStats;
}

/** What corpus.json records: what was asked for; a resume must ask for the same. */
interface CorpusSettings {
  readonly format: typeof CORPUS_FORMAT;
  readonly generatorVersion: number;
  readonly pack: string;
  readonly packVersion: string;
  readonly signLanguage: string;
  readonly seed: number;
  readonly utterances: number;
  readonly pose: boolean;
  readonly generator: string;
  readonly shardSize: number;
  readonly points: number;
  readonly valuesPerFrame: number;
  readonly profiles: { readonly count: number; readonly heldOut: number };
  readonly splits: Record<string, number>;
}

/**
 * `cli synth`: plans the corpus, renders its shards on K worker threads (or in this thread when
 * K is 1), then writes corpus.jsonl, the shard index and statistics. Resumable: complete shards
 * are kept, the others are redone; the output for a seed is the same whatever K.
 */
export async function runSynth(o: SynthOptions): Promise<SynthSummary> {
  const started = Date.now();
  const shardSize = o.shardSize ?? SHARD_SIZE;
  if (!Number.isInteger(shardSize) || shardSize < 1 || shardSize > 65_536)
    throw new RangeError(outOfRangeMessage('shard size', shardSize, 1, 65_536, 'a whole number'));
  if (!Number.isInteger(o.utterances) || o.utterances < 1 || o.utterances > MAX_UTTERANCES)
    throw new RangeError(
      outOfRangeMessage('--utterances', o.utterances, 1, MAX_UTTERANCES, 'a whole number'),
    );
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff)
    throw new RangeError(outOfRangeMessage('--seed', o.seed, 0, 0xffffffff, 'a whole number'));
  const pack = resolvePack(o.pack);
  const corpusLexicon = loadCorpusLexicon(pack);
  const gen = sentenceGenerator(corpusLexicon.entries, {
    alphabet: corpusLexicon.lexicon.alphabet,
    spokenLanguage: pack.manifest.spokenLanguage,
  });
  const settings: CorpusSettings = {
    format: CORPUS_FORMAT,
    generatorVersion: GENERATOR_VERSION,
    pack: pack.manifest.id,
    packVersion: pack.manifest.version,
    signLanguage: pack.manifest.signLanguage,
    seed: o.seed,
    utterances: o.utterances,
    pose: o.writePose,
    generator: gen.mode,
    shardSize,
    points: CORPUS_POINT_COUNT,
    valuesPerFrame: CORPUS_FRAME_VALUES,
    profiles: { count: PROFILE_COUNT, heldOut: HELD_OUT_PROFILES },
    splits: splitCounts(o.utterances),
  };
  prepareFolder(o.outDir, settings);

  const plan = planCorpus(gen, focusGlosses(corpusLexicon.entries), o.utterances, o.seed);
  const shardCount = Math.ceil(o.utterances / shardSize);
  const jobs: ShardJob[] = [];
  let resumed = 0;
  for (let s = 0; s < shardCount; s++) {
    if (shardComplete(o.outDir, s)) resumed++;
    else jobs.push({ shard: s, entries: plan.slice(s * shardSize, (s + 1) * shardSize) });
  }
  const todo = jobs.reduce((n, j) => n + j.entries.length, 0);
  const progress = o.progress
    ? new Progress('synth', o.utterances, o.utterances - todo)
    : undefined;
  const args: ShardContextArgs = {
    pack: pack.dir,
    outDir: o.outDir,
    seed: o.seed,
    writePose: o.writePose,
  };
  const renderStart = Date.now();
  if (o.workers <= 1 || jobs.length <= 1) {
    const ctx = openShardContext(args);
    for (const job of jobs) {
      try {
        runShard(job, ctx, () => progress?.tick());
      } catch (e) {
        throw new Error(shardFailure(job.shard, e instanceof Error ? e.message : String(e)), {
          cause: e,
        });
      }
    }
  } else {
    await runOnWorkers(jobs, Math.min(o.workers, jobs.length), args, () => progress?.tick());
  }
  progress?.finish();
  const renderSeconds = (Date.now() - renderStart) / 1000;

  const stats = finishCorpus(o.outDir, plan, shardCount, corpusLexicon.lexicon.glosses);
  return {
    outDir: o.outDir,
    resumedShards: resumed,
    renderedShards: jobs.length,
    seconds: (Date.now() - started) / 1000,
    utterancesPerSecond: renderSeconds > 0 ? todo / renderSeconds : 0,
    stats,
  };
}

function prepareFolder(outDir: string, settings: CorpusSettings): void {
  const file = path.join(outDir, CORPUS_FILES.settings);
  try {
    fs.mkdirSync(path.join(outDir, 'shards'), { recursive: true });
    fs.mkdirSync(path.join(outDir, 'pose'), { recursive: true });
    fs.accessSync(outDir, fs.constants.W_OK);
  } catch (e) {
    throw new Error(
      `cannot write the corpus to ${outDir}: ${describeFsError(e)}; give a folder you can write to`,
      { cause: e },
    );
  }
  const wanted = `${JSON.stringify(settings, null, 2)}\n`;
  if (fs.existsSync(file)) {
    const had = fs.readFileSync(file, 'utf8');
    if (had !== wanted) {
      const before = safeJson(had);
      const diff = Object.keys(settings).filter(
        (k) => JSON.stringify(before?.[k]) !== JSON.stringify(settings[k as keyof CorpusSettings]),
      );
      throw new Error(
        `${outDir} holds a corpus made with other settings (${diff.join(', ') || 'unreadable corpus.json'} differ); resume with the same --pack, --utterances, --seed and pose option, or choose a new folder`,
      );
    }
  } else {
    const others = fs.readdirSync(outDir).filter((f) => f !== 'shards' && f !== 'pose');
    if (others.length > 0)
      throw new Error(
        `${outDir} is not empty and is not a corpus (found ${others.slice(0, 3).join(', ')}); choose an empty or new folder`,
      );
    writeFileAtomic(file, wanted);
  }
  // Temporary files of an interrupted run: their shards are redone.
  for (const sub of ['shards', 'pose'])
    for (const f of fs.readdirSync(path.join(outDir, sub)))
      if (f.endsWith('.tmp')) fs.rmSync(path.join(outDir, sub, f), { force: true });
}

function shardComplete(outDir: string, shard: number): boolean {
  const p = shardPaths(outDir, shard);
  return fs.existsSync(p.records) && fs.existsSync(p.data);
}

function runOnWorkers(
  jobs: ShardJob[],
  count: number,
  args: ShardContextArgs,
  onUtterance: () => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const queue = [...jobs];
    const workers: Worker[] = [];
    let finished = 0;
    let failed = false;
    const fail = (message: string): void => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(new Error(message));
    };
    for (let k = 0; k < count; k++) {
      const w = new Worker(workerScript('synth'), { workerData: args });
      workers.push(w);
      const next = (): void => {
        const job = queue.shift();
        w.postMessage(job ?? null);
      };
      w.on('message', (m: SynthWorkerReply) => {
        if (m.type === 'ready') next();
        else if (m.type === 'utterance') onUtterance();
        else if (m.type === 'done') {
          finished++;
          if (finished === jobs.length) {
            for (const x of workers) x.postMessage(null);
            resolve();
          } else next();
        } else fail(shardFailure(m.shard, m.message));
      });
      w.on('error', (e) => fail(`synth worker ${k} crashed: ${e.message}`));
      w.on('exit', (code) => {
        if (code !== 0 && !failed && finished < jobs.length)
          fail(`synth worker ${k} exited with code ${code}`);
      });
    }
  });
}

function shardFailure(shard: number, message: string): string {
  const where = shard < 0 ? 'starting a worker' : `writing ${shardName(shard)}`;
  if (/ENOSPC/.test(message))
    return `${where}: the disk is full (${message}); free some space and run the same command again: complete shards are kept and the rest resumes`;
  return `${where}: ${message}`;
}

/** corpus.jsonl from the shards' records in order, the shard index and stats.json. */
function finishCorpus(
  outDir: string,
  plan: readonly PlannedUtterance[],
  shardCount: number,
  lexiconGlosses: readonly string[],
): CorpusStats {
  const records: CorpusRecord[] = [];
  const lines: string[] = [];
  const shards: {
    file: string;
    firstId: string;
    utterances: number;
    frames: number;
    bytes: number;
    sha256: string;
  }[] = [];
  for (let s = 0; s < shardCount; s++) {
    const p = shardPaths(outDir, s);
    const text = fs.readFileSync(p.records, 'utf8');
    const rs = text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as CorpusRecord);
    const data = fs.readFileSync(p.data);
    const frames = rs.reduce((n, r) => n + r.frames, 0);
    if (data.byteLength !== frames * CORPUS_FRAME_VALUES * 2)
      throw new Error(
        `${p.data} has ${data.byteLength} bytes; its records say ${frames} frames (${frames * CORPUS_FRAME_VALUES * 2} bytes): delete the shard's two files and run the same command again`,
      );
    records.push(...rs);
    lines.push(text);
    shards.push({
      file: path.basename(p.data),
      firstId: rs[0]?.id ?? '',
      utterances: rs.length,
      frames,
      bytes: data.byteLength,
      sha256: crypto.createHash('sha256').update(data).digest('hex'),
    });
  }
  if (records.length !== plan.length)
    throw new Error(`the shards hold ${records.length} utterances; the plan has ${plan.length}`);
  writeFileAtomic(path.join(outDir, CORPUS_FILES.records), lines.join(''));
  writeFileAtomic(
    path.join(outDir, CORPUS_FILES.index),
    `${JSON.stringify({ format: CORPUS_FORMAT, dtype: 'float16', valuesPerFrame: CORPUS_FRAME_VALUES, points: CORPUS_POINT_COUNT, shards }, null, 2)}\n`,
  );
  const stats = corpusStats(records, lexiconGlosses);
  writeFileAtomic(path.join(outDir, 'stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
  return stats;
}

function describeFsError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
