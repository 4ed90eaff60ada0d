import type { BackendInstance, BackendStart } from '../backend';
import type { Delegate, DelegateChoice, DetectResult, LandmarkerSource } from '../types';
import type { FromTasksWorker, ToTasksWorker } from './protocol';

/** Loading the WASM and the 18 MB bundle takes seconds on a slow CPU; this bounds a hang. */
const INIT_TIMEOUT_MS = 120_000;
const CLOSE_TIMEOUT_MS = 5_000;

type Pending =
  | {
      readonly kind: 'detect';
      readonly started: number;
      resolve(result: DetectResult): void;
      reject(error: Error): void;
    }
  | { readonly kind: 'reset'; resolve(): void; reject(error: Error): void };

/**
 * tasks-vision in a module Worker. Each frame is copied into a new ImageBitmap (so the caller's
 * own bitmap is never detached), transferred, and closed by the worker.
 */
class TasksWorkerClient implements BackendInstance {
  readonly backend = 'tasks-vision';
  readonly thread = 'worker';
  delegate: Delegate = 'CPU';
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;
  private onReady: ((m: Extract<FromTasksWorker, { type: 'ready' }>) => void) | null = null;
  private onClosed: (() => void) | null = null;

  constructor(
    private readonly assetsBaseUrl: string,
    private readonly choice: DelegateChoice,
  ) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./tasks.worker.ts', import.meta.url), {
      type: 'module',
      name: 'tasks-vision',
    });
    worker.onerror = (e) =>
      this.fail(`tasks-vision worker failed: ${e.message || 'its script did not load'}`);
    worker.onmessageerror = () =>
      this.fail('tasks-vision worker sent a message that could not be read');
    worker.onmessage = (event: MessageEvent<FromTasksWorker>) => this.receive(event.data);
    return worker;
  }

  private send(message: ToTasksWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private fail(message: string): void {
    this.failure = new Error(message);
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
    this.onClosed?.();
  }

  private take(id: number): Pending | undefined {
    const p = this.pending.get(id);
    this.pending.delete(id);
    return p;
  }

  private receive(m: FromTasksWorker): void {
    if (m.type === 'ready') {
      this.delegate = m.delegate;
      this.onReady?.(m);
    } else if (m.type === 'result') {
      const p = this.take(m.id);
      if (p?.kind !== 'detect') return;
      const timings = { totalMs: performance.now() - p.started, inferenceMs: m.inferenceMs };
      p.resolve({ frame: new Float32Array(m.frame), timestampMs: m.timestampMs, timings });
    } else if (m.type === 'reset-done') {
      const p = this.take(m.id);
      if (p?.kind === 'reset') p.resolve();
    } else if (m.type === 'error') {
      if (m.id === null) return this.fail(m.message);
      this.take(m.id)?.reject(new Error(m.message));
    } else {
      this.onClosed?.();
    }
  }

  start(): Promise<BackendStart> {
    return new Promise<BackendStart>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(`no answer from the tasks-vision worker in ${INIT_TIMEOUT_MS} ms`),
        INIT_TIMEOUT_MS,
      );
      this.onClosed = () => {
        clearTimeout(timer);
        reject(this.failure ?? new Error('tasks-vision worker closed during start-up'));
      };
      this.onReady = (m) => {
        clearTimeout(timer);
        this.onClosed = null;
        resolve({ instance: this, renderer: m.renderer, gpuFailure: m.gpuFailure });
      };
      this.send({
        type: 'init',
        assetsBaseUrl: this.assetsBaseUrl,
        delegate: this.choice,
        wasm: 'module',
      });
    });
  }

  async detect(source: LandmarkerSource, timestampMs: number): Promise<DetectResult> {
    if (this.failure !== null) throw this.failure;
    const started = performance.now();
    const bitmap = await createImageBitmap(source);
    const id = this.nextId++;
    return new Promise<DetectResult>((resolve, reject) => {
      this.pending.set(id, { kind: 'detect', started, resolve, reject });
      this.send({ type: 'detect', id, bitmap, timestampMs }, [bitmap]);
    });
  }

  reset(): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { kind: 'reset', resolve, reject });
      this.send({ type: 'reset', id });
    });
  }

  close(): Promise<void> {
    if (this.failure !== null) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.onClosed = null;
        this.worker.terminate();
        resolve();
      };
      const timer = setTimeout(done, CLOSE_TIMEOUT_MS);
      this.onClosed = done;
      this.send({ type: 'close' });
    });
  }
}

export function startWorkerTasks(
  assetsBaseUrl: string,
  delegate: DelegateChoice,
): Promise<BackendStart> {
  return new TasksWorkerClient(assetsBaseUrl, delegate).start();
}
