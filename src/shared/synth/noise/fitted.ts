import { ASSUMED } from './fit';
import type { NoiseParams } from './params';

/**
 * Detection noise measured on real MediaPipe Holistic recordings (measured, not copied: only
 * these numbers come from the data). Fitted 2026-12-07 with `fitNoise`
 * (src/cli/synth/report/fit-noise.ts) on ../shared/data/fingerspelling (gsg/ and ase/: 56
 * clips of single fingerspelled letters, 500×500, 25 and 30 fps) and the two Holistic fixtures
 * in ../shared/fixtures/pose (24 fps, 8 pose points): 58 recordings, 2,008 frames.
 *
 * In-sample figures (Savitzky–Golay 5-frame residual, robust sigma):
 * - jitter σ (median recording), shoulder widths: pose 0.00145 shared + 0.00263 per point,
 *   hands 0.00302 shared + 0.00202 per point, face 0.00039 shared + 0.00045 per point; depth:
 *   pose 0.085 (MediaPipe's pose z is that loose), hand 0.0046, face 0.0019. Recordings differ
 *   up to fivefold (hand residual IQR 0.0009…0.0049).
 * - residual lag-one autocorrelation −0.55…−0.75 (AR(1) noise gives −0.75…−0.84 through this
 *   filter): real motion leaks into the residual, so ρ is not identifiable and is assumed 0
 *   (white at 30 fps); σ is then an upper bound that includes some motion.
 * - hand dropouts: none inside any clip (1,958 hand frames; clips are cut to the signing), so
 *   dropout runs are assumed (1 % of frames start a 3-frame run); hands lost at the face, crossing
   or moving fast (occlusion) are assumed too (fit.ts, ASSUMED.occlusion).
 * - hand swaps: none in 398 checkable hand frames; assumed rare.
 * - pose points outside the image: median visibility 0.0014 (fitted).
 */
export const FITTED_NOISE: NoiseParams = {
  pose: {
    shared: { sigma: 0.00145, rho: 0 },
    point: { sigma: 0.00263, rho: 0 },
    depth: { sigma: 0.085, rho: 0 },
  },
  hand: {
    shared: { sigma: 0.00302, rho: 0 },
    point: { sigma: 0.00202, rho: 0 },
    depth: { sigma: 0.00462, rho: 0 },
  },
  face: {
    shared: { sigma: 0.000392, rho: 0 },
    point: { sigma: 0.000446, rho: 0 },
    depth: { sigma: 0.00187, rho: 0.292 },
  },
  dropout: { startPerFrame: 0.01, meanRunFrames: 3 },
  occlusion: { ...ASSUMED.occlusion },
  swap: { startPerFrame: 0.0005, meanRunFrames: 3 },
  outsideVisibility: 0.0014,
  source: {
    pose: 'fitted',
    hand: 'fitted',
    face: 'fitted',
    poseRho: 'assumed',
    handRho: 'assumed',
    faceRho: 'assumed',
    dropout: 'assumed',
    occlusion: 'assumed',
    swap: 'assumed',
    outsideVisibility: 'fitted',
  },
};
