/**
 * Frame-by-frame access to a video file for landmark extraction: seek to each frame's middle and
 * wait until it is presented. The frame rate is measured from the decoder's presentation times
 * while the video plays briefly (muted), since HTML video does not report it.
 */

/** Used when the decoder reports no frame times (e.g. a single-frame file). */
export const DEFAULT_VIDEO_FPS = 25;
/** Frame intervals sampled to measure the rate. */
const FPS_SAMPLES = 12;
const LOAD_TIMEOUT_MS = 30_000;

function once(el: HTMLMediaElement, event: string, timeoutMs = LOAD_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`video: no "${event}" within ${timeoutMs} ms`)),
      timeoutMs,
    );
    el.addEventListener(event, () => (clearTimeout(timer), resolve()), { once: true });
    el.addEventListener(
      'error',
      () => (
        clearTimeout(timer),
        reject(
          new Error(
            `video cannot be decoded: ${el.error?.message || `media error ${el.error?.code ?? '?'}`}`,
          ),
        )
      ),
      { once: true },
    );
  });
}

export async function openVideoElement(url: string): Promise<HTMLVideoElement> {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  video.src = url;
  await once(video, 'loadeddata');
  if (video.videoWidth === 0) throw new Error(`${url} has no video track`);
  return video;
}

/** Median interval between presented frames while playing, as frames per second. */
export async function measureFps(video: HTMLVideoElement): Promise<number | undefined> {
  const times: number[] = [];
  await new Promise<void>((resolve) => {
    const done = setTimeout(resolve, 3000);
    const cb = (_now: number, meta: VideoFrameCallbackMetadata) => {
      times.push(meta.mediaTime);
      if (times.length > FPS_SAMPLES) {
        clearTimeout(done);
        resolve();
      } else video.requestVideoFrameCallback(cb);
    };
    video.requestVideoFrameCallback(cb);
    void video.play().catch(() => resolve());
  });
  video.pause();
  const deltas = times
    .slice(1)
    .map((t, i) => t - (times[i] as number))
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  const median = deltas[Math.floor(deltas.length / 2)];
  return median === undefined ? undefined : Math.round(1 / median);
}

/** Seeks to the middle of frame `index` and resolves once that frame is on screen. */
export async function seekFrame(
  video: HTMLVideoElement,
  index: number,
  fps: number,
): Promise<void> {
  const t = Math.min(video.duration, (index + 0.5) / fps);
  const presented = new Promise<void>((resolve) =>
    video.requestVideoFrameCallback(() => resolve()),
  );
  const seeked = once(video, 'seeked');
  video.currentTime = t;
  await seeked;
  await Promise.race([presented, new Promise((r) => setTimeout(r, 500))]);
}
