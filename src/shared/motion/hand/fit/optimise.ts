/**
 * A deterministic bounded coordinate descent for sums of many small terms (one term per fitted
 * recording): each parameter in turn is stepped up and down, a step kept when the loss falls, and
 * the step halved when a whole sweep keeps nothing. Only the terms a parameter moves are
 * recomputed (found once by perturbing it), which makes ~100 parameters × ~20 letters cheap.
 */

export interface Objective {
  /** Number of terms; the loss is their mean plus `prior`. */
  readonly terms: number;
  term(t: number, x: Float64Array): number;
  /** A penalty on the parameters themselves (e.g. distance from a starting model). */
  prior?(x: Float64Array): number;
}

export interface DescentOptions {
  readonly lower: ArrayLike<number>;
  readonly upper: ArrayLike<number>;
  /** Natural size of each parameter; steps are multiples of it. */
  readonly unit: ArrayLike<number>;
  /** First and last step, in units. */
  readonly initialStep?: number;
  readonly minStep?: number;
  /** Sweeps per step size at most. */
  readonly maxSweeps?: number;
  readonly onProgress?: (p: { step: number; sweep: number; loss: number }) => void;
}

export interface DescentResult {
  readonly x: Float64Array;
  readonly loss: number;
  readonly initialLoss: number;
  readonly evaluations: number;
}

const DEFAULT_INITIAL_STEP = 2;
const DEFAULT_MIN_STEP = 0.05;
const DEFAULT_MAX_SWEEPS = 6;
/** A change smaller than this is no change (floating-point noise). */
const EPS = 1e-12;

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

export function coordinateDescent(
  objective: Objective,
  x0: ArrayLike<number>,
  opts: DescentOptions,
): DescentResult {
  const n = x0.length;
  for (const [name, a] of [
    ['lower', opts.lower],
    ['upper', opts.upper],
    ['unit', opts.unit],
  ] as const)
    if (a.length !== n) throw new Error(`${name} has ${a.length} values; expected ${n}`);
  const x = Float64Array.from(x0, (v, i) => clamp(v, opts.lower[i]!, opts.upper[i]!));
  const T = objective.terms;
  let evaluations = 0;
  const termAt = (t: number, v: Float64Array): number => {
    evaluations++;
    return objective.term(t, v);
  };
  const prior = (v: Float64Array): number => objective.prior?.(v) ?? 0;
  const terms = Float64Array.from({ length: T }, (_, t) => termAt(t, x));
  const sum = (): number => terms.reduce((s, v) => s + v, 0);
  let loss = sum() / T + prior(x);
  const initialLoss = loss;

  // Which terms each parameter moves: perturb it by half a unit (inwards at a bound).
  const deps: number[][] = [];
  for (let i = 0; i < n; i++) {
    const old = x[i]!;
    const half = opts.unit[i]! / 2;
    x[i] = old + half <= opts.upper[i]! ? old + half : old - half;
    const moved: number[] = [];
    for (let t = 0; t < T; t++) if (Math.abs(termAt(t, x) - terms[t]!) > EPS) moved.push(t);
    x[i] = old;
    deps.push(moved);
  }

  const trial = new Float64Array(T);
  const initialStep = opts.initialStep ?? DEFAULT_INITIAL_STEP;
  const minStep = opts.minStep ?? DEFAULT_MIN_STEP;
  const maxSweeps = opts.maxSweeps ?? DEFAULT_MAX_SWEEPS;
  for (let step = initialStep; step >= minStep - EPS; step /= 2) {
    for (let sweep = 0; sweep < maxSweeps; sweep++) {
      let improved = false;
      for (let i = 0; i < n; i++) {
        const dep = deps[i]!;
        const priorOnly = dep.length === 0 && objective.prior === undefined;
        if (priorOnly) continue;
        for (const dir of [1, -1]) {
          // Keep stepping the same way while it helps (a crude line search).
          for (;;) {
            const old = x[i]!;
            const next = clamp(old + dir * step * opts.unit[i]!, opts.lower[i]!, opts.upper[i]!);
            if (next === old) break;
            x[i] = next;
            let total = sum();
            for (const t of dep) {
              trial[t] = termAt(t, x);
              total += trial[t]! - terms[t]!;
            }
            const candidate = total / T + prior(x);
            if (candidate < loss - EPS) {
              loss = candidate;
              for (const t of dep) terms[t] = trial[t]!;
              improved = true;
            } else {
              x[i] = old;
              break;
            }
          }
        }
      }
      opts.onProgress?.({ step, sweep, loss });
      if (!improved) break;
    }
  }
  return { x, loss, initialLoss, evaluations };
}
