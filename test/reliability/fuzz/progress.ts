/** What a fuzz thread and its watcher share: the case in progress and the counts. */
import type { TargetName } from './targets';

export interface FuzzWorkerData {
  readonly target: TargetName | 'canary';
  readonly root: string;
  readonly seed: number;
  /** First case number to run. */
  readonly from: number;
  /** Stop starting cases at this time (ms since the epoch). */
  readonly deadline: number;
  readonly maxCrashes: number;
  /** Int32 [case in progress, tried, accepted, rejected, crashes, started]. */
  readonly progress: SharedArrayBuffer;
}

export const PROGRESS = {
  current: 0,
  tried: 1,
  accepted: 2,
  rejected: 3,
  crashes: 4,
  /** 1 once the target is made and the first case starts. */
  started: 5,
} as const;
export const PROGRESS_SLOTS = 6;

export interface CrashMessage {
  readonly type: 'crash';
  readonly n: number;
  readonly input: Uint8Array;
  readonly error: string;
}
