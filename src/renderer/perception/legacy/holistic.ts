import type { Holistic, InputImage, Options, Results } from '@mediapipe/holistic';
import { LEGACY_HOLISTIC_DIR, LEGACY_HOLISTIC_SCRIPT, assetUrl } from '../assets';
import type { BackendStart } from '../backend';
import { probeWebGl } from '../delegate';
import { toFrame } from '../frame';
import type { LandmarkerSource } from '../types';
import { loadClassicScript } from './load-script';

const LEGACY_OPTIONS: Options = {
  // pose_landmark_full: the same pose model as the task bundle, so both backends agree.
  modelComplexity: 1,
  // The attention face model: 478 points (iris included), as the frame layout has.
  refineFaceLandmarks: true,
  smoothLandmarks: true,
  enableSegmentation: false,
  // Landmarks in the camera image's own coordinates; mirroring is for display only.
  selfieMode: false,
};

const WARM_UP_SIZE_PX = 64;

type HolisticConstructor = new (config: { locateFile: (file: string) => string }) => Holistic;

/**
 * The legacy @mediapipe/holistic solution (the fallback backend). It is a classic script that
 * sets `window.Holistic`, drives its own WebGL canvas and needs the DOM, so it runs on the main
 * thread. Its graph is HolisticLandmarkGpu: the models run on WebGL (TFLite's GPU delegate), so
 * without a GPU (SwiftShader) a frame takes tens of seconds; fine as a fallback, not for live use.
 */
export async function startLegacyHolistic(assetsBaseUrl: string): Promise<BackendStart> {
  const base = assetUrl(assetsBaseUrl, LEGACY_HOLISTIC_DIR);
  await loadClassicScript(assetUrl(base, LEGACY_HOLISTIC_SCRIPT));
  const Ctor = (window as unknown as { Holistic?: HolisticConstructor }).Holistic;
  if (Ctor === undefined)
    throw new Error(`${LEGACY_HOLISTIC_SCRIPT} loaded but did not define window.Holistic`);
  const holistic = new Ctor({ locateFile: (file) => assetUrl(base, file) });
  holistic.setOptions(LEGACY_OPTIONS);
  let latest: Results | null = null;
  holistic.onResults((results) => {
    latest = results;
  });
  await holistic.initialize();
  // One black frame loads the graph's models and shaders now rather than at the first camera
  // frame, as the tasks-vision backend does, so `initMs` means the same for both.
  const blank = document.createElement('canvas');
  blank.width = blank.height = WARM_UP_SIZE_PX;
  blank.getContext('2d')?.fillRect(0, 0, WARM_UP_SIZE_PX, WARM_UP_SIZE_PX);
  await holistic.send({ image: blank });
  holistic.reset();

  // The solution takes elements only; an ImageBitmap is drawn onto this canvas first.
  const canvas = document.createElement('canvas');
  const toInput = (source: LandmarkerSource): InputImage => {
    if (!(source instanceof ImageBitmap)) return source;
    canvas.width = source.width;
    canvas.height = source.height;
    canvas.getContext('2d')?.drawImage(source, 0, 0);
    return canvas;
  };

  return {
    renderer: probeWebGl().renderer,
    gpuFailure: null,
    instance: {
      backend: 'legacy-holistic',
      thread: 'main',
      delegate: 'GPU',
      async detect(source, timestampMs) {
        const started = performance.now();
        latest = null;
        const input = toInput(source);
        const sent = performance.now();
        await holistic.send({ image: input });
        const inferenceMs = performance.now() - sent;
        const r = latest as Results | null;
        if (r === null)
          throw new Error('legacy Holistic finished a frame without calling its results listener');
        const frame = toFrame({
          pose: r.poseLandmarks,
          leftHand: r.leftHandLandmarks,
          rightHand: r.rightHandLandmarks,
          face: r.faceLandmarks,
        });
        return {
          frame,
          timestampMs,
          timings: { totalMs: performance.now() - started, inferenceMs },
        };
      },
      reset() {
        holistic.reset();
        return Promise.resolve();
      },
      close() {
        return holistic.close();
      },
    },
  };
}
