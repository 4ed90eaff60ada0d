import { benchLandmarker } from './bench';
import { createLandmarker } from './create';
import { probeWebGl } from './delegate';
import {
  PERCEPTION_GLOBAL,
  type AutomationVideo,
  type Landmarker,
  type PerceptionAutomation,
} from './types';
import { DEFAULT_VIDEO_FPS, measureFps, openVideoElement, seekFrame } from './video-frames';

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
  let video: { el: HTMLVideoElement; info: AutomationVideo } | null = null;
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
    async openVideo(url) {
      video?.el.removeAttribute('src');
      const el = await openVideoElement(url);
      const measured = await measureFps(el);
      const fps = measured ?? DEFAULT_VIDEO_FPS;
      const info: AutomationVideo = {
        width: el.videoWidth,
        height: el.videoHeight,
        duration: el.duration,
        fps,
        frames: Math.max(1, Math.floor(el.duration * fps)),
        fpsMeasured: measured !== undefined,
      };
      video = { el, info };
      return info;
    },
    async detectVideoFrame(index) {
      if (landmarker === null)
        throw new Error('detectVideoFrame before start: no landmarker is running');
      if (video === null) throw new Error('detectVideoFrame before openVideo: no video is open');
      if (!Number.isInteger(index) || index < 0 || index >= video.info.frames) {
        throw new Error(`frame ${index} is outside the video's 0..${video.info.frames - 1}`);
      }
      await seekFrame(video.el, index, video.info.fps);
      const bitmap = await createImageBitmap(video.el);
      try {
        const { frame, timestampMs, timings } = await landmarker.detect(
          bitmap,
          (index * 1000) / video.info.fps,
        );
        return {
          frame: Array.from(frame),
          timestampMs,
          timings,
          width: bitmap.width,
          height: bitmap.height,
        };
      } finally {
        bitmap.close();
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
