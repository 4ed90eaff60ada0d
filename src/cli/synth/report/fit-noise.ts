import { fitNoise, type NoiseParams } from '../../../shared/synth/noise';
import { readPoseFolder } from './read-poses';

/**
 * Fits the detection-noise model to every MediaPipe Holistic `.pose` under a folder (recursively;
 * other pose formats are skipped). The result is what `src/shared/synth/noise/fitted.ts` holds.
 */
export async function fitNoiseFromFolder(
  dir: string,
): Promise<{ params: NoiseParams; files: number; frames: number }> {
  const { recordings } = await readPoseFolder(dir);
  return {
    params: fitNoise(recordings),
    files: recordings.length,
    frames: recordings.reduce((s, r) => s + r.frames.length, 0),
  };
}
