import { bodyValue, requireBodyFrame } from './body-frame';
import { PART_POINTS, type NoisePart } from './parts';
import { checkFps, type Recording } from './recording';
import { highPass } from './savgol';
import { MAD_TO_SD, median } from './stats';

/** Residual lags whose autocorrelation is kept (enough to fit an AR(1) through the filter). */
export const JITTER_LAGS = 2;
/** Residuals beyond this many robust sigmas are clipped before autocorrelation (motion spikes). */
const WINSOR_SIGMAS = 4;

/**
 * Moments of the high-pass residual (savgol.ts) of one component of a part's jitter, in shoulder
 * widths. `shared` is the part-wide mean residual per frame (the whole hand or face shifting,
 * as when the detector's crop moves); `point` is each landmark's residual minus that mean.
 * The variance is robust (median absolute residual), so a fast real movement that the cubic
 * smooth misses inflates it much less than it would an RMS.
 */
export interface ResidualMoments {
  /** Residual samples used. */
  n: number;
  variance: number;
  /** Autocorrelation of the residual at lags 1..JITTER_LAGS. */
  acf: number[];
}

export interface PartJitter {
  part: NoisePart;
  fps: number;
  /** Points that had residuals (for the shared-component correction 1/points). */
  points: number;
  shared: ResidualMoments;
  point: ResidualMoments;
  /** Depth: each point's z residual, in shoulder widths. */
  depth: ResidualMoments;
}

/** Residual series of one part: [component][point] → per-frame residual (NaN where none). */
function partResiduals(rec: Recording, part: NoisePart, v: 0 | 1 | 2): Float64Array[] {
  const b = requireBodyFrame(rec);
  return PART_POINTS[part].map((p) => highPass(rec.frames.map((f) => bodyValue(f, p, v, b))));
}

function moments(series: readonly Float64Array[]): ResidualMoments {
  const all: number[] = [];
  for (const s of series) for (const r of s) if (Number.isFinite(r)) all.push(r);
  const sigma = MAD_TO_SD * median(all.map(Math.abs));
  const clip = WINSOR_SIGMAS * sigma;
  const w = (r: number): number => Math.max(-clip, Math.min(clip, r));
  let sumSq = 0;
  let count = 0;
  const lagSum = new Array<number>(JITTER_LAGS).fill(0);
  const lagCount = new Array<number>(JITTER_LAGS).fill(0);
  for (const s of series) {
    for (let t = 0; t < s.length; t++) {
      const a = s[t]!;
      if (!Number.isFinite(a)) continue;
      sumSq += w(a) ** 2;
      count++;
      for (let k = 1; k <= JITTER_LAGS; k++) {
        const c = s[t + k];
        if (c === undefined || !Number.isFinite(c)) continue;
        lagSum[k - 1]! += w(a) * w(c);
        lagCount[k - 1]!++;
      }
    }
  }
  const varW = count > 0 ? sumSq / count : Number.NaN;
  return {
    n: all.length,
    variance: sigma * sigma,
    acf: lagSum.map((s, i) =>
      lagCount[i]! > 0 && varW > 0 ? s / lagCount[i]! / varW : Number.NaN,
    ),
  };
}

/** Splits residuals into the per-frame mean over points and each point's deviation from it. */
function split(residuals: readonly Float64Array[]): {
  shared: Float64Array;
  point: Float64Array[];
} {
  const n = residuals[0]?.length ?? 0;
  const shared = new Float64Array(n).fill(Number.NaN);
  const point = residuals.map(() => new Float64Array(n).fill(Number.NaN));
  for (let t = 0; t < n; t++) {
    let sum = 0;
    let k = 0;
    for (const r of residuals) {
      if (Number.isFinite(r[t])) {
        sum += r[t]!;
        k++;
      }
    }
    if (k < 2) continue;
    shared[t] = sum / k;
    residuals.forEach((r, i) => {
      if (Number.isFinite(r[t])) point[i]![t] = r[t]! - shared[t]!;
    });
  }
  return { shared, point };
}

/**
 * Jitter moments of one part of a recording, or undefined when the part is never seen long
 * enough to have residuals. The shared/point split is corrected for its leakage: the mean of N
 * independent point residuals carries 1/N of their variance, and each deviation loses 1/N.
 */
export function partJitter(rec: Recording, part: NoisePart): PartJitter | undefined {
  const fps = checkFps(rec.fps);
  const xy = [...partResiduals(rec, part, 0), ...partResiduals(rec, part, 1)];
  const pointsSeen = partResiduals(rec, part, 0).filter((s) => s.some(Number.isFinite)).length;
  if (pointsSeen < 2) return undefined;
  const half = PART_POINTS[part].length;
  const sx = split(xy.slice(0, half));
  const sy = split(xy.slice(half));
  const shared = moments([sx.shared, sy.shared]);
  const point = moments([...sx.point, ...sy.point]);
  const pointVar = point.variance / (1 - 1 / pointsSeen);
  const depth = moments(partResiduals(rec, part, 2));
  return {
    part,
    fps,
    points: pointsSeen,
    shared: { ...shared, variance: Math.max(0, shared.variance - pointVar / pointsSeen) },
    point: { ...point, variance: pointVar },
    depth,
  };
}

/** The raw per-landmark residuals of a part (x and y series), for spectra. */
export function partResidualSeries(rec: Recording, part: NoisePart): Float64Array[] {
  return [...partResiduals(rec, part, 0), ...partResiduals(rec, part, 1)].filter((s) =>
    s.some(Number.isFinite),
  );
}
