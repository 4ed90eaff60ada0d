import { decodePose, poseToFrames } from '../../pose-format';
import type { Clip } from '../clip';
import type { Skeleton } from '../skeleton';
import { retargetFrames } from './retarget';

export interface RecordedSignOptions {
  readonly gloss: string;
  /** The file's name, for error messages and the timeline's source ("recording x.pose"). */
  readonly name: string;
  /** The sign's span inside the recording, seconds (index.csv's start/end are milliseconds). */
  readonly start?: number;
  readonly end?: number;
  /** See RetargetOptions.cameraDistance. */
  readonly cameraDistance?: number;
}

/**
 * A recorded sign (a Holistic `.pose` file's bytes) as a motion clip on the avatar `sk`, trimmed to
 * [start, end]. Every failure (a corrupt or truncated file, no Holistic landmarks, no body in it, an
 * empty span) is an Error naming the file and the gloss.
 */
export function retargetPoseFile(bytes: Uint8Array, sk: Skeleton, opts: RecordedSignOptions): Clip {
  const where = `recording ${opts.name} of "${opts.gloss}"`;
  try {
    const pose = decodePose(bytes);
    const all = poseToFrames(pose);
    const fps = pose.body.fps;
    if (!(fps > 0)) throw new RangeError(`its fps is ${fps}; expected a positive number`);
    const first = Math.max(0, Math.floor((opts.start ?? 0) * fps));
    const last = Math.min(all.length, Math.ceil((opts.end ?? Infinity) * fps) + 1);
    const frames = all.slice(first, last);
    if (frames.length === 0) {
      throw new RangeError(
        `the span ${opts.start ?? 0}–${opts.end ?? 'end'} s holds none of its ${all.length} frames (${(all.length / fps).toFixed(2)} s at ${fps} fps)`,
      );
    }
    return retargetFrames(frames, sk, {
      aspect: pose.header.width / pose.header.height,
      fps,
      gloss: opts.gloss,
      source: `recording ${opts.name}`,
      cameraDistance: opts.cameraDistance,
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`${where} cannot be used: ${why}`, { cause: e });
  }
}
