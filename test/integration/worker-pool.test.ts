import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerScript } from '../../src/node/paths';
import { silentLogger } from '../../src/node/logger';
import { WorkerPool } from '../../src/main/pool/worker-pool';
import { FRAME_LENGTH } from '../../src/shared/landmarks/layout';
import { affineModel } from '../../src/shared/onnx/builder';
import { DEBUG_TASKS_ENV } from '../../src/workers/protocol';
import type { SltTasks } from '../../src/workers/slt/tasks';

describe('worker pool (real worker threads, real onnxruntime-node)', () => {
  let pool: WorkerPool<SltTasks>;
  beforeAll(async () => {
    pool = new WorkerPool<SltTasks>({
      name: 'slt',
      script: workerScript('slt'),
      logger: silentLogger,
      env: { [DEBUG_TASKS_ENV]: '1' },
    });
    await pool.ready();
  });
  afterAll(() => pool.close());

  it('transfers a frame to the worker and back without copying it', async () => {
    const frame = new Float32Array(FRAME_LENGTH).map((_, i) => i);
    const r = await pool.call('echo', { frame }, { transfer: [frame.buffer] });
    expect(frame.byteLength).toBe(0); // detached: it was moved, not copied
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.frame[FRAME_LENGTH - 1]).toBe(FRAME_LENGTH - 1);
  });

  it('runs a tiny ONNX model built by the test, on CPU with the fallback reason kept', async () => {
    const [open] = await pool.setInit('tiny', 'ort.open', {
      key: 'tiny',
      model: affineModel(4, 2, 1),
      device: 'auto',
    });
    expect(open?.ok).toBe(true);
    if (open?.ok) {
      expect(open.value.providers).toContain('cpu');
      expect(open.value.inputs[0]).toMatchObject({ name: 'x', type: 'float32' });
      if (process.platform === 'linux' && !open.value.providers.includes('cuda'))
        expect(open.value.fallbackReason).toMatch(/cuda/);
    }
    const r = await pool.call('ort.run', {
      key: 'tiny',
      feeds: { x: { type: 'float32', data: Float32Array.of(1, 2, 3, 4), dims: [1, 4] } },
    });
    expect(r.ok && Array.from(r.value.y?.data as Float32Array)).toEqual([3, 5, 7, 9]);
  });

  it('answers a model error with a typed error, not a crash', async () => {
    const bad = await pool.call('ort.run', {
      key: 'tiny',
      feeds: { x: { type: 'float32', data: Float32Array.of(1, 2, 3), dims: [1, 3] } },
    });
    expect(bad.ok).toBe(false);
    const missing = await pool.call('ort.run', { key: 'nope', feeds: {} });
    expect(!missing.ok && missing.error.kind).toBe('not-found');
    const garbage = await pool.call('ort.open', {
      key: 'g',
      model: new Uint8Array([1, 2, 3]),
      device: 'cpu',
    });
    expect(!garbage.ok && garbage.error.kind).toBe('bad-input');
  });

  it('fails a call in flight within 1 s when its worker is killed, then serves the next call', async () => {
    const slow = pool.call('debug.sleep', { ms: 10_000 });
    await new Promise((r) => setTimeout(r, 50));
    const killedAt = performance.now();
    await pool.kill(0);
    const r = await slow;
    const ms = performance.now() - killedAt;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('worker-crashed');
    expect(ms).toBeLessThan(1000);
    const next = await pool.call('echo', { frame: new Float32Array(4) });
    expect(next.ok).toBe(true);
    // The model opened before the crash was reopened on the new worker (init replay).
    const again = await pool.call('ort.run', {
      key: 'tiny',
      feeds: { x: { type: 'float32', data: Float32Array.of(0, 0, 0, 0), dims: [1, 4] } },
    });
    expect(again.ok).toBe(true);
  });

  it('turns an uncaught exception in the worker into worker-crashed and restarts', async () => {
    const r = await pool.call('debug.crash', { message: 'boom' });
    expect(!r.ok && r.error.kind).toBe('worker-crashed');
    expect((await pool.call('echo', { frame: new Float32Array(1) })).ok).toBe(true);
  });

  it('times out a call that takes too long', async () => {
    const r = await pool.call('debug.sleep', { ms: 2000 }, { timeoutMs: 100 });
    expect(!r.ok && r.error.kind).toBe('timeout');
  });

  it('rejects an unknown task with the valid ones listed', async () => {
    const r = await pool.call('nope' as 'echo', { frame: new Float32Array(1) });
    expect(!r.ok && r.error.message).toMatch(/task "nope" is unknown; expected one of .*echo/);
  });
});

describe('worker pool shutdown', () => {
  it('drains calls in flight, then refuses new ones', async () => {
    const pool = new WorkerPool<SltTasks>({
      name: 'slt',
      script: workerScript('slt'),
      logger: silentLogger,
      env: { [DEBUG_TASKS_ENV]: '1' },
    });
    await pool.ready();
    const inFlight = pool.call('debug.sleep', { ms: 200 });
    const closing = pool.close();
    const late = await pool.call('echo', { frame: new Float32Array(1) });
    expect(!late.ok && late.error.kind).toBe('shutting-down');
    expect(await inFlight).toMatchObject({ ok: true });
    await closing;
  });

  it('debug tasks are refused unless enabled', async () => {
    const pool = new WorkerPool<SltTasks>({
      name: 'slt',
      script: workerScript('slt'),
      logger: silentLogger,
      env: { [DEBUG_TASKS_ENV]: '0' },
    });
    const r = await pool.call('debug.crash', { message: 'x' });
    expect(!r.ok && r.error.kind).toBe('forbidden');
    await pool.close();
  });
});
