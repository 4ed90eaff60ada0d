import fs from 'node:fs/promises';
import path from 'node:path';
import { decodePose, poseToFrames } from '../../../shared/pose-format';
import type { Recording } from '../../../shared/synth/measure';

export interface PoseRecording extends Recording {
  /** Path relative to the folder that was read. */
  file: string;
}

export interface ReadPosesResult {
  recordings: PoseRecording[];
  /** Files that are not MediaPipe Holistic poses (e.g. OpenPose), with the reason. */
  skipped: { file: string; reason: string }[];
}

/** Every `.pose` file under `dir`, recursively, in sorted path order. */
export async function listPoseFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.pose'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** One file as a recording; aspect from the header's pixel size. */
export async function readPoseRecording(
  file: string,
  root = path.dirname(file),
): Promise<PoseRecording> {
  const pose = decodePose(new Uint8Array(await fs.readFile(file)));
  return {
    file: path.relative(root, file),
    frames: poseToFrames(pose),
    fps: pose.body.fps,
    aspect: pose.header.width / pose.header.height,
  };
}

/**
 * Reads the Holistic recordings under a folder (at most `limit`, in path order). Files another
 * pose model wrote are skipped and listed; a file that is not a valid .pose at all fails.
 */
export async function readPoseFolder(
  dir: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<ReadPosesResult> {
  const files = await listPoseFiles(dir);
  if (files.length === 0)
    throw new Error(`no .pose files under ${dir}; expected a folder of Holistic .pose recordings`);
  const out: ReadPosesResult = { recordings: [], skipped: [] };
  for (const file of files) {
    if (out.recordings.length >= limit) break;
    try {
      out.recordings.push(await readPoseRecording(file, dir));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      out.skipped.push({ file: path.relative(dir, file), reason: e.message });
    }
  }
  return out;
}
