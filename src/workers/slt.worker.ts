/**
 * The sign → text worker: the landmark ring buffer, the SLT model and its live stream. Frames
 * arrive on the `frames` port; partial, final and error captions leave on the events port.
 */
import { KindedError } from '../shared/ipc/result';
import { SLT_EVENTS_PORT } from '../shared/slt/decode/events';
import { debugTasks } from './runtime/debug-tasks';
import { ortTasks } from './runtime/ort-tasks';
import { serveTasks } from './runtime/serve';
import type { TaskHandlers } from './runtime/serve';
import { FrameRing } from './slt/frame-ring';
import { attachFrameStream } from './slt/frame-stream';
import { SltSession } from './slt/session';
import type { SltTasks } from './slt/tasks';

const ring = new FrameRing();
const slt = new SltSession();

const handlers: TaskHandlers<SltTasks> = {
  ...ortTasks,
  ...debugTasks,
  'frames.stats': () => ({ value: ring.stats() }),
  'frames.reset': () => {
    ring.clear();
    return { value: { cleared: true } };
  },
  'slt.open': async (req) => {
    try {
      return { value: await slt.open(req) };
    } catch (e) {
      if (e instanceof KindedError) throw e;
      // onnxruntime refusing a graph (e.g. a damaged file that still matched its manifest).
      throw new KindedError(
        'bad-pack',
        `cannot open sign → text pack ${req.packDir}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  },
  'slt.close': async () => ({ value: { closed: await slt.close() } }),
  'slt.flush': async () => ({ value: { flushed: await slt.flush() } }),
  'slt.camera': (req) => {
    slt.setAspect(req.aspect);
    return { value: {} };
  },
  'slt.status': () => ({ value: slt.status() }),
};

serveTasks(handlers, {
  onPort(name, port) {
    if (name === 'frames')
      attachFrameStream(port, ring, () => {
        const frame = ring.view(0);
        if (frame !== undefined) slt.frame(frame, ring.timestamp(0));
      });
    if (name === SLT_EVENTS_PORT) slt.setEventsPort(port);
  },
});
