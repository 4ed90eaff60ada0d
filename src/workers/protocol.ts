/**
 * Messages between main and a worker thread. Each worker kind declares a task table
 * (task name → request and response types); the pool and the worker runtime are generic over it,
 * so a call's payload and result are typed end to end (docs/conventions.md #5).
 */
import type { MessagePort } from 'node:worker_threads';
import type { LogLevel } from '../node/logger';
import type { Result } from '../shared/ipc/result';

export interface TaskSpec {
  readonly req: unknown;
  readonly res: unknown;
}
export type TaskTable = Record<string, TaskSpec>;

export type ToWorker =
  | { readonly type: 'call'; readonly id: number; readonly task: string; readonly payload: unknown }
  /** Hands the worker a MessagePort for a stream (e.g. landmark frames) that bypasses calls. */
  | { readonly type: 'port'; readonly name: string; readonly port: MessagePort };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly result: Result<unknown> }
  | { readonly type: 'log'; readonly level: LogLevel; readonly message: string };

/** What a task handler returns: the value, plus buffers to transfer rather than copy. */
export interface TaskReturn<T> {
  readonly value: T;
  readonly transfer?: readonly ArrayBuffer[];
}

/** Env var that enables the debug tasks (sleep, crash) used by tests and benchmarks. */
export const DEBUG_TASKS_ENV = 'SIGNBRIDGE_DEBUG_TASKS';
