/**
 * Minimal SVG charts for the realism report (no plotting dependency): overlaid density
 * histograms and line plots, synthetic vs real. Text is escaped; sizes are in CSS pixels.
 */
export interface Series {
  name: string;
  color: string;
}
export interface HistogramSeries extends Series {
  values: readonly number[];
}
export interface LineSeries extends Series {
  x: readonly number[];
  y: readonly number[];
  dashed?: boolean;
}

export const PLOT_WIDTH = 640;
export const PLOT_HEIGHT = 400;
const M = { left: 64, right: 16, top: 36, bottom: 48 };
const BINS = 30;
/** Legend: inside the plot's top right corner. */
const LEGEND_STEP = 90;
const LEGEND_X = PLOT_WIDTH - M.right - 2 * LEGEND_STEP;
/** Histogram range: these quantiles of all values, so a few outliers do not squash the rest. */
const RANGE_QUANTILES = [0.01, 0.99] as const;

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number): string =>
  Math.abs(v) >= 100 || v === 0 ? v.toFixed(0) : v.toPrecision(2);

function frame(
  title: string,
  xLabel: string,
  yLabel: string,
  body: string,
  legend: readonly Series[],
): string {
  const items = legend
    .map(
      (s, i) =>
        `<rect x="${LEGEND_X + i * LEGEND_STEP}" y="${M.top + 8}" width="12" height="12" fill="${s.color}" fill-opacity="0.6"/>` +
        `<text x="${LEGEND_X + 16 + i * LEGEND_STEP}" y="${M.top + 18}" font-size="12">${esc(s.name)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PLOT_WIDTH}" height="${PLOT_HEIGHT}" font-family="sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<text x="${PLOT_WIDTH / 2}" y="20" font-size="14" text-anchor="middle">${esc(title)}</text>${items}${body}` +
    `<text x="${M.left + (PLOT_WIDTH - M.left - M.right) / 2}" y="${PLOT_HEIGHT - 10}" font-size="12" text-anchor="middle">${esc(xLabel)}</text>` +
    `<text transform="translate(14 ${M.top + (PLOT_HEIGHT - M.top - M.bottom) / 2}) rotate(-90)" font-size="12" text-anchor="middle">${esc(yLabel)}</text></svg>`
  );
}

function axes(
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  yFmt: (v: number) => string = fmt,
): string {
  const w = PLOT_WIDTH - M.left - M.right;
  const h = PLOT_HEIGHT - M.top - M.bottom;
  let s = `<rect x="${M.left}" y="${M.top}" width="${w}" height="${h}" fill="none" stroke="#444"/>`;
  for (let i = 0; i <= 4; i++) {
    const xv = x0 + ((x1 - x0) * i) / 4;
    const yv = y0 + ((y1 - y0) * i) / 4;
    const px = M.left + (w * i) / 4;
    const py = M.top + h - (h * i) / 4;
    s += `<text x="${px}" y="${M.top + h + 16}" font-size="11" text-anchor="middle">${fmt(xv)}</text>`;
    s += `<text x="${M.left - 6}" y="${py + 4}" font-size="11" text-anchor="end">${yFmt(yv)}</text>`;
  }
  return s;
}

/** Density histograms of each series over shared bins. */
export function histogramSvg(
  title: string,
  xLabel: string,
  series: readonly HistogramSeries[],
): string {
  const all = series.flatMap((s) => s.values.filter(Number.isFinite)).sort((a, b) => a - b);
  const q = (p: number): number =>
    all[Math.min(all.length - 1, Math.floor(p * (all.length - 1)))] ?? 0;
  let lo = q(RANGE_QUANTILES[0]);
  let hi = q(RANGE_QUANTILES[1]);
  if (!(hi > lo)) [lo, hi] = [lo - 0.5, lo + 0.5];
  const width = (hi - lo) / BINS;
  const densities = series.map((s) => {
    const v = s.values.filter((x) => Number.isFinite(x) && x >= lo && x <= hi);
    const bins = new Array<number>(BINS).fill(0);
    for (const x of v) bins[Math.min(BINS - 1, Math.floor((x - lo) / width))]!++;
    return bins.map((b) => (v.length > 0 ? b / (v.length * width) : 0));
  });
  const top = Math.max(1e-12, ...densities.flat()) * 1.05;
  const w = PLOT_WIDTH - M.left - M.right;
  const h = PLOT_HEIGHT - M.top - M.bottom;
  const bars = densities
    .map((d, i) =>
      d
        .map((v, b) => {
          const bh = (v / top) * h;
          return `<rect x="${(M.left + (b * w) / BINS).toFixed(1)}" y="${(M.top + h - bh).toFixed(1)}" width="${(w / BINS).toFixed(1)}" height="${bh.toFixed(1)}" fill="${series[i]!.color}" fill-opacity="0.45" stroke="${series[i]!.color}"/>`;
        })
        .join(''),
    )
    .join('');
  return frame(title, xLabel, 'density', axes(lo, hi, 0, top) + bars, series);
}

/** Line plot; `logY` plots log10 of y (non-positive values are skipped). */
export function lineSvg(
  title: string,
  xLabel: string,
  yLabel: string,
  series: readonly LineSeries[],
  logY = false,
): string {
  const tf = (y: number): number => (logY ? Math.log10(y) : y);
  const pts = series
    .flatMap((s) => s.x.map((x, i) => [x, tf(s.y[i]!)] as const))
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const xs = pts.map(([x]) => x);
  const ys = pts.map(([, y]) => y);
  const [x0, x1] = [Math.min(0, ...xs), Math.max(1e-9, ...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (!(y1 > y0)) [y0, y1] = [y0 - 1, y0 + 1];
  const w = PLOT_WIDTH - M.left - M.right;
  const h = PLOT_HEIGHT - M.top - M.bottom;
  const px = (x: number): number => M.left + ((x - x0) / (x1 - x0)) * w;
  const py = (y: number): number => M.top + h - ((y - y0) / (y1 - y0)) * h;
  const lines = series
    .map((s) => {
      const d = s.x
        .map((x, i) => [x, tf(s.y[i]!)] as const)
        .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y))
        .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(x).toFixed(1)} ${py(y).toFixed(1)}`)
        .join(' ');
      return `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
    })
    .join('');
  const yFmt = logY ? (v: number): string => `1e${v.toFixed(1)}` : fmt;
  return frame(title, xLabel, yLabel, axes(x0, x1, y0, y1, yFmt) + lines, series);
}
