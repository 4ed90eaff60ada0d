/** Small robust statistics over plain number arrays (NaN entries are ignored). */

/** Scale from the median absolute deviation to the standard deviation of a normal distribution. */
export const MAD_TO_SD = 1.4826;

export function finite(values: Iterable<number>): number[] {
  const out: number[] = [];
  for (const v of values) if (Number.isFinite(v)) out.push(v);
  return out;
}

/** Linear-interpolated quantile (q in [0, 1]); NaN for an empty list. */
export function quantile(values: Iterable<number>, q: number): number {
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function median(values: Iterable<number>): number {
  return quantile(values, 0.5);
}

export function mean(values: Iterable<number>): number {
  const v = finite(values);
  return v.length === 0 ? Number.NaN : v.reduce((s, x) => s + x, 0) / v.length;
}

/** Standard deviation estimated from the median absolute value of zero-mean data. */
export function robustSigma(zeroMean: Iterable<number>): number {
  return MAD_TO_SD * median(finite(zeroMean).map(Math.abs));
}

export interface Summary {
  n: number;
  median: number;
  q25: number;
  q75: number;
}

export function summarize(values: Iterable<number>): Summary {
  const v = finite(values);
  return { n: v.length, median: median(v), q25: quantile(v, 0.25), q75: quantile(v, 0.75) };
}
