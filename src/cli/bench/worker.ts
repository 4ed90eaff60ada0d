/**
 * `bench -- worker`: a landmark frame (Float32Array(553 × 4)) transferred to an SLT worker and
 * back, and a tiny ONNX model call through the same pool, as the app makes them.
 */
import { FRAME_LENGTH } from '../../shared/landmarks/layout';
import { affineModel } from '../../shared/onnx/builder';
import { unwrap } from '../../shared/ipc/result';
import { workerScript } from '../../node/paths';
import { silentLogger } from '../../node/logger';
import { WorkerPool } from '../../main/pool/worker-pool';
import type { SltTasks } from '../../workers/slt/tasks';
import type { BenchResult } from './stats';
import { summarize, timeAsync } from './stats';

export async function benchWorker(iterations: number): Promise<BenchResult> {
  const pool = new WorkerPool<SltTasks>({
    name: 'slt',
    script: workerScript('slt'),
    logger: silentLogger,
  });
  try {
    await pool.ready();
    let frame: Float32Array = new Float32Array(FRAME_LENGTH).fill(0.5);
    const transfer = await timeAsync(iterations, 200, async () => {
      const r = unwrap(
        await pool.call('echo', { frame }, { transfer: [frame.buffer as ArrayBuffer] }),
      );
      frame = r.frame; // the buffer came back: reuse it, as the live loop does
    });
    const [open] = await pool.setInit('bench', 'ort.open', {
      key: 'bench',
      model: affineModel(FRAME_LENGTH, 2, 1),
      device: 'cpu',
    });
    const opened = unwrap(open ?? { ok: false, error: { kind: 'internal', message: 'no worker' } });
    const ortCall = await timeAsync(iterations, 50, async () => {
      const x = new Float32Array(FRAME_LENGTH).fill(1);
      const out = unwrap(
        await pool.call(
          'ort.run',
          { key: 'bench', feeds: { x: { type: 'float32', data: x, dims: [1, FRAME_LENGTH] } } },
          { transfer: [x.buffer] },
        ),
      );
      if (out.y?.data[0] !== 3)
        throw new Error(`tiny model returned ${String(out.y?.data[0])}, expected 3`);
    });
    return {
      name: 'worker',
      metrics: {
        ...summarize('frame_roundtrip', transfer),
        ...summarize('ort_tiny_call', ortCall),
        ort_warmup_ms: Number(opened.warmupMs.toFixed(3)),
        ort_providers: opened.providers.join('+'),
        frame_bytes: FRAME_LENGTH * 4,
      },
    };
  } finally {
    await pool.close();
  }
}
