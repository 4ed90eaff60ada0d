import type { BackendStart } from '../backend';
import type { DelegateChoice } from '../types';
import { createTasksEngine } from './engine';

/** tasks-vision on the UI thread: the fallback where a module Worker cannot run it. */
export async function startMainThreadTasks(
  assetsBaseUrl: string,
  delegate: DelegateChoice,
): Promise<BackendStart> {
  const engine = await createTasksEngine({ assetsBaseUrl, delegate, wasm: 'classic' });
  return {
    renderer: engine.renderer,
    gpuFailure: engine.gpuFailure,
    instance: {
      backend: 'tasks-vision',
      thread: 'main',
      delegate: engine.delegate,
      detect(source, timestampMs) {
        const started = performance.now();
        const { frame, timestampMs: used, inferenceMs } = engine.detect(source, timestampMs);
        return Promise.resolve({
          frame,
          timestampMs: used,
          timings: { totalMs: performance.now() - started, inferenceMs },
        });
      },
      reset: () => engine.reset(),
      close() {
        engine.close();
        return Promise.resolve();
      },
    },
  };
}
