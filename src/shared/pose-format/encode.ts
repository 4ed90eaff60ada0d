import { LITTLE_ENDIAN_HOST } from './byte-reader';
import { encodeUtf8 } from '../util/utf8';
import { outOfRangeMessage } from '../errors/invalid';
import { poseDims, poseVersion, totalPoints, type Pose, type PoseHeader } from './types';

const UINT16_MAX = 0xffff;
const UINT32_MAX = 0xffffffff;

export interface EncodeOptions {
  /**
   * Body layout to write. Default: the header's own version, so a decoded 0.1 or 0.2 file is
   * written back byte for byte. 0.0 cannot be written (no tool writes it any more): pass 0.2.
   */
  version?: 0.1 | 0.2;
}

/** Writes a pose as `.pose` bytes; throws a RangeError naming the first value it cannot store. */
export function encodePose(pose: Pose, options: EncodeOptions = {}): Uint8Array {
  const { header, body } = pose;
  const stored = poseVersion(header.version);
  const layout = options.version === undefined ? stored : options.version === 0.1 ? '0.1' : '0.2';
  if (layout !== '0.1' && layout !== '0.2') {
    throw new RangeError(
      `cannot write a version ${header.version} body; pass { version: 0.2 } (or 0.1) to convert it`,
    );
  }
  // Keep the stored float when it already says this version, so re-writing is byte-identical.
  const versionFloat = stored === layout ? header.version : Number(layout);
  const points = totalPoints(header);
  const dims = poseDims(header);
  checkBody(pose, layout, points, dims);

  const headerBytes = encodeHeader(header, versionFloat);
  const infoBytes = layout === '0.1' ? 6 : 10;
  const out = new Uint8Array(
    headerBytes.length + infoBytes + (body.data.length + body.confidence.length) * 4,
  );
  out.set(headerBytes, 0);
  const view = new DataView(out.buffer);
  let at = headerBytes.length;
  if (layout === '0.1') {
    view.setUint16(at, body.fps, true);
    // pose-format's convention for counts past uint16: write 0, readers count the bytes.
    view.setUint16(at + 2, body.frames < UINT16_MAX ? body.frames : 0, true);
    at += 4;
  } else {
    view.setFloat32(at, body.fps, true);
    view.setUint32(at + 4, body.frames, true);
    at += 8;
  }
  view.setUint16(at, body.people, true);
  at += 2;
  at = writeFloats(out, view, at, body.data);
  writeFloats(out, view, at, body.confidence);
  return out;
}

function checkBody(pose: Pose, layout: '0.1' | '0.2', points: number, dims: number): void {
  const { body } = pose;
  checkUint('people count', body.people, UINT16_MAX);
  checkUint('frame count', body.frames, UINT32_MAX);
  if (layout === '0.1') checkUint('version 0.1 fps', body.fps, UINT16_MAX);
  else if (!Number.isFinite(body.fps))
    throw new RangeError(`fps is ${body.fps}; expected a finite number`);
  const cells = body.frames * body.people * points;
  if (body.data.length !== cells * dims) {
    throw new RangeError(
      `data has ${body.data.length} values; expected ${body.frames} frames × ${body.people} people × ${points} points × ${dims} dims = ${cells * dims}`,
    );
  }
  if (body.confidence.length !== cells) {
    throw new RangeError(`confidence has ${body.confidence.length} values; expected ${cells}`);
  }
}

function checkUint(what: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(outOfRangeMessage(what, value, 0, max, 'an integer'));
  }
}

function encodeHeader(header: PoseHeader, versionFloat: number): Uint8Array {
  const parts: number[] = [];
  const u16 = (what: string, v: number): void => {
    checkUint(what, v, UINT16_MAX);
    parts.push(v & 0xff, v >> 8);
  };
  const str = (what: string, s: string): void => {
    const bytes = encodeUtf8(s, `.pose ${what}`);
    u16(`byte length of ${what}`, bytes.length);
    for (const b of bytes) parts.push(b);
  };
  const version = new Uint8Array(4);
  new DataView(version.buffer).setFloat32(0, versionFloat, true);
  parts.push(...version);
  u16('width', header.width);
  u16('height', header.height);
  u16('depth', header.depth);
  u16('component count', header.components.length);
  for (const c of header.components) {
    const label = `component ${JSON.stringify(c.name)}`;
    if (c.format.length < 1)
      throw new RangeError(`${label} has an empty point format; expected e.g. "XYZC"`);
    str(`name of ${label}`, c.name);
    str(`point format of ${label}`, c.format);
    u16(`point count of ${label}`, c.points.length);
    u16(`limb count of ${label}`, c.limbs.length);
    u16(`color count of ${label}`, c.colors.length);
    for (const p of c.points) str(`point name of ${label}`, p);
    c.limbs.forEach(([from, to], i) => {
      if (from >= c.points.length || to >= c.points.length) {
        throw new RangeError(
          `limb ${i} of ${label} is ${from}–${to}; expected points 0..${c.points.length - 1}`,
        );
      }
      u16(`limb ${i} of ${label}`, from);
      u16(`limb ${i} of ${label}`, to);
    });
    c.colors.forEach((rgb, i) => rgb.forEach((v) => u16(`color ${i} of ${label}`, v)));
  }
  return Uint8Array.from(parts);
}

function writeFloats(out: Uint8Array, view: DataView, at: number, values: Float32Array): number {
  if (LITTLE_ENDIAN_HOST) {
    out.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), at);
  } else {
    values.forEach((v, i) => view.setFloat32(at + i * 4, v, true));
  }
  return at + values.byteLength;
}
