/**
 * A pool of worker threads of one kind (docs/conventions.md #5). Calls carry sequence ids and a timeout;
 * a crashed worker fails its callers at once with `worker-crashed` and is restarted with its
 * init steps replayed; slow calls are traced; `close()` drains calls in flight.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { Result } from '../../shared/ipc/result';
import { err } from '../../shared/ipc/result';
import type { FromWorker, TaskTable, ToWorker } from '../../workers/protocol';
import type { Logger } from '../../node/logger';

export interface PoolOptions {
  readonly name: string;
  readonly script: string;
  readonly size?: number;
  readonly callTimeoutMs?: number;
  /** Calls slower than this are logged with their task name and duration. */
  readonly slowCallMs?: number;
  readonly env?: Record<string, string>;
  readonly logger: Logger;
  /** Called after a worker (re)starts and its init steps ran; e.g. to hand it new ports. */
  readonly onStart?: (index: number, restarted: boolean) => void;
  /** Restarts allowed per minute before the pool gives up on a worker slot. */
  readonly maxRestartsPerMinute?: number;
}

export interface CallOptions {
  readonly transfer?: readonly ArrayBuffer[];
  readonly timeoutMs?: number;
  /** Pin the call to one worker (e.g. the one holding a stream's state). */
  readonly worker?: number;
}

interface Pending {
  readonly task: string;
  readonly started: number;
  readonly resolve: (r: Result<unknown>) => void;
  readonly timer: NodeJS.Timeout;
  readonly worker: number;
}

interface Slot {
  worker: Worker | undefined;
  ready: Promise<void>;
  restarts: number[];
  inFlight: number;
  dead: boolean;
}

interface InitStep {
  readonly task: string;
  readonly payload: unknown;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_SLOW_MS = 250;
const RESTART_DELAY_MS = 50;

export class WorkerPool<T extends TaskTable> {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly initSteps = new Map<string, InitStep>();
  private nextId = 1;
  private queued = 0;
  private closing = false;
  private readonly size: number;

  constructor(private readonly opts: PoolOptions) {
    this.size = Math.max(1, opts.size ?? 1);
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn(i, false));
  }

  /** Waits until every worker has started and run its init steps. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /**
   * Registers (or replaces, by key) a call that configures worker state, e.g. opening a model,
   * and runs it on every worker now and again after each restart. Returns each worker's result.
   */
  async setInit<K extends keyof T & string>(
    key: string,
    task: K,
    payload: T[K]['req'],
  ): Promise<Result<T[K]['res']>[]> {
    // Registered once the workers are up, so a worker still starting does not run it twice
    // (once from its init replay, once from the call below).
    await this.ready();
    this.initSteps.set(key, { task, payload });
    return Promise.all(this.slots.map((_, i) => this.call(task, payload, { worker: i })));
  }

  call<K extends keyof T & string>(
    task: K,
    payload: T[K]['req'],
    options: CallOptions = {},
  ): Promise<Result<T[K]['res']>> {
    if (this.closing) {
      return Promise.resolve(
        err('shutting-down', `${this.opts.name} pool is shutting down: "${task}" was not started`),
      );
    }
    const index = options.worker ?? this.leastBusy();
    const slot = this.slots[index];
    if (slot === undefined) {
      return Promise.resolve(
        err(
          'invalid-request',
          `worker ${index} does not exist: the ${this.opts.name} pool has ${this.size}`,
        ),
      );
    }
    if (slot.dead) {
      return Promise.resolve(
        err('unavailable', `${this.opts.name} worker ${index} keeps crashing and was stopped`),
      );
    }
    // Accepted now, sent once the worker is ready: close() drains these too.
    this.queued++;
    return slot.ready.then(() => {
      this.queued--;
      return this.send(index, task, payload, options) as Promise<Result<T[K]['res']>>;
    });
  }

  /** Posts a MessagePort to a worker (streams such as landmark frames bypass calls). */
  postPort(index: number, name: string, port: MessagePort): void {
    const msg: ToWorker = { type: 'port', name, port };
    this.slots[index]?.worker?.postMessage(msg, [port]);
  }

  /** A fresh channel whose second port is given to worker `index`; returns the first. */
  openPort(index: number, name: string): MessagePort {
    const { port1, port2 } = new MessageChannel();
    this.postPort(index, name, port2);
    return port1;
  }

  /** Terminates a worker abruptly, as a crash would (used by tests and `bench -- recovery`). */
  async kill(index: number): Promise<void> {
    await this.slots[index]?.worker?.terminate();
  }

  get workerCount(): number {
    return this.size;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** Stops accepting calls, waits up to `drainMs` for calls in flight, then terminates. */
  async close(drainMs = 5_000): Promise<void> {
    this.closing = true;
    const deadline = Date.now() + drainMs;
    while (this.pending.size + this.queued > 0 && Date.now() < deadline) await sleep(10);
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.resolve(err('shutting-down', `${this.opts.name} pool closed before "${p.task}" finished`));
    }
    this.pending.clear();
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }

  private leastBusy(): number {
    let best = 0;
    for (let i = 1; i < this.slots.length; i++) {
      const s = this.slots[i] as Slot;
      const b = this.slots[best] as Slot;
      if (!s.dead && (b.dead || s.inFlight < b.inFlight)) best = i;
    }
    return best;
  }

  private send(
    index: number,
    task: string,
    payload: unknown,
    options: CallOptions,
  ): Promise<Result<unknown>> {
    const slot = this.slots[index] as Slot;
    const worker = slot.worker;
    if (worker === undefined) {
      return Promise.resolve(
        err('worker-crashed', `${this.opts.name} worker ${index} is restarting: retry "${task}"`),
      );
    }
    const id = this.nextId++;
    const timeoutMs = options.timeoutMs ?? this.opts.callTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.settle(id) !== undefined) {
          resolve(
            err(
              'timeout',
              `"${task}" on ${this.opts.name} worker ${index} took longer than ${timeoutMs} ms`,
            ),
          );
        }
      }, timeoutMs);
      this.pending.set(id, { task, started: performance.now(), resolve, timer, worker: index });
      slot.inFlight++;
      const msg: ToWorker = { type: 'call', id, task, payload };
      try {
        worker.postMessage(msg, options.transfer as ArrayBuffer[] | undefined);
      } catch (e) {
        this.settle(id);
        resolve(
          err(
            'invalid-request',
            `cannot send "${task}" to a worker: ${e instanceof Error ? e.message : String(e)}`,
          ),
        );
      }
    });
  }

  /** Removes a pending call; returns it if it was still pending. */
  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    if (p === undefined) return undefined;
    this.pending.delete(id);
    clearTimeout(p.timer);
    const slot = this.slots[p.worker];
    if (slot !== undefined) slot.inFlight--;
    return p;
  }

  private spawn(index: number, restarted: boolean): Slot {
    const slot: Slot = this.slots[index] ?? {
      worker: undefined,
      ready: Promise.resolve(),
      restarts: [],
      inFlight: 0,
      dead: false,
    };
    const worker = new Worker(this.opts.script, {
      env: { ...process.env, ...this.opts.env },
      name: `${this.opts.name}-${index}`,
    });
    slot.worker = worker;
    let markReady: () => void = () => {};
    slot.ready = new Promise((r) => (markReady = r));
    worker.on('message', (msg: FromWorker) => this.onMessage(index, msg, markReady, restarted));
    worker.on('error', (e) =>
      this.opts.logger.log(
        'error',
        `${this.opts.name} worker ${index} threw: ${e.stack ?? e.message}`,
      ),
    );
    worker.on('exit', (code) => this.onExit(index, worker, code));
    return slot;
  }

  private onMessage(
    index: number,
    msg: FromWorker,
    markReady: () => void,
    restarted: boolean,
  ): void {
    switch (msg.type) {
      case 'ready':
        void this.runInit(index).then(() => {
          markReady();
          this.opts.onStart?.(index, restarted);
        });
        return;
      case 'log':
        this.opts.logger.log(msg.level, `${this.opts.name}-${index}: ${msg.message}`);
        return;
      case 'result': {
        const p = this.settle(msg.id);
        if (p === undefined) return; // timed out earlier; the late answer is dropped
        const ms = performance.now() - p.started;
        if (ms > (this.opts.slowCallMs ?? DEFAULT_SLOW_MS)) {
          this.opts.logger.log(
            'warn',
            `slow call: "${p.task}" on ${this.opts.name}-${index} took ${ms.toFixed(1)} ms`,
          );
        }
        p.resolve(msg.result);
      }
    }
  }

  /** Replays init steps on a (re)started worker before it takes calls. */
  private async runInit(index: number): Promise<void> {
    for (const step of this.initSteps.values()) {
      const r = await this.send(index, step.task, step.payload, {});
      if (!r.ok)
        this.opts.logger.log(
          'error',
          `${this.opts.name}-${index}: init "${step.task}" failed: ${r.error.message}`,
        );
    }
  }

  private onExit(index: number, worker: Worker, code: number): void {
    const slot = this.slots[index];
    if (slot === undefined || slot.worker !== worker) return;
    slot.worker = undefined;
    for (const [id, p] of this.pending) {
      if (p.worker !== index) continue;
      this.settle(id);
      p.resolve(
        err(
          'worker-crashed',
          `${this.opts.name} worker ${index} stopped (exit code ${code}) during "${p.task}"`,
        ),
      );
    }
    if (this.closing) return;
    const now = Date.now();
    slot.restarts = slot.restarts.filter((t) => now - t < 60_000);
    slot.restarts.push(now);
    if (slot.restarts.length > (this.opts.maxRestartsPerMinute ?? 10)) {
      slot.dead = true;
      this.opts.logger.log(
        'error',
        `${this.opts.name} worker ${index} crashed ${slot.restarts.length} times in a minute: not restarting`,
      );
      return;
    }
    this.opts.logger.log(
      'warn',
      `${this.opts.name} worker ${index} exited with code ${code}: restarting`,
    );
    // Calls arriving before the restart wait on this promise instead of failing.
    let startNow: () => void = () => {};
    slot.ready = new Promise<void>((r) => (startNow = r)).then(() => this.slots[index]?.ready);
    setTimeout(() => {
      if (this.closing) return;
      this.spawn(index, true);
      startNow();
    }, RESTART_DELAY_MS);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
