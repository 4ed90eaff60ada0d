/**
 * A fuzz target's loop, in a worker thread so that a hang or a dead thread is seen from outside:
 * the case number in progress is kept in shared memory, crashes are posted with their input.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { makeTarget } from './targets';
import { PROGRESS } from './progress';
import type { CrashMessage, FuzzWorkerData } from './progress';

const data = workerData as FuzzWorkerData;
const progress = new Int32Array(data.progress);
const target = makeTarget(data.target, data.root);
Atomics.store(progress, PROGRESS.started, 1);
for (let n = data.from; Date.now() < data.deadline; n++) {
  if (Atomics.load(progress, PROGRESS.crashes) >= data.maxCrashes) break;
  Atomics.store(progress, PROGRESS.current, n);
  const input = target.input(data.seed, n);
  try {
    const outcome = target.run(input);
    Atomics.add(progress, outcome === 'accepted' ? PROGRESS.accepted : PROGRESS.rejected, 1);
  } catch (e) {
    Atomics.add(progress, PROGRESS.crashes, 1);
    const error = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
    const msg: CrashMessage = { type: 'crash', n, input, error: error.slice(0, 2000) };
    parentPort?.postMessage(msg);
  }
  Atomics.add(progress, PROGRESS.tried, 1);
}
target.dispose?.();
