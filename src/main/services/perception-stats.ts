/**
 * The `perception.stats` response from the SLT worker's ring statistics. Before the first frame
 * (while the landmarker warms up) the worker has no timestamp or latency yet and reports NaN;
 * JSON has no NaN, so every such figure travels as null. A NaN passed through would fail the
 * contract's response check and log an error on every poll.
 */
import type { PerceptionStats } from '../../shared/ipc/channels/perception';
import type { SltTasks } from '../../workers/slt/tasks';

type RingStats = SltTasks['frames.stats']['res'];
type RouterStats = PerceptionStats['router'];

/** The value, or null when it is NaN or infinite. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

export function perceptionStats(worker: RingStats, router: RouterStats): PerceptionStats {
  return {
    worker: {
      ...worker,
      lastTimestamp: finiteOrNull(worker.lastTimestamp),
      latencyP50Ms: finiteOrNull(worker.latencyP50Ms),
      latencyP95Ms: finiteOrNull(worker.latencyP95Ms),
    },
    router,
  };
}
