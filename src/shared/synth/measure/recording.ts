/**
 * A recording as the measurements read it: frames in the Holistic frame layout
 * (landmarks/layout.ts), its frame rate, and the image aspect ratio. Normalized x and y are
 * fractions of the image width and height, so distances are only meaningful after scaling x by
 * width / height (`aspect`); every length here is in image heights before body normalisation.
 */
export interface Recording {
  frames: readonly Float32Array[];
  fps: number;
  /** Image width / height (default 1: square pixels in a square image). */
  aspect?: number;
}

export function aspectOf(rec: Pick<Recording, 'aspect'>): number {
  const a = rec.aspect ?? 1;
  if (!(a > 0) || !Number.isFinite(a)) {
    throw new RangeError(
      `recording aspect ratio is ${a}; expected a finite width / height above 0`,
    );
  }
  return a;
}

export function checkFps(fps: number): number {
  if (!(fps > 0) || !Number.isFinite(fps)) {
    throw new RangeError(
      `frame rate is ${fps}; expected a finite number of frames per second above 0`,
    );
  }
  return fps;
}
