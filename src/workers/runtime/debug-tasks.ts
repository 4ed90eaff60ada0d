/**
 * Tasks for tests and benchmarks: a transfer round trip, a slow call, a crash. Sleep and crash
 * exist only when SIGNBRIDGE_DEBUG_TASKS=1, so a packaged app cannot be crashed over IPC.
 */
import { DEBUG_TASKS_ENV } from '../protocol';
import type { TaskReturn } from '../protocol';
import { fail } from './serve';

export type DebugTasks = {
  echo: { req: { frame: Float32Array }; res: { frame: Float32Array } };
  'debug.sleep': { req: { ms: number }; res: { slept: number } };
  'debug.crash': { req: { message: string }; res: never };
};

function requireDebug(task: string): void {
  if (process.env[DEBUG_TASKS_ENV] !== '1') {
    fail('forbidden', `"${task}" is a debug task: set ${DEBUG_TASKS_ENV}=1 to enable it`);
  }
}

export const debugTasks = {
  echo(req: { frame: Float32Array }): TaskReturn<{ frame: Float32Array }> {
    return { value: { frame: req.frame }, transfer: [req.frame.buffer as ArrayBuffer] };
  },
  async 'debug.sleep'(req: { ms: number }): Promise<TaskReturn<{ slept: number }>> {
    requireDebug('debug.sleep');
    const start = performance.now();
    await new Promise((r) => setTimeout(r, req.ms));
    return { value: { slept: performance.now() - start } };
  },
  'debug.crash'(req: { message: string }): TaskReturn<never> {
    requireDebug('debug.crash');
    // Thrown outside the task's promise chain, so it is a real uncaught exception in the thread.
    setImmediate(() => {
      throw new Error(req.message);
    });
    return new Promise<never>(() => {}) as never;
  },
};
