/**
 * The worker side of the pool protocol: dispatches calls to a handler table, returns Results,
 * forwards logs to main, and turns a thrown error into a typed error instead of a dead thread.
 */
import { parentPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { KindedError, err, ok, toIpcError } from '../../shared/ipc/result';
import type { LogLevel } from '../../node/logger';
import type { FromWorker, TaskReturn, TaskTable, ToWorker } from '../protocol';
import { invalidValueMessage } from '../../shared/errors/invalid';

export type TaskHandlers<T extends TaskTable> = {
  [K in keyof T]: (
    payload: T[K]['req'],
  ) => Promise<TaskReturn<T[K]['res']>> | TaskReturn<T[K]['res']>;
};

export interface ServeOptions {
  /** Called when main hands over a named MessagePort. */
  readonly onPort?: (name: string, port: MessagePort) => void;
}

function post(message: FromWorker, transfer?: readonly ArrayBuffer[]): void {
  parentPort?.postMessage(message, transfer as ArrayBuffer[] | undefined);
}

export function log(level: LogLevel, message: string): void {
  post({ type: 'log', level, message });
}

export function serveTasks<T extends TaskTable>(
  handlers: TaskHandlers<T>,
  options: ServeOptions = {},
): void {
  if (parentPort === null) throw new Error('serveTasks must run inside a worker thread');
  parentPort.on('message', (msg: ToWorker) => {
    if (msg.type === 'port') {
      options.onPort?.(msg.name, msg.port);
      return;
    }
    void dispatch(handlers, msg.id, msg.task, msg.payload);
  });
  post({ type: 'ready' });
}

async function dispatch<T extends TaskTable>(
  handlers: TaskHandlers<T>,
  id: number,
  task: string,
  payload: unknown,
): Promise<void> {
  const handler = Object.hasOwn(handlers, task) ? handlers[task as keyof T] : undefined;
  if (handler === undefined) {
    post({
      type: 'result',
      id,
      result: err(
        'invalid-request',
        invalidValueMessage('task', task, Object.keys(handlers), 'is unknown'),
      ),
    });
    return;
  }
  try {
    const r = await handler(payload as T[keyof T]['req']);
    post({ type: 'result', id, result: ok(r.value) }, r.transfer);
  } catch (e) {
    post({ type: 'result', id, result: { ok: false, error: toIpcError(e) } });
  }
}

/** Throws a typed error from a task handler. */
export function fail(kind: KindedError['kind'], message: string): never {
  throw new KindedError(kind, message);
}
