import type { Rng } from '../rng';
import type { RunParams } from './params';

/**
 * A two-state chain over frames: each frame outside a run starts one with probability
 * startPerFrame; a run lasts a geometric number of frames with mean meanRunFrames. Returns one
 * flag per frame (true = inside a run). Draws a fixed number of values per frame so the stream
 * stays aligned whatever the outcome.
 */
export function drawRuns(frames: number, p: RunParams, rng: Rng): boolean[] {
  const out = new Array<boolean>(frames).fill(false);
  const end = p.meanRunFrames > 1 ? 1 / p.meanRunFrames : 1;
  let inRun = false;
  for (let t = 0; t < frames; t++) {
    const u = rng.next();
    inRun = inRun ? u >= end : u < p.startPerFrame;
    out[t] = inRun;
  }
  return out;
}
