import fs from 'node:fs';
import type { RgbaImage } from './png';

/**
 * Y4M (YUV4MPEG2) files for Chromium's fake camera (`--use-file-for-fake-video-capture`), which
 * plays them in a loop: a header line, then per frame `FRAME\n` and the Y, U, V planes of a
 * 4:2:0 image with JPEG chroma siting (each chroma sample at the centre of its 2×2 block).
 * Colours use BT.601 limited range, the YUV→RGB conversion Chromium applies to camera frames.
 */
export interface Y4mOptions {
  readonly frames: number;
  /** Frames per second written in the header (the fake camera's rate). */
  readonly fps?: number;
  /** Pixel offset of frame i (the image moves, edges repeat), for motion between frames. */
  readonly shift?: (frame: number) => readonly [dx: number, dy: number];
}

export interface Y4mInfo {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly frames: number;
  readonly bytes: number;
}

const DEFAULT_FPS = 30;
/** BT.601 limited range: Y in 16..235, Cb/Cr in 16..240 centred on 128. */
const Y_OFFSET = 16;
const C_OFFSET = 128;
const Y_RGB = [65.481, 128.553, 24.966] as const;
const CB_RGB = [-37.797, -74.203, 112.0] as const;
const CR_RGB = [112.0, -93.786, -18.214] as const;

function clampByte(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v)));
}

/** One 4:2:0 frame (Y, then U, then V planes) of the image moved by (dx, dy) pixels. */
export function toI420(
  image: RgbaImage,
  width: number,
  height: number,
  dx = 0,
  dy = 0,
): Uint8Array {
  const frame = new Uint8Array((width * height * 3) / 2);
  const u = width * height;
  const v = u + (width * height) / 4;
  const pixel = (x: number, y: number): [number, number, number] => {
    const sx = Math.max(0, Math.min(image.width - 1, x - dx));
    const sy = Math.max(0, Math.min(image.height - 1, y - dy));
    const i = (sy * image.width + sx) * 4;
    return [
      (image.rgba[i] ?? 0) / 255,
      (image.rgba[i + 1] ?? 0) / 255,
      (image.rgba[i + 2] ?? 0) / 255,
    ];
  };
  const dot = (k: readonly [number, number, number], c: [number, number, number]): number =>
    k[0] * c[0] + k[1] * c[1] + k[2] * c[2];
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      let cb = 0;
      let cr = 0;
      for (const [ox, oy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const c = pixel(x + ox, y + oy);
        frame[(y + oy) * width + x + ox] = clampByte(Y_OFFSET + dot(Y_RGB, c));
        cb += dot(CB_RGB, c) / 4;
        cr += dot(CR_RGB, c) / 4;
      }
      const ci = (y / 2) * (width / 2) + x / 2;
      frame[u + ci] = clampByte(C_OFFSET + cb);
      frame[v + ci] = clampByte(C_OFFSET + cr);
    }
  }
  return frame;
}

/** The stream header: size, rate, and the chroma siting and range the frames are written in. */
export function y4mHeader(width: number, height: number, fps: number): string {
  return `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg XYSCSS=420JPEG XCOLORRANGE=LIMITED\n`;
}

/**
 * Writes `options.frames` frames of `image` to `file`. 4:2:0 needs even dimensions: an odd last
 * column or row is dropped.
 */
export function writeY4m(file: string, image: RgbaImage, options: Y4mOptions): Y4mInfo {
  if (!Number.isInteger(options.frames) || options.frames < 1) {
    throw new RangeError(`Y4M frame count ${options.frames}: expected a positive integer`);
  }
  const width = image.width - (image.width % 2);
  const height = image.height - (image.height % 2);
  if (width < 2 || height < 2)
    throw new RangeError(`image is ${image.width}x${image.height}: a Y4M needs at least 2x2`);
  const fps = options.fps ?? DEFAULT_FPS;
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  try {
    const write = (data: Uint8Array | string): void => {
      const buffer = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
      fs.writeSync(fd, buffer);
      bytes += buffer.length;
    };
    write(y4mHeader(width, height, fps));
    for (let i = 0; i < options.frames; i++) {
      const [dx, dy] = options.shift?.(i) ?? [0, 0];
      write('FRAME\n');
      write(toI420(image, width, height, Math.round(dx), Math.round(dy)));
    }
  } finally {
    fs.closeSync(fd);
  }
  return { file, width, height, frames: options.frames, bytes };
}
