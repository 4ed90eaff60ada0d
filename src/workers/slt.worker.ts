/** The sign → text worker: holds the landmark ring buffer and the SLT model sessions. */
import { debugTasks } from './runtime/debug-tasks';
import { ortTasks } from './runtime/ort-tasks';
import { serveTasks } from './runtime/serve';
import type { TaskHandlers } from './runtime/serve';
import { FrameRing } from './slt/frame-ring';
import { attachFrameStream } from './slt/frame-stream';
import type { SltTasks } from './slt/tasks';

const ring = new FrameRing();

const handlers: TaskHandlers<SltTasks> = {
  ...ortTasks,
  ...debugTasks,
  'frames.stats': () => ({ value: ring.stats() }),
  'frames.reset': () => {
    ring.clear();
    return { value: { cleared: true } };
  },
};

serveTasks(handlers, {
  onPort(name, port) {
    if (name === 'frames') attachFrameStream(port, ring);
  },
});
