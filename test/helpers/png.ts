import fs from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';

/**
 * A small PNG decoder for tests (fake camera frames, pixel comparisons): 8-bit greyscale, grey +
 * alpha, RGB, RGBA and palette images, non-interlaced. Anything else is refused with an error
 * that says what the file is and what is supported.
 */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** width × height × 4 bytes, row-major, RGBA. */
  readonly rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Colour type → channels per pixel (PNG spec, table 11.1). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const COLOR_TYPE_NAMES: Record<number, string> = {
  0: 'grey',
  2: 'RGB',
  3: 'palette',
  4: 'grey+alpha',
  6: 'RGBA',
};
const SUPPORTED_BIT_DEPTH = 8;
const FILTER = { none: 0, sub: 1, up: 2, average: 3, paeth: 4 } as const;

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters in place; returns the raw samples without filter bytes. */
function unfilter(
  data: Uint8Array,
  width: number,
  height: number,
  bpp: number,
  label: string,
): Uint8Array {
  const stride = width * bpp;
  if (data.length < height * (stride + 1)) {
    throw new Error(
      `${label}: image data is ${data.length} bytes, expected ${height * (stride + 1)} for ${width}x${height}`,
    );
  }
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const o = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? (out[o + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[o - stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[o - stride + x - bpp] ?? 0) : 0;
      const raw = row[x] ?? 0;
      let value: number;
      if (filter === FILTER.none) value = raw;
      else if (filter === FILTER.sub) value = raw + a;
      else if (filter === FILTER.up) value = raw + b;
      else if (filter === FILTER.average) value = raw + ((a + b) >> 1);
      else if (filter === FILTER.paeth) value = raw + paeth(a, b, c);
      else throw new Error(`${label}: row ${y} has filter type ${filter}, expected 0..4`);
      out[o + x] = value & 0xff;
    }
  }
  return out;
}

export function decodePng(bytes: Uint8Array, label = 'PNG'): RgbaImage {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b))
    throw new Error(`${label}: not a PNG file (bad signature)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let colorType = -1;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  let p = 8;
  let ended = false;
  while (p + 12 <= bytes.length && !ended) {
    const length = view.getUint32(p);
    const type = String.fromCharCode(...bytes.subarray(p + 4, p + 8));
    if (p + 12 + length > bytes.length)
      throw new Error(`${label}: chunk ${type} at byte ${p} runs past the end of the file`);
    const body = bytes.subarray(p + 8, p + 8 + length);
    if (crc32(bytes.subarray(p + 4, p + 8 + length)) !== view.getUint32(p + 8 + length)) {
      throw new Error(`${label}: chunk ${type} at byte ${p} has a bad CRC`);
    }
    if (type === 'IHDR') {
      const b = new DataView(body.buffer, body.byteOffset, body.byteLength);
      [width, height, colorType] = [b.getUint32(0), b.getUint32(4), body[9] ?? -1];
      const [depth, interlace] = [body[8], body[12]];
      const kind = COLOR_TYPE_NAMES[colorType] ?? `colour type ${colorType}`;
      if (depth !== SUPPORTED_BIT_DEPTH)
        throw new Error(`${label}: ${depth}-bit ${kind}; only 8-bit images are supported`);
      if (CHANNELS[colorType] === undefined)
        throw new Error(`${label}: unknown colour type ${colorType}`);
      if (interlace !== 0)
        throw new Error(`${label}: Adam7-interlaced; only non-interlaced images are supported`);
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') ended = true;
    p += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error(`${label}: no IHDR chunk with a non-zero size`);
  if (idat.length === 0) throw new Error(`${label}: no image data (IDAT)`);
  const channels = CHANNELS[colorType] ?? 0;
  const samples = unfilter(
    new Uint8Array(inflateSync(Buffer.concat(idat))),
    width,
    height,
    channels,
    label,
  );
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = i * channels;
    let [r, g, b, a] = [0, 0, 0, 255];
    if (colorType === 0 || colorType === 4)
      [r, g, b] = [samples[s] ?? 0, samples[s] ?? 0, samples[s] ?? 0];
    if (colorType === 4) a = samples[s + 1] ?? 255;
    if (colorType === 2 || colorType === 6)
      [r, g, b] = [samples[s] ?? 0, samples[s + 1] ?? 0, samples[s + 2] ?? 0];
    if (colorType === 6) a = samples[s + 3] ?? 255;
    if (colorType === 3) {
      const index = samples[s] ?? 0;
      if (palette === null || index * 3 + 2 >= palette.length)
        throw new Error(`${label}: palette index ${index} without a palette entry`);
      [r, g, b] = [
        palette[index * 3] ?? 0,
        palette[index * 3 + 1] ?? 0,
        palette[index * 3 + 2] ?? 0,
      ];
      a = transparency?.[index] ?? 255;
    }
    rgba.set([r, g, b, a], i * 4);
  }
  return { width, height, rgba };
}

export function readPng(file: string): RgbaImage {
  return decodePng(new Uint8Array(fs.readFileSync(file)), file);
}
