import { describe, expect, it } from 'vitest';
import { emptyFrame } from '../../../src/shared/landmarks/layout';
import { syntheticFace } from '../../../src/shared/landmarks/synthetic-face';
import {
  PoseFormatError,
  decodePose,
  encodePose,
  framesToPose,
  summarizePose,
} from '../../../src/shared/pose-format';
import { describeShared, sharedPath } from '../../helpers/shared';
import { listPoseFiles, mulberry32, readBytes, tinyPose } from './helpers';

/** A damaged file must either read or fail with PoseFormatError, quickly. */
const SLOW_MS = 500;

interface Outcome {
  read: number;
  rejected: number;
  slowestMs: number;
}

function attempt(bytes: Uint8Array, outcome: Outcome): void {
  const start = performance.now();
  try {
    const pose = decodePose(bytes);
    // Whatever reads must also be usable downstream without surprises.
    summarizePose(pose);
    outcome.read++;
  } catch (e) {
    if (!(e instanceof PoseFormatError)) {
      throw new Error(`decodePose threw ${String(e)} instead of a PoseFormatError`, { cause: e });
    }
    expect(e.offset).toBeGreaterThanOrEqual(0);
    expect(e.offset).toBeLessThanOrEqual(bytes.length);
    outcome.rejected++;
  }
  outcome.slowestMs = Math.max(outcome.slowestMs, performance.now() - start);
}

function truncations(bytes: Uint8Array, offsets: Iterable<number>): Outcome {
  const outcome = { read: 0, rejected: 0, slowestMs: 0 };
  for (const n of offsets) attempt(bytes.subarray(0, n), outcome);
  return outcome;
}

function flips(bytes: Uint8Array, seed: number, trials: number): Outcome {
  const random = mulberry32(seed);
  const outcome = { read: 0, rejected: 0, slowestMs: 0 };
  for (let t = 0; t < trials; t++) {
    const copy = Uint8Array.from(bytes);
    const count = 1 + Math.floor(random() * 4);
    for (let k = 0; k < count; k++) {
      // Half the flips land in the header, where they do the most damage.
      const limit = random() < 0.5 ? Math.min(copy.length, 4096) : copy.length;
      const at = Math.floor(random() * limit);
      copy[at] = (copy[at] ?? 0) ^ (1 + Math.floor(random() * 255));
    }
    attempt(copy, outcome);
  }
  return outcome;
}

function sampledOffsets(length: number, seed: number, count: number): number[] {
  const random = mulberry32(seed);
  const offsets = new Set<number>([0, 1, 2, 3, 4, length - 1]);
  for (let i = 0; i < 64 && i < length; i++) offsets.add(i);
  while (offsets.size < count) offsets.add(Math.floor(random() * length));
  return [...offsets].filter((n) => n < length);
}

describe('fuzzing files we write', () => {
  it('rejects every truncation of a tiny file', () => {
    const bytes = encodePose(tinyPose());
    const outcome = truncations(
      bytes,
      Array.from({ length: bytes.length }, (_, n) => n),
    );
    expect(outcome.read).toBe(0);
    expect(outcome.rejected).toBe(bytes.length);
  });

  it('survives byte flips in a tiny file', () => {
    const outcome = flips(encodePose(tinyPose()), 1, 2000);
    expect(outcome.read + outcome.rejected).toBe(2000);
    expect(outcome.rejected).toBeGreaterThan(0);
    expect(outcome.slowestMs).toBeLessThan(SLOW_MS);
  });

  it('rejects truncations of a Holistic file and survives flips', () => {
    const frames = [syntheticFace({}), syntheticFace({ yaw: 0.2 }), emptyFrame()];
    const bytes = encodePose(framesToPose(frames, { fps: 30, width: 640, height: 480 }));
    const cut = truncations(bytes, sampledOffsets(bytes.length, 2, 400));
    expect(cut.read).toBe(0);
    const flipped = flips(bytes, 3, 300);
    expect(flipped.read + flipped.rejected).toBe(300);
    expect(Math.max(cut.slowestMs, flipped.slowestMs)).toBeLessThan(SLOW_MS);
  });
});

describeShared('fuzzing real files', ['fixtures/pose', 'data/fingerspelling/gsg'], () => {
  const files = [
    sharedPath('fixtures/pose/mediapipe.pose'),
    sharedPath('fixtures/pose/openpose.pose'),
    listPoseFiles(sharedPath('data/fingerspelling/gsg'))[0] ?? '',
  ];

  it.each(files)('truncations of %s are all rejected, flips never throw anything else', (file) => {
    const bytes = readBytes(file);
    const cut = truncations(bytes, sampledOffsets(bytes.length, 4, 300));
    expect(cut.read).toBe(0);
    const flipped = flips(bytes, 5, 150);
    expect(flipped.read + flipped.rejected).toBe(150);
    expect(Math.max(cut.slowestMs, flipped.slowestMs)).toBeLessThan(SLOW_MS);
  });
});
