import type { BackendStart } from './backend';
import { startLegacyHolistic } from './legacy/holistic';
import { startMainThreadTasks } from './tasks/main-thread';
import { startWorkerTasks } from './tasks/worker-client';
import type {
  DelegateChoice,
  Landmarker,
  LandmarkerBackend,
  LandmarkerFallback,
  LandmarkerOptions,
  LandmarkerThread,
  ThreadChoice,
} from './types';

interface Candidate {
  readonly backend: LandmarkerBackend;
  readonly thread: LandmarkerThread;
  start(assetsBaseUrl: string, delegate: DelegateChoice): Promise<BackendStart>;
}

const TASKS_WORKER: Candidate = {
  backend: 'tasks-vision',
  thread: 'worker',
  start: startWorkerTasks,
};
const TASKS_MAIN: Candidate = {
  backend: 'tasks-vision',
  thread: 'main',
  start: startMainThreadTasks,
};
const LEGACY: Candidate = {
  backend: 'legacy-holistic',
  thread: 'main',
  start: (base) => startLegacyHolistic(base),
};

/** The order to try backends in: the preferred one first, off the UI thread first. */
export function candidateOrder(options: LandmarkerOptions): Candidate[] {
  const thread: ThreadChoice = options.thread ?? 'auto';
  const tasks = [TASKS_WORKER, TASKS_MAIN].filter((c) => thread === 'auto' || c.thread === thread);
  const legacy = thread === 'worker' ? [] : [LEGACY];
  const order = options.prefer === 'tasks' ? [...tasks, ...legacy] : [...legacy, ...tasks];
  return options.fallback === false ? order.slice(0, 1) : order;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Starts the preferred MediaPipe Holistic backend, falling back to the others in order; the
 * result says which one runs and why earlier ones were passed over.
 */
export async function createLandmarker(options: LandmarkerOptions): Promise<Landmarker> {
  const log = options.log ?? (() => undefined);
  const fallbacks: LandmarkerFallback[] = [];
  const candidates = candidateOrder(options);
  if (candidates.length === 0) {
    throw new Error(
      `no landmarker backend runs on thread "${options.thread}" with prefer "${options.prefer}"`,
    );
  }
  for (const candidate of candidates) {
    const started = performance.now();
    try {
      const { instance, renderer, gpuFailure } = await candidate.start(
        options.assetsBaseUrl,
        options.delegate ?? 'auto',
      );
      const initMs = performance.now() - started;
      const label = `${instance.backend} (${instance.delegate}, ${instance.thread})`;
      if (gpuFailure !== null) log(`landmarker: GPU delegate failed, using CPU: ${gpuFailure}`);
      log(`landmarker: ${label} ready in ${initMs.toFixed(0)} ms on WebGL "${renderer}"`);
      return {
        backend: instance.backend,
        delegate: instance.delegate,
        thread: instance.thread,
        initMs,
        fallbacks,
        label,
        detect: (source, timestampMs) => instance.detect(source, timestampMs),
        reset: () => instance.reset(),
        close: () => instance.close(),
      };
    } catch (e) {
      const reason = describe(e);
      fallbacks.push({ backend: candidate.backend, thread: candidate.thread, reason });
      log(`landmarker: ${candidate.backend} (${candidate.thread}) failed: ${reason}`);
    }
  }
  const tried = fallbacks.map((f) => `${f.backend} (${f.thread}): ${f.reason}`).join('; ');
  throw new Error(`no landmarker backend could start: ${tried}`);
}
