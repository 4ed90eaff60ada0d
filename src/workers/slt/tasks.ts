import type { DebugTasks } from '../runtime/debug-tasks';
import type { OrtTasks } from '../runtime/ort-tasks';
import type { RingStats } from './frame-ring';

/** Everything the SLT worker answers. Sign → text decoding arrives with the SLT model issue. */
export type SltTasks = OrtTasks &
  DebugTasks & {
    'frames.stats': { req: Record<string, never>; res: RingStats };
    'frames.reset': { req: Record<string, never>; res: { cleared: boolean } };
  };
