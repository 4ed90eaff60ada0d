import fs from 'node:fs';
import { launchChromium } from './chromium';

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
    const b64 = fs.readFileSync(pngFile).toString('base64');
    const webm = await page.evaluate(
      async ([src, secs, rate]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${src}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width - (img.width % 2);
        canvas.height = img.height - (img.height % 2);
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        const stream = canvas.captureStream(rate);
        const rec = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8' });
        const chunks: Blob[] = [];
        rec.ondataavailable = (e) => chunks.push(e.data);
        const stopped = new Promise((r) => (rec.onstop = r));
        rec.start();
        const frames = Math.round(secs * rate);
        for (let i = 0; i < frames; i++) {
          ctx.drawImage(img, Math.round(3 * Math.sin(i / 3)), 0);
          await new Promise((r) => setTimeout(r, 1000 / rate));
        }
        rec.stop();
        await stopped;
        const buf = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
        let s = '';
        for (let i = 0; i < buf.length; i += 0x8000)
          s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
        return btoa(s);
      },
      [b64, seconds, fps] as const,
    );
    fs.writeFileSync(outFile, Buffer.from(webm, 'base64'));
  } finally {
    await browser.close();
  }
}
