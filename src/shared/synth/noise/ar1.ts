import { SAVGOL_RESIDUAL } from '../measure/savgol';
import type { Rng } from '../rng';
import type { Ar1 } from './params';

/**
 * AR(1) noise seen through the jitter high-pass (measure/savgol.ts). The residual r = g ∗ e of an
 * AR(1) e with variance σ² and coefficient ρ has variance σ²·V(ρ), V(ρ) = Σᵢⱼ gᵢgⱼρ^|i−j|, and
 * autocorrelation Σᵢⱼ gᵢgⱼρ^|i−j+k| / V(ρ) at lag k. Inverting these turns measured residual
 * moments into the noise parameters without the motion (which the filter removes).
 */
function residualCov(rho: number, lag: number): number {
  const g = SAVGOL_RESIDUAL;
  let s = 0;
  for (let i = 0; i < g.length; i++) {
    for (let j = 0; j < g.length; j++) {
      const d = Math.abs(i - j + lag);
      s += g[i]! * g[j]! * (d === 0 ? 1 : rho ** d);
    }
  }
  return s;
}

/** Residual variance per unit noise variance. */
export function residualGain(rho: number): number {
  return residualCov(rho, 0);
}

export function residualAcf(rho: number, lag: number): number {
  return residualCov(rho, lag) / residualCov(rho, 0);
}

/** Range searched for ρ: slight alternation up to strongly correlated (beyond, the filter sees nothing). */
export const RHO_MIN = -0.5;
export const RHO_MAX = 0.97;
const RHO_STEP = 0.001;

export interface Ar1Fit extends Ar1 {
  /**
   * False when the measured autocorrelation lies outside what any AR(1) can give through the
   * filter (lag-one between about −0.84 and −0.75): then the residual is not AR(1) noise (real
   * motion leaking through, or noise of another shape) and ρ is the `assumedRho` given.
   */
  rhoFitted: boolean;
}

/**
 * σ and ρ (at the measurement's own rate) whose residual moments match the measured ones: ρ from
 * the autocorrelation (least squares over the lags), then σ² = variance / V(ρ).
 */
export function invertResidual(variance: number, acf: readonly number[], assumedRho = 0): Ar1Fit {
  const a1 = acf[0] ?? Number.NaN;
  const inRange = a1 >= residualAcf(RHO_MIN, 1) && a1 <= residualAcf(RHO_MAX, 1);
  let rho = assumedRho;
  if (inRange) {
    let bestErr = Number.POSITIVE_INFINITY;
    for (let r = RHO_MIN; r <= RHO_MAX + 1e-9; r += RHO_STEP) {
      let err = 0;
      acf.forEach((a, k) => {
        if (Number.isFinite(a)) err += (residualAcf(r, k + 1) - a) ** 2;
      });
      if (err < bestErr) {
        bestErr = err;
        rho = Math.round(r * 1000) / 1000;
      }
    }
  }
  return {
    sigma: Math.sqrt(Math.max(0, variance) / residualGain(rho)),
    rho,
    rhoFitted: inRange,
  };
}

/** Fills `out` with a stationary AR(1) path (first value drawn from the stationary law). */
export function ar1Path(p: Ar1, rho: number, rng: Rng, out: Float64Array): Float64Array {
  const innovation = p.sigma * Math.sqrt(Math.max(0, 1 - rho * rho));
  let e = 0;
  for (let t = 0; t < out.length; t++) {
    e = t === 0 ? rng.normal(0, p.sigma) : rho * e + rng.normal(0, innovation);
    out[t] = e;
  }
  return out;
}
