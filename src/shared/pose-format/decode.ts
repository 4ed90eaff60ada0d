import { ByteReader } from './byte-reader';
import { DEFAULT_POSE_LIMITS, type PoseLimits } from './limits';
import {
  poseDims,
  poseVersion,
  totalPoints,
  type Limb,
  type Pose,
  type PoseBody,
  type PoseComponent,
  type PoseHeader,
  type PoseVersion,
  type RGB,
} from './types';
import { decodeBody00 } from './decode-v0';

/**
 * Reads a `.pose` file (versions 0.0, 0.1 and 0.2; layout as in the `pose-format` npm reader and
 * the Python library). Anything malformed — truncated, corrupt counts, bad UTF-8, limbs pointing
 * past their component, trailing bytes, sizes past `limits` — throws a PoseFormatError with the
 * byte offset and what was expected there. Never allocates more than the file can fill.
 */
export function decodePose(bytes: Uint8Array, limits: PoseLimits = DEFAULT_POSE_LIMITS): Pose {
  const reader = new ByteReader(bytes);
  const { header, version } = decodeHeader(reader, limits);
  const body =
    version === '0.0'
      ? decodeBody00(reader, header, limits)
      : decodeFlatBody(reader, header, version, limits);
  if (reader.remaining > 0) {
    reader.fail('body', 'end of file after the last frame', `${reader.remaining} more bytes`);
  }
  return { header, body };
}

function decodeHeader(
  r: ByteReader,
  limits: PoseLimits,
): { header: PoseHeader; version: PoseVersion } {
  const h = 'header';
  const version = r.f32(h, 'version');
  const layout = poseVersion(version);
  if (!layout) {
    r.offset -= 4;
    r.fail(h, 'version 0, 0.1 or 0.2', String(version));
  }
  const width = r.u16(h, 'width');
  const height = r.u16(h, 'height');
  const depth = r.u16(h, 'depth');
  const count = r.u16(h, 'component count');
  if (count > limits.maxComponents) {
    r.offset -= 2;
    r.fail(h, `at most ${limits.maxComponents} components`, String(count));
  }
  const components: PoseComponent[] = [];
  let points = 0;
  for (let c = 0; c < count; c++) {
    const component = decodeComponent(r, c, limits, points);
    points += component.points.length;
    components.push(component);
  }
  return { header: { version, width, height, depth, components }, version: layout };
}

function decodeComponent(
  r: ByteReader,
  index: number,
  limits: PoseLimits,
  pointsBefore: number,
): PoseComponent {
  const h = 'header';
  const name = r.str(h, `name of component ${index}`);
  const label = `component ${JSON.stringify(name)}`;
  const formatAt = r.offset;
  const format = r.str(h, `point format of ${label}`);
  if (format.length < 1 || format.length > limits.maxFormatLength) {
    r.offset = formatAt;
    r.fail(
      h,
      `a point format of 1 to ${limits.maxFormatLength} letters for ${label}`,
      JSON.stringify(format),
    );
  }
  const pointCount = r.u16(h, `point count of ${label}`);
  const limbCount = r.u16(h, `limb count of ${label}`);
  const colorCount = r.u16(h, `color count of ${label}`);
  if (pointsBefore + pointCount > limits.maxPoints) {
    r.offset -= 6;
    r.fail(
      h,
      `at most ${limits.maxPoints} points in all`,
      `${pointsBefore + pointCount} by ${label}`,
    );
  }
  // Each point name takes at least its 2-byte length: refuse counts the file cannot hold.
  r.need(
    pointCount * 2 + limbCount * 4 + colorCount * 6,
    h,
    `${pointCount} points, ${limbCount} limbs and ${colorCount} colors of ${label}`,
  );
  const points: string[] = [];
  for (let p = 0; p < pointCount; p++) points.push(r.str(h, `name of point ${p} of ${label}`));
  const limbs: Limb[] = [];
  for (let l = 0; l < limbCount; l++) {
    const from = r.u16(h, `limb ${l} of ${label}`);
    const to = r.u16(h, `limb ${l} of ${label}`);
    if (from >= pointCount || to >= pointCount) {
      r.offset -= 4;
      r.fail(h, `limb ${l} of ${label} between points 0..${pointCount - 1}`, `${from}–${to}`);
    }
    limbs.push([from, to]);
  }
  const colors: RGB[] = [];
  for (let c = 0; c < colorCount; c++) {
    colors.push([
      r.u16(h, `color ${c} of ${label}`),
      r.u16(h, `color ${c} of ${label}`),
      r.u16(h, `color ${c} of ${label}`),
    ]);
  }
  return { name, format, points, limbs, colors };
}

/** Versions 0.1 and 0.2: fps, frames, people, then data and confidence as two flat tensors. */
function decodeFlatBody(
  r: ByteReader,
  header: PoseHeader,
  version: '0.1' | '0.2',
  limits: PoseLimits,
): PoseBody {
  const b = 'body';
  const fps = version === '0.1' ? r.u16(b, 'fps') : r.f32(b, 'fps');
  // A float fps of NaN or infinity is corruption: every duration computed from it would be too.
  if (!Number.isFinite(fps)) {
    r.offset -= 4;
    r.fail(b, 'a finite fps', String(fps));
  }
  const framesAt = r.offset;
  const framesField = version === '0.1' ? r.u16(b, 'frame count') : r.u32(b, 'frame count');
  const people = r.u16(b, 'people count');
  if (people > limits.maxPeople) {
    r.offset -= 2;
    r.fail(b, `at most ${limits.maxPeople} people`, String(people));
  }
  const points = totalPoints(header);
  const dims = poseDims(header);
  const frameBytes = people * points * (dims + 1) * 4;
  let frames = framesField;
  if (version === '0.1' && frameBytes > 0) {
    // v0.1 stores the frame count as uint16, which overflows; pose-format counts the bytes instead.
    if (r.remaining % frameBytes !== 0) {
      r.fail(
        b,
        `whole frames of ${frameBytes} bytes`,
        `${r.remaining} bytes, ${r.remaining % frameBytes} past the last whole frame`,
      );
    }
    frames = r.remaining / frameBytes;
    const overflowed = framesField === frames % 0x10000 || (framesField === 0 && frames >= 0xffff);
    if (!overflowed) {
      r.offset = framesAt;
      r.fail(
        b,
        `a frame count of ${frames} (the body holds ${frames} frames)`,
        String(framesField),
      );
    }
  }
  if (frames > limits.maxFrames) {
    r.offset = framesAt;
    r.fail(b, `at most ${limits.maxFrames} frames`, String(frames));
  }
  r.need(frames * frameBytes, b, `${frames} frames × ${people} people × ${points} points`);
  const data = new Float32Array(frames * people * points * dims);
  const confidence = new Float32Array(frames * people * points);
  r.f32s(data, 0, data.length, b, 'point data');
  r.f32s(confidence, 0, confidence.length, b, 'confidence');
  return { fps, frames, people, data, confidence };
}
