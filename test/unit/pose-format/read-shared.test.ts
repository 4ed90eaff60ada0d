import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodePose,
  encodePose,
  poseDims,
  poseVersion,
  totalPoints,
  type Pose,
} from '../../../src/shared/pose-format';
import { SHARED_DIR, describeShared } from '../../helpers/shared';
import { SHARED_POSE_DIRS, npmRead, readBytes, sameFloat, sharedPoseFiles } from './helpers';

/** Every value of our decode equals what the pose-format npm reader returns for the same bytes. */
function expectSameAsNpm(ours: Pose, bytes: Uint8Array): void {
  const ref = npmRead(bytes);
  expect(ours.header.width).toBe(ref.header.width);
  expect(ours.header.height).toBe(ref.header.height);
  expect(ours.header.depth).toBe(ref.header.depth);
  expect(Math.fround(ours.header.version)).toBe(Math.fround(ref.header.version));
  expect(ours.header.components.map((c) => c.name)).toEqual(
    ref.header.components.map((c) => c.name),
  );
  ours.header.components.forEach((c, i) => {
    const r = ref.header.components[i];
    expect(c.format).toBe(r?.format);
    expect(c.points).toEqual(r?.points);
    expect(c.limbs.map(([from, to]) => ({ from, to }))).toEqual(r?.limbs);
    expect(c.colors.map(([R, G, B]) => ({ R, G, B }))).toEqual(r?.colors);
  });
  expect(ours.body.fps).toBe(ref.body.fps);
  expect(ours.body.frames).toBe(ref.body.frames.length);
  const points = totalPoints(ours.header);
  const dims = poseDims(ours.header);
  let mismatches = 0;
  for (let f = 0; f < ours.body.frames; f++) {
    const people = ref.body.frames[f]?.people ?? [];
    people.forEach((person, p) => {
      let point = (f * ours.body.people + p) * points;
      for (const c of ours.header.components) {
        const refPoints = person[c.name] ?? [];
        for (let k = 0; k < c.points.length; k++, point++) {
          const r = refPoints[k];
          if (!sameFloat(ours.body.confidence[point], r?.C)) mismatches++;
          const letters = [...c.format.slice(0, -1)] as ('X' | 'Y' | 'Z')[];
          letters.forEach((letter, d) => {
            if (!sameFloat(ours.body.data[point * dims + d], r?.[letter])) mismatches++;
          });
        }
      }
    });
  }
  expect(mismatches).toBe(0);
}

describeShared('every .pose file under ../shared', [...SHARED_POSE_DIRS], () => {
  const files = sharedPoseFiles();

  it('finds the fixtures and the fingerspelling clips', () => {
    expect(files.length).toBeGreaterThanOrEqual(4 + 56);
  });

  it.each(files.map((f) => [path.relative(SHARED_DIR, f), f]))(
    'reads %s like the pose-format npm reader and writes it back byte for byte',
    (_name, file) => {
      const bytes = readBytes(file);
      const pose = decodePose(bytes);
      expect(pose.body.frames).toBeGreaterThan(0);
      expectSameAsNpm(pose, bytes);
      if (poseVersion(pose.header.version) !== '0.0') {
        expect(Buffer.from(encodePose(pose)).equals(Buffer.from(bytes))).toBe(true);
      }
    },
  );

  it('re-reads a version 0.0 file after writing it as 0.2, value for value', () => {
    const file = files.find((f) => f.endsWith('openpose.pose'));
    expect(file).toBeDefined();
    const pose = decodePose(readBytes(file ?? ''));
    expect(poseVersion(pose.header.version)).toBe('0.0');
    expect(() => encodePose(pose)).toThrow(/pass \{ version: 0\.2 \}/);
    const again = decodePose(encodePose(pose, { version: 0.2 }));
    expect(poseVersion(again.header.version)).toBe('0.2');
    expect(again.header.components).toEqual(pose.header.components);
    expect(again.body.data).toEqual(pose.body.data);
    expect(again.body.confidence).toEqual(pose.body.confidence);
  });
});

describe('version keys', () => {
  it('rounds stored floats like pose-format does', () => {
    expect(poseVersion(Math.fround(0.1))).toBe('0.1');
    expect(poseVersion(Math.fround(0.2))).toBe('0.2');
    expect(poseVersion(0)).toBe('0.0');
    expect(poseVersion(0.3)).toBeUndefined();
    expect(poseVersion(Number.NaN)).toBeUndefined();
  });
});
