import fs from 'node:fs';
import path from 'node:path';
import { Pose as NpmPose } from 'pose-format';
import type { Pose, PoseComponent } from '../../../src/shared/pose-format';
import { sharedPath } from '../../helpers/shared';

/** The ../shared folders whose every `.pose` file must read. */
export const SHARED_POSE_DIRS = ['fixtures/pose', 'data/fingerspelling'] as const;

export function listPoseFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.pose'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export function sharedPoseFiles(): string[] {
  return SHARED_POSE_DIRS.flatMap((d) => listPoseFiles(sharedPath(d)));
}

export function readBytes(file: string): Uint8Array {
  const b = fs.readFileSync(file);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** The reference reader: the `pose-format` npm package (bundled by vitest). */
export function npmRead(bytes: Uint8Array): NpmPose {
  return NpmPose.from(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export { mulberry32 } from '../../helpers/prng';

/** Float32 equality that also holds for NaN. */
export function sameFloat(a: number | undefined, b: number | undefined): boolean {
  return (
    Object.is(Math.fround(a ?? Number.NaN), Math.fround(b ?? Number.NaN)) ||
    (Number.isNaN(a) && Number.isNaN(b))
  );
}

export const TINY_COMPONENT: PoseComponent = {
  name: 'HAND',
  format: 'XYC',
  points: ['A', 'B'],
  limbs: [[0, 1]],
  colors: [[255, 0, 0]],
};

/** A tiny valid pose: 1 component of 2 points, 3 frames, 1 person. */
export function tinyPose(version = Math.fround(0.2)): Pose {
  return {
    header: { version, width: 100, height: 50, depth: 0, components: [TINY_COMPONENT] },
    body: {
      fps: 25,
      frames: 3,
      people: 1,
      data: Float32Array.from({ length: 3 * 2 * 2 }, (_, i) => i + 0.5),
      confidence: Float32Array.from({ length: 3 * 2 }, (_, i) => (i % 2 === 0 ? 1 : 0.5)),
    },
  };
}
