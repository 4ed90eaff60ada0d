/**
 * A version 0.2 file stores fps as a float32: NaN or infinity there is a corrupt file (found by
 * the reliability suite's fuzzer), not a clip whose duration is NaN, and the writer refuses to
 * write such a body back.
 */
import { describe, expect, it } from 'vitest';
import { PoseFormatError, decodePose, encodePose } from '../../../src/shared/pose-format';
import { tinyPose } from './helpers';

/** Byte offset of the body's fps in tinyPose's encoding (found by its value, 25, before the frame count, 3). */
function fpsOffset(bytes: Uint8Array): number {
  const pose = tinyPose();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 4 <= bytes.length; at++)
    if (view.getFloat32(at, true) === pose.body.fps && view.getUint32(at + 4, true) === 3)
      return at;
  throw new Error('fps not found in the tiny pose');
}

describe('.pose fps', () => {
  it.each([NaN, Infinity, -Infinity])('rejects a version 0.2 fps of %s with the offset', (fps) => {
    const bytes = encodePose(tinyPose());
    const at = fpsOffset(bytes);
    new DataView(bytes.buffer, bytes.byteOffset).setFloat32(at, fps, true);
    expect(() => decodePose(bytes)).toThrow(PoseFormatError);
    expect(() => decodePose(bytes)).toThrow(new RegExp(`at byte ${at}: expected a finite fps`));
  });

  it('still reads a finite fraction', () => {
    const bytes = encodePose(tinyPose());
    new DataView(bytes.buffer, bytes.byteOffset).setFloat32(fpsOffset(bytes), 29.97, true);
    expect(decodePose(bytes).body.fps).toBeCloseTo(29.97, 4);
  });
});
