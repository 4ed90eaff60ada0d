import { describe, expect, it } from 'vitest';
import {
  PoseFormatError,
  decodePose,
  encodePose,
  type PoseComponent,
} from '../../../src/shared/pose-format';
import { encodeUtf8 } from '../../../src/shared/util/utf8';
import { TINY_COMPONENT, tinyPose } from './helpers';

/** Header size of tinyPose: version 4, dims 6, count 2, name 6, format 5, counts 6, points 6, limb 4, color 6. */
const TINY_HEADER = 4 + 6 + 2 + (2 + 4) + (2 + 3) + 6 + 2 * (2 + 1) + 4 + 6;

function expectPoseError(
  bytes: Uint8Array,
  message: string | RegExp,
  offset?: number,
): PoseFormatError {
  let caught: unknown;
  try {
    decodePose(bytes);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(PoseFormatError);
  const error = caught as PoseFormatError;
  expect(error.message).toMatch(message);
  if (offset !== undefined) expect(error.offset).toBe(offset);
  return error;
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

function u16(v: number): number[] {
  return [v & 0xff, v >> 8];
}

function u32(v: number): number[] {
  return [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24];
}

function f32(v: number): number[] {
  return [...new Uint8Array(Float32Array.of(v).buffer)];
}

describe('truncated files name the offset and what was expected', () => {
  const bytes = encodePose(tinyPose());

  it('knows the tiny pose layout', () => {
    expect(bytes.length).toBe(TINY_HEADER + 10 + (12 + 6) * 4);
    expect(decodePose(bytes).body.frames).toBe(3);
  });

  it('an empty file', () => {
    expectPoseError(
      new Uint8Array(0),
      'truncated header at byte 0: expected 4 bytes for version, 0 left',
      0,
    );
  });

  it('before the point names: the counts promise more than is left', () => {
    const at = 4 + 6 + 2 + 6 + 5 + 6;
    expectPoseError(
      bytes.subarray(0, at + 3),
      `truncated header at byte ${at}: expected 14 bytes for 2 points, 1 limbs and 1 colors of component "HAND", 3 left`,
      at,
    );
  });

  it('inside a colour', () => {
    const at = TINY_HEADER - 2;
    expectPoseError(
      bytes.subarray(0, at + 1),
      `truncated header at byte ${at}: expected 2 bytes for color 0 of component "HAND", 1 left`,
      at,
    );
  });

  it('before the frame count', () => {
    const at = TINY_HEADER + 4;
    const error = expectPoseError(
      bytes.subarray(0, at + 2),
      `truncated body at byte ${at}: expected 4 bytes for frame count, 2 left`,
      at,
    );
    expect(error.expected).toBe('4 bytes for frame count');
  });

  it('inside the data', () => {
    const at = TINY_HEADER + 10;
    expectPoseError(
      bytes.subarray(0, bytes.length - 1),
      `truncated body at byte ${at}: expected 72 bytes for 3 frames × 1 people × 2 points, 71 left`,
      at,
    );
  });

  it('a version 0.1 body cut mid-frame, or holding fewer frames than it says', () => {
    const v1 = encodePose(tinyPose(Math.fround(0.1)));
    const at = TINY_HEADER + 6;
    expectPoseError(
      v1.subarray(0, v1.length - 4),
      `invalid body at byte ${at}: expected whole frames of 24 bytes, found 68 bytes, 20 past the last whole frame`,
    );
    // Cut exactly one frame short: the count field (3) disagrees with the 2 frames present.
    expectPoseError(
      v1.subarray(0, v1.length - 24),
      'invalid body at byte ' +
        (TINY_HEADER + 2) +
        ': expected a frame count of 2 (the body holds 2 frames), found 3',
    );
  });
});

describe('corrupt files', () => {
  const bytes = encodePose(tinyPose());

  it('an unknown version', () => {
    expectPoseError(
      concat(f32(0.3), bytes.subarray(4)),
      /^invalid header at byte 0: expected version 0, 0\.1 or 0\.2, found 0\.3000/,
      0,
    );
  });

  it('bytes after the last frame', () => {
    expectPoseError(
      concat(bytes, [1, 2, 3]),
      `invalid body at byte ${bytes.length}: expected end of file after the last frame, found 3 more bytes`,
      bytes.length,
    );
  });

  it('a limb pointing past its component', () => {
    const at = TINY_HEADER - 10;
    const bad = Uint8Array.from(bytes);
    bad.set(u16(7), at);
    expectPoseError(
      bad,
      `invalid header at byte ${at}: expected limb 0 of component "HAND" between points 0..1, found 7–1`,
      at,
    );
  });

  it('malformed UTF-8 in a name', () => {
    const bad = Uint8Array.from(bytes);
    bad[4 + 6 + 2 + 2] = 0xff;
    expectPoseError(
      bad,
      /invalid header at byte 14: expected 4 bytes of UTF-8 for name of component 0, found malformed UTF-8/,
    );
  });

  it('an empty point format', () => {
    const name = encodeUtf8('X');
    const header = concat(f32(0.2), u16(1), u16(1), u16(0), u16(1), u16(name.length), name, u16(0));
    expectPoseError(
      header,
      /expected a point format of 1 to 8 letters for component "X", found ""/,
    );
  });
});

describe('sanity limits stop a malicious header before it allocates', () => {
  const name = encodeUtf8('C');
  const format = encodeUtf8('XYC');
  const componentHeader = (points: number): Uint8Array =>
    concat(u16(name.length), name, u16(format.length), format, u16(points), u16(0), u16(0));

  it('four billion frames of nothing', () => {
    const bytes = concat(
      f32(0.2),
      u16(1),
      u16(1),
      u16(0),
      u16(1),
      componentHeader(0),
      f32(30),
      u32(0xffffffff),
      u16(0),
    );
    expectPoseError(bytes, /expected at most 4194304 frames, found 4294967295/);
  });

  it('65535 components', () => {
    expectPoseError(
      concat(f32(0.2), u16(1), u16(1), u16(0), u16(0xffff)),
      /expected at most 64 components, found 65535/,
      10,
    );
  });

  it('more points than the limit', () => {
    expectPoseError(
      concat(f32(0.2), u16(1), u16(1), u16(0), u16(1), componentHeader(0xffff)),
      /expected at most 16384 points in all, found 65535 by component "C"/,
    );
  });

  it('10000 points with no names behind them', () => {
    expectPoseError(
      concat(f32(0.2), u16(1), u16(1), u16(0), u16(1), componentHeader(10_000)),
      /truncated header at byte \d+: expected 20000 bytes for 10000 points/,
    );
  });

  it('a frame count far beyond the data', () => {
    const bytes = concat(
      f32(0.2),
      u16(1),
      u16(1),
      u16(0),
      u16(1),
      componentHeader(1),
      u16(1),
      [65],
      f32(30),
      u32(4_000_000),
      u16(1),
    );
    expectPoseError(
      bytes,
      /truncated body at byte \d+: expected 48000000 bytes for 4000000 frames/,
    );
  });
});

describe('writing checks what it stores', () => {
  it('refuses values that do not fit the format', () => {
    const pose = tinyPose();
    expect(() => encodePose({ ...pose, header: { ...pose.header, width: 70_000 } })).toThrow(
      'width 70000 is not valid; expected an integer from 0 to 65535',
    );
    expect(() =>
      encodePose({ ...pose, body: { ...pose.body, data: new Float32Array(5) } }),
    ).toThrow('data has 5 values; expected 3 frames × 1 people × 2 points × 2 dims = 12');
    expect(() =>
      encodePose({ ...pose, body: { ...pose.body, fps: 29.97 } }, { version: 0.1 }),
    ).toThrow('version 0.1 fps 29.97 is not valid; expected an integer from 0 to 65535');
    const badLimb = { ...pose.header.components[0], limbs: [[0, 5]] } as PoseComponent;
    expect(() =>
      encodePose({ ...pose, header: { ...pose.header, components: [badLimb] } }),
    ).toThrow('limb 0 of component "HAND" is 0–5; expected points 0..1');
  });

  it('writes a non-ASCII name as UTF-8 that reads back', () => {
    const pose = tinyPose();
    const named = {
      ...pose,
      header: { ...pose.header, components: [{ ...TINY_COMPONENT, name: 'Hände ✋' }] },
    };
    expect(decodePose(encodePose(named)).header.components[0]?.name).toBe('Hände ✋');
  });
});
