import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageLog,
  describeChromium,
  launchChromium,
  saveArtifacts,
} from '../../helpers/chromium';
import { decodePng, readPng, type RgbaImage } from '../../helpers/png';
import { describeShared, sharedPath } from '../../helpers/shared';
import { toI420, writeY4m } from '../../helpers/y4m';
import { startStaticServer, type StaticServer } from './static-server';

/**
 * YUV 4:2:0 round trip on the 0..255 scale: chroma is shared by 2×2 pixels, so colour edges blur
 * a little (measured on signer.png: mean 0.30, p99 1, which also shows the BT.601 limited-range
 * conversion matches Chromium's).
 */
const MEAN_ABS_TOLERANCE = 2;
const P99_ABS_TOLERANCE = 8;
const CAMERA_TEST_TIMEOUT_MS = 120_000;

/**
 * Runs in the page (plain JavaScript: these tests compile without DOM types). Opens the camera,
 * waits for a decoded frame, draws it and returns its pixels.
 */
const GRAB_CAMERA_FRAME = `(async ({ width, height }) => {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { width, height } });
  const video = document.createElement('video');
  video.muted = true;
  video.srcObject = stream;
  await video.play();
  await new Promise((resolve) => video.requestVideoFrameCallback(() => resolve()));
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(video, 0, 0);
  const label = stream.getVideoTracks()[0].label;
  stream.getTracks().forEach((t) => t.stop());
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  return { width: canvas.width, height: canvas.height, label, data: Array.from(data) };
})`;

/** Runs in the page: decodes an image with the browser's own PNG decoder; SHA-256 of its RGBA. */
const BROWSER_DECODE_SHA256 = `(async (url) => {
  const bitmap = await createImageBitmap(await (await fetch(url)).blob(), { colorSpaceConversion: 'none' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(bitmap, 0, 0);
  const rgba = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', rgba));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
})`;

interface Grabbed {
  width: number;
  height: number;
  label: string;
  data: number[];
}

function pixelErrors(a: RgbaImage, b: Grabbed): { mean: number; p99: number } {
  const errors: number[] = [];
  for (let i = 0; i < a.width * a.height; i++) {
    for (let c = 0; c < 3; c++)
      errors.push(Math.abs((a.rgba[i * 4 + c] ?? 0) - (b.data[i * 4 + c] ?? 0)));
  }
  errors.sort((x, y) => x - y);
  return {
    mean: errors.reduce((s, e) => s + e, 0) / errors.length,
    p99: errors[Math.floor(errors.length * 0.99)] ?? 255,
  };
}

/** A PNG with its IHDR changed and the chunk CRC fixed, to check what the decoder refuses. */
function withIhdr(png: Uint8Array, offset: number, value: number): Uint8Array {
  const out = png.slice();
  const IHDR_DATA = 16;
  out[IHDR_DATA + offset] = value;
  new DataView(out.buffer).setUint32(29, crc32(out.subarray(12, 29)));
  return out;
}

describeShared(
  'Fake camera from a PNG (test/helpers/png.ts, y4m.ts)',
  ['fixtures/images/signer.png', 'fixtures/images/face.png'],
  () => {
    const signerFile = sharedPath('fixtures', 'images', 'signer.png');
    let tmp: string;

    beforeAll(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'signbridge-camera-'));
    });
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

    describe('png.ts', () => {
      it('refuses what it cannot decode, saying what the file is', () => {
        const png = new Uint8Array(fs.readFileSync(signerFile));
        expect(() => decodePng(new Uint8Array(16), 'x.png')).toThrow(
          'x.png: not a PNG file (bad signature)',
        );
        expect(() => decodePng(withIhdr(png, 12, 1), 'i.png')).toThrow(
          'i.png: Adam7-interlaced; only non-interlaced images are supported',
        );
        expect(() => decodePng(withIhdr(png, 8, 16), 'd.png')).toThrow(
          'd.png: 16-bit RGB; only 8-bit images are supported',
        );
        expect(() => decodePng(png.subarray(0, 200), 't.png')).toThrow(
          /t\.png: chunk IDAT at byte 33 runs past the end of the file/,
        );
        const corrupt = png.slice();
        corrupt[50] = (corrupt[50] ?? 0) ^ 0xff;
        expect(() => decodePng(corrupt, 'c.png')).toThrow(
          /c\.png: chunk IDAT at byte 33 has a bad CRC/,
        );
      });

      it('moves a Y4M frame by whole pixels', () => {
        const image = readPng(signerFile);
        const still = toI420(image, image.width, image.height);
        const moved = toI420(image, image.width, image.height, 4, 0);
        const row = 100 * image.width;
        expect(moved.subarray(row + 4, row + 200)).toEqual(still.subarray(row, row + 196));
      });
    });

    describeChromium('in headless Chromium', () => {
      let server: StaticServer;
      let browser: Browser | undefined;

      beforeAll(async () => {
        server = await startStaticServer(
          [{ prefix: '/fixtures/images/', dir: sharedPath('fixtures', 'images') }],
          {
            '/blank.html':
              '<!doctype html><html><head><title>camera</title></head><body></body></html>',
          },
        );
      });
      afterAll(async () => {
        await browser?.close();
        await server.close();
      });

      it(
        'decodes signer.png and face.png exactly as the browser does',
        async () => {
          browser = await launchChromium();
          const page = await browser.newPage();
          await page.goto(`${server.url}/blank.html`);
          for (const name of ['signer.png', 'face.png']) {
            const ours = readPng(sharedPath('fixtures', 'images', name));
            const url = `${server.url}/fixtures/images/${name}`;
            const theirs = await page.evaluate(`${BROWSER_DECODE_SHA256}(${JSON.stringify(url)})`);
            expect(theirs, `${name}: SHA-256 of the RGBA pixels`).toBe(
              createHash('sha256').update(ours.rgba).digest('hex'),
            );
          }
          await browser.close();
          browser = undefined;
        },
        CAMERA_TEST_TIMEOUT_MS,
      );

      it(
        "plays a Y4M made from signer.png as Chromium's camera, pixels matching the image",
        async () => {
          const image = readPng(signerFile);
          const y4m = writeY4m(path.join(tmp, 'signer.y4m'), image, { frames: 10 });
          expect(y4m).toMatchObject({ width: 320, height: 240, frames: 10 });
          expect(y4m.bytes).toBe(fs.statSync(y4m.file).size);
          browser = await launchChromium({ fakeCamera: y4m.file });
          const page = await browser.newPage();
          const log = collectPageLog(page);
          try {
            await page.goto(`${server.url}/blank.html`);
            const grabbed = (await page.evaluate(
              `${GRAB_CAMERA_FRAME}(${JSON.stringify({ width: image.width, height: image.height })})`,
            )) as Grabbed;
            expect({ width: grabbed.width, height: grabbed.height }).toEqual({
              width: image.width,
              height: image.height,
            });
            const { mean, p99 } = pixelErrors(image, grabbed);
            const line = `camera "${grabbed.label}": mean abs error ${mean.toFixed(2)}, p99 ${p99}`;
            console.log(line);
            log.push(line);
            expect(mean).toBeLessThan(MEAN_ABS_TOLERANCE);
            expect(p99).toBeLessThan(P99_ABS_TOLERANCE);
          } catch (e) {
            const dir = await saveArtifacts(page, 'fake-camera', log);
            throw new Error(
              `${e instanceof Error ? e.message : String(e)} (log and screenshot in ${dir})`,
              { cause: e },
            );
          }
        },
        CAMERA_TEST_TIMEOUT_MS,
      );
    });
  },
);
