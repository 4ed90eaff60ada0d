/**
 * The causal body-frame normaliser: component-wise median of the shoulder midpoint and width over
 * the last N frames that had shoulders. A median ignores a glitch (a shoulder swapped or jumping
 * for a few frames) instead of smearing it like an exponential average, a bounded window follows a
 * signer who shifts in the chair, and a fixed ring buffer keeps the live path allocation-free.
 */
export const NORMALISER_WINDOW_S = 1;

/** Window length in frames for a frame rate; floor(x + 0.5) so Python rounds the same way. */
export function normaliserWindow(fps: number): number {
  return Math.max(1, Math.floor(NORMALISER_WINDOW_S * fps + 0.5));
}

export class ShoulderWindow {
  /** Medians of the window; meaningful only while `count > 0`. */
  cx = 0;
  cy = 0;
  width = 1;
  /** Frames with shoulders in the window (at most its length). */
  count = 0;

  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private readonly ws: Float64Array;
  private readonly scratch: Float64Array;
  private next = 0;

  constructor(readonly length: number) {
    this.xs = new Float64Array(length);
    this.ys = new Float64Array(length);
    this.ws = new Float64Array(length);
    this.scratch = new Float64Array(length);
  }

  reset(): void {
    this.count = 0;
    this.next = 0;
  }

  /** Adds one frame's shoulder midpoint and width, evicting the oldest, and updates the medians. */
  push(cx: number, cy: number, width: number): void {
    this.xs[this.next] = cx;
    this.ys[this.next] = cy;
    this.ws[this.next] = width;
    this.next = (this.next + 1) % this.length;
    this.count = Math.min(this.count + 1, this.length);
    this.cx = this.median(this.xs);
    this.cy = this.median(this.ys);
    this.width = this.median(this.ws);
  }

  /** Median of the first `count` values (the filled slots; their order does not matter). */
  private median(values: Float64Array): number {
    const n = this.count;
    const s = this.scratch;
    // Insertion sort: n is a few dozen, and nothing is allocated.
    for (let i = 0; i < n; i++) {
      const v = values[i] ?? 0;
      let j = i - 1;
      while (j >= 0 && (s[j] ?? 0) > v) {
        s[j + 1] = s[j] ?? 0;
        j--;
      }
      s[j + 1] = v;
    }
    const lo = s[(n - 1) >> 1] ?? 0;
    const hi = s[n >> 1] ?? 0;
    return (lo + hi) / 2;
  }
}
