/**
 * The high-pass that separates detection jitter from motion: landmark minus its Savitzky–Golay
 * smooth (cubic, 5 frames). A cubic fit passes any motion that is a cubic over 5 frames (167 ms
 * at 30 fps: a hand's smooth transitions are), so unlike a moving average it does not count a
 * steady acceleration as jitter, while white noise keeps 18/35 of its variance. Because the
 * filter is linear and known, the residual's variance and autocorrelation can be inverted to the
 * sigma and AR(1) coefficient of the noise (noise/ar1-fit.ts).
 */
export const SAVGOL_WINDOW = 5;
const HALF = (SAVGOL_WINDOW - 1) / 2;
/** Central smoothing weights of the cubic (= quadratic) 5-point Savitzky–Golay filter. */
export const SAVGOL_SMOOTH: readonly number[] = [-3, 12, 17, 12, -3].map((w) => w / 35);
/** Residual filter: identity minus the smooth. */
export const SAVGOL_RESIDUAL: readonly number[] = SAVGOL_SMOOTH.map(
  (w, i) => (i === HALF ? 1 : 0) - w,
);

/**
 * Residual x[t] − smooth(x)[t] for every t with a full window of finite values; NaN elsewhere
 * (the first and last two frames, and around missing frames).
 */
export function highPass(series: ArrayLike<number>): Float64Array {
  const n = series.length;
  const out = new Float64Array(n).fill(Number.NaN);
  for (let t = HALF; t < n - HALF; t++) {
    let acc = 0;
    for (let k = 0; k < SAVGOL_WINDOW; k++) acc += SAVGOL_RESIDUAL[k]! * series[t - HALF + k]!;
    if (Number.isFinite(acc)) out[t] = acc;
  }
  return out;
}

/** Smoothed series (NaN where the window is incomplete): for speeds measured without jitter. */
export function smooth(series: ArrayLike<number>): Float64Array {
  const n = series.length;
  const out = new Float64Array(n).fill(Number.NaN);
  for (let t = HALF; t < n - HALF; t++) {
    let acc = 0;
    for (let k = 0; k < SAVGOL_WINDOW; k++) acc += SAVGOL_SMOOTH[k]! * series[t - HALF + k]!;
    if (Number.isFinite(acc)) out[t] = acc;
  }
  return out;
}
