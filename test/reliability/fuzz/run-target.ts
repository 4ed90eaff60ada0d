/**
 * Runs one fuzz target for a time budget in a worker thread, watched from here: an input that
 * throws what it must not, kills the thread (e.g. out of memory) or keeps it busy past HANG_MS
 * is a crash, kept with its input; the loop then goes on from the next case.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { ROOT } from '../../helpers/shared';
import { HANG_MS, MAX_CRASHES_KEPT } from '../budget';
import { PARTS_DIR } from '../report';
import { makeTarget } from './targets';
import type { TargetName } from './targets';
import { PROGRESS, PROGRESS_SLOTS } from './progress';
import type { CrashMessage, FuzzWorkerData } from './progress';

/** Heap of a fuzz thread, MB: an input that makes a reader allocate past it is a crash. */
const WORKER_HEAP_MB = 512;
const POLL_MS = 100;

export interface Crash {
  readonly n: number;
  readonly kind: 'exception' | 'hang' | 'thread death';
  readonly error: string;
  readonly input: Uint8Array;
}

export interface FuzzFigures {
  readonly tried: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly crashes: Crash[];
}

let bundled: string | undefined;

/** The worker as one ESM file: worker threads cannot load TypeScript. */
async function workerFile(): Promise<string> {
  if (bundled !== undefined) return bundled;
  const out = path.join(PARTS_DIR, '..', 'reliability-build', 'fuzz-worker.mjs');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test', 'reliability', 'fuzz', 'worker.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
    logLevel: 'warning',
  });
  bundled = out;
  return out;
}

export async function runTarget(
  name: TargetName | 'canary',
  seed: number,
  budgetMs: number,
): Promise<FuzzFigures> {
  const file = await workerFile();
  const deadline = Date.now() + budgetMs;
  const crashes: Crash[] = [];
  const totals = { tried: 0, accepted: 0, rejected: 0 };
  let from = 0;
  while (Date.now() < deadline && crashes.length < MAX_CRASHES_KEPT) {
    const progress = new Int32Array(new SharedArrayBuffer(PROGRESS_SLOTS * 4));
    progress[PROGRESS.current] = from;
    progress[PROGRESS.crashes] = crashes.length;
    const workerData: FuzzWorkerData = {
      target: name,
      root: ROOT,
      seed,
      from,
      deadline,
      maxCrashes: MAX_CRASHES_KEPT,
      progress: progress.buffer as SharedArrayBuffer,
    };
    const worker = new Worker(file, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    worker.on('message', (m: CrashMessage) =>
      crashes.push({ n: m.n, kind: 'exception', error: m.error, input: m.input }),
    );
    const ended = await watch(worker, progress);
    totals.tried += Atomics.load(progress, PROGRESS.tried);
    totals.accepted += Atomics.load(progress, PROGRESS.accepted);
    totals.rejected += Atomics.load(progress, PROGRESS.rejected);
    if (ended.kind === 'done') break;
    // The case in progress hung or killed the thread: make it again here to keep it.
    const n = Atomics.load(progress, PROGRESS.current);
    const target = makeTarget(name, ROOT);
    crashes.push({ n, kind: ended.kind, error: ended.error, input: target.input(seed, n) });
    target.dispose?.();
    totals.tried++;
    from = n + 1;
  }
  return { ...totals, crashes };
}

type Ended = { kind: 'done' } | { kind: 'hang' | 'thread death'; error: string };

function watch(worker: Worker, progress: Int32Array): Promise<Ended> {
  return new Promise((resolve) => {
    let last = -1;
    let since = Date.now();
    let error: string | undefined;
    let hung = false;
    const timer = setInterval(() => {
      // The clock starts with the first case: loading the thread is not a hang.
      if (Atomics.load(progress, PROGRESS.started) === 0) return;
      const tried = Atomics.load(progress, PROGRESS.tried);
      if (tried !== last) {
        last = tried;
        since = Date.now();
      } else if (Date.now() - since > HANG_MS) {
        clearInterval(timer);
        hung = true;
        void worker.terminate();
      }
    }, POLL_MS);
    worker.on('error', (e) => (error = `${e.name}: ${e.message}`));
    worker.on('exit', (code) => {
      clearInterval(timer);
      if (hung)
        resolve({ kind: 'hang', error: `one input kept the reader busy over ${HANG_MS} ms` });
      else if (error === undefined && code === 0) resolve({ kind: 'done' });
      else resolve({ kind: 'thread death', error: error ?? `thread exited with code ${code}` });
    });
  });
}

/** Where crash inputs are kept and replayed from on every run. */
export const REGRESSIONS_DIR = path.join(ROOT, 'test', 'reliability', 'regressions');

/** Keeps a crash input as `<target>-<case>-<kind>.bin` unless the same bytes are kept already. */
export function keepRegression(target: string, crash: Crash): string {
  fs.mkdirSync(REGRESSIONS_DIR, { recursive: true });
  const file = path.join(
    REGRESSIONS_DIR,
    `${target}-${crash.n}-${crash.kind.replace(' ', '-')}.bin`,
  );
  fs.writeFileSync(file, crash.input);
  return file;
}
