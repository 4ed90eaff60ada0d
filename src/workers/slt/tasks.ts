import type { DevicePreference } from '../../shared/settings/schema';
import type { DebugTasks } from '../runtime/debug-tasks';
import type { OrtTasks } from '../runtime/ort-tasks';
import type { RingStats } from './frame-ring';

export interface SltOpenReq {
  /** A verified pack folder with the `slt` capability. */
  readonly packDir: string;
  readonly device: DevicePreference;
  readonly threads?: number;
  /** Camera image width / height (default DEFAULT_CAMERA_ASPECT until the camera says). */
  readonly aspect?: number;
}
export interface SltOpenRes {
  readonly packId: string;
  readonly providers: readonly string[];
  readonly fallbackReason: string;
  /** Model time per encoder chunk, ms (how often partials can change). */
  readonly chunkMs: number;
}
export interface SltStatus {
  readonly open: boolean;
  readonly packId: string | null;
  readonly inUtterance: boolean;
}

/** Everything the SLT worker answers; captions are pushed on the events port, not answered. */
export type SltTasks = OrtTasks &
  DebugTasks & {
    'frames.stats': { req: Record<string, never>; res: RingStats };
    'frames.reset': { req: Record<string, never>; res: { cleared: boolean } };
    'slt.open': { req: SltOpenReq; res: SltOpenRes };
    'slt.close': { req: Record<string, never>; res: { closed: boolean } };
    /** Ends the open utterance now (its final is pushed as usual). */
    'slt.flush': { req: Record<string, never>; res: { flushed: boolean } };
    'slt.camera': { req: { aspect: number }; res: Record<string, never> };
    'slt.status': { req: Record<string, never>; res: SltStatus };
  };
