import fs from 'node:fs';
import { launchChromium } from './chromium';

/**
 * Browser-side recorder, as source text: the Node test project has no DOM types, so the page code
 * travels as a string. Draws the image drifting across a canvas and records it with MediaRecorder.
 */
const RECORD_WEBM = `async ({ src, secs, rate }) => {
  const img = new Image();
  img.src = 'data:image/png;base64,' + src;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width - (img.width % 2);
  canvas.height = img.height - (img.height % 2);
  const ctx = canvas.getContext('2d');
  const rec = new MediaRecorder(canvas.captureStream(rate), { mimeType: 'video/webm;codecs=vp8' });
  const chunks = [];
  rec.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((r) => (rec.onstop = r));
  rec.start();
  for (let i = 0; i < Math.round(secs * rate); i++) {
    ctx.drawImage(img, Math.round(3 * Math.sin(i / 3)), 0);
    await new Promise((r) => setTimeout(r, 1000 / rate));
  }
  rec.stop();
  await stopped;
  const buf = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
  let s = '';
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}`;

/**
 * Records a real WebM (VP8) in Chromium from an image drifting across a canvas: a video file
 * made here, with no codec tools on the machine, for the landmark extractor's video path.
 */
export async function writeWebmFromImage(
  pngFile: string,
  outFile: string,
  seconds = 1,
  fps = 10,
): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const args = { src: fs.readFileSync(pngFile).toString('base64'), secs: seconds, rate: fps };
    const webm = (await page.evaluate(`(${RECORD_WEBM})(${JSON.stringify(args)})`)) as string;
    fs.writeFileSync(outFile, Buffer.from(webm, 'base64'));
  } finally {
    await browser.close();
  }
}
