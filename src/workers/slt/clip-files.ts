/** Clips for `cli slt`: a Holistic .pose file, or a video through the app's landmarker first. */
import fs from 'node:fs';
import path from 'node:path';
import { decodePose, poseToFrames } from '../../shared/pose-format';
import type { ClipFrames } from './run-file';

export function poseClip(file: string): ClipFrames {
  const pose = decodePose(new Uint8Array(fs.readFileSync(file)));
  const frames = poseToFrames(pose);
  const fps = pose.body.fps;
  if (!(fps > 0)) throw new Error(`${file}: frame rate ${fps}; a clip needs one above 0`);
  return {
    count: frames.length,
    fps,
    aspect: pose.header.width / pose.header.height,
    kind: 'holistic',
    frame: (i) => frames[i] as Float32Array,
  };
}

export const isPoseFile = (file: string): boolean => path.extname(file).toLowerCase() === '.pose';
