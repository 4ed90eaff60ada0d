import { createTasksEngine, type TasksEngine } from './engine';
import type { FromTasksWorker, ToTasksWorker } from './protocol';

/**
 * Runs tasks-vision's HolisticLandmarker off the UI thread. A module Worker: tasks-vision loads
 * its WASM loader with import() here (importScripts does not exist in module workers), which is
 * why the 'module' build of the loader is used.
 */
interface WorkerScope {
  postMessage(message: FromTasksWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToTasksWorker>) => void) | null;
  close(): void;
}
// The renderer's lib is DOM, not WebWorker; this is the slice of the worker scope used here.
const scope = self as unknown as WorkerScope;
let engine: TasksEngine | null = null;

function post(message: FromTasksWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

scope.onmessage = async (event) => {
  const message = event.data;
  switch (message.type) {
    case 'init':
      try {
        engine = await createTasksEngine(message);
        post({
          type: 'ready',
          delegate: engine.delegate,
          renderer: engine.renderer,
          gpuFailure: engine.gpuFailure,
        });
      } catch (e) {
        post({ type: 'error', id: null, message: errorText(e) });
      }
      return;
    case 'detect':
      try {
        if (engine === null) throw new Error('detect before init: the worker has no landmarker');
        const { frame, timestampMs, inferenceMs } = engine.detect(
          message.bitmap,
          message.timestampMs,
        );
        post(
          {
            type: 'result',
            id: message.id,
            frame: frame.buffer as ArrayBuffer,
            timestampMs,
            inferenceMs,
          },
          [frame.buffer as ArrayBuffer],
        );
      } catch (e) {
        post({ type: 'error', id: message.id, message: errorText(e) });
      } finally {
        message.bitmap.close();
      }
      return;
    case 'reset':
      try {
        if (engine === null) throw new Error('reset before init: the worker has no landmarker');
        await engine.reset();
        post({ type: 'reset-done', id: message.id });
      } catch (e) {
        post({ type: 'error', id: message.id, message: errorText(e) });
      }
      return;
    case 'close':
      engine?.close();
      engine = null;
      post({ type: 'closed' });
      scope.close();
      return;
  }
};
