import { benchLandmarker } from './bench';
import { createLandmarker } from './create';
import { probeWebGl } from './delegate';
import { PERCEPTION_GLOBAL, type Landmarker, type PerceptionAutomation } from './types';

/**
 * Installs the perception API as `window.signbridgePerception`, for a driver outside the page
 * (Playwright in tests, `bench -- landmarks`, the `landmarks` CLI in host mode). Everything it
 * returns is structured-clonable; frames come back as plain arrays (NaN kept).
 */
async function loadImage(url: string): Promise<ImageBitmap> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  return createImageBitmap(await response.blob());
}

export function installPerceptionAutomation(target: Window = window): PerceptionAutomation {
  let landmarker: Landmarker | null = null;
  const log: string[] = [];
  const automation: PerceptionAutomation = {
    log,
    async start(options) {
      await landmarker?.close();
      landmarker = null;
      landmarker = await createLandmarker({ ...options, log: (line) => log.push(line) });
      const { backend, delegate, thread, label, initMs, fallbacks } = landmarker;
      return { backend, delegate, thread, label, initMs, fallbacks, webgl: probeWebGl() };
    },
    async detectImage(url, timestampMs) {
      if (landmarker === null)
        throw new Error('detectImage before start: no landmarker is running');
      const image = await loadImage(url);
      try {
        const { frame, timestampMs: used, timings } = await landmarker.detect(image, timestampMs);
        return {
          frame: Array.from(frame),
          timestampMs: used,
          timings,
          width: image.width,
          height: image.height,
        };
      } finally {
        image.close();
      }
    },
    async reset() {
      if (landmarker === null) throw new Error('reset before start: no landmarker is running');
      await landmarker.reset();
    },
    async close() {
      await landmarker?.close();
      landmarker = null;
    },
    async bench({ imageUrl, ...rest }) {
      const source = await loadImage(imageUrl);
      try {
        return await benchLandmarker({ ...rest, source });
      } finally {
        source.close();
      }
    },
  };
  Object.assign(target, { [PERCEPTION_GLOBAL]: automation });
  return automation;
}
