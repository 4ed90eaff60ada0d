/**
 * The detection-noise model: what MediaPipe Holistic adds to a landmark track that the avatar's
 * forward kinematics does not have. Lengths are in shoulder widths (the body's own scale in the
 * image, so the noise does not depend on how far the signer stands from the camera); temporal
 * parameters are given at NOISE_REFERENCE_FPS and converted for other rates (atFps).
 */
export const NOISE_REFERENCE_FPS = 30;

/** A stationary AR(1) process: sigma its standard deviation, rho its lag-one correlation. */
export interface Ar1 {
  /** Standard deviation, shoulder widths. */
  sigma: number;
  /** Lag-one autocorrelation at NOISE_REFERENCE_FPS. */
  rho: number;
}

/**
 * One detector's noise: `shared` moves every point of the part together (the crop or the face
 * mesh shifting as a whole), `point` is independent per landmark, `depth` per landmark in z.
 */
export interface PartNoise {
  shared: Ar1;
  point: Ar1;
  depth: Ar1;
}

/** Runs of frames: a run starts with this probability per frame and lasts a geometric length. */
export interface RunParams {
  startPerFrame: number;
  meanRunFrames: number;
}

/**
 * Hands lost where a detector struggles: at the face, crossing the other hand, moving fast.
 * Distances in shoulder widths in the image plane; see occlusion.ts for how they are used.
 */
export interface OcclusionParams {
  /** The middle of the palm within this distance of the nose: the hand is over the face. */
  faceDistance: number;
  /** The wrists within this distance of each other: the hands cross or touch. */
  handsDistance: number;
  /** The wrist faster than this, shoulder widths per second: motion blur. */
  fastSpeed: number;
  /** Per hard frame at NOISE_REFERENCE_FPS, at full strength: a miss run starts. */
  startPerFrame: number;
  /** Mean length of a miss run, frames at NOISE_REFERENCE_FPS. */
  meanRunFrames: number;
}

export interface NoiseParams {
  pose: PartNoise;
  hand: PartNoise;
  face: PartNoise;
  /** A detected hand is missed (NaN) for a run of frames. */
  dropout: RunParams;
  /** A hand is missed in hard moments (at the face, crossing, fast), by a per-clip strength. */
  occlusion: OcclusionParams;
  /** The two hands' landmarks are exchanged for a run of frames. */
  swap: RunParams;
  /** Visibility MediaPipe gives a pose point outside the image (it keeps guessing coordinates). */
  outsideVisibility: number;
  /** Which values come from real recordings and which are assumptions. */
  source: Record<NoiseParamKey, 'fitted' | 'assumed'>;
}
/** `pose`, `hand`, `face`: the sigmas; `…Rho`: the AR(1) coefficients of that part. */
export type NoiseParamKey =
  | 'pose'
  | 'hand'
  | 'face'
  | 'poseRho'
  | 'handRho'
  | 'faceRho'
  | 'dropout'
  | 'occlusion'
  | 'swap'
  | 'outsideVisibility';

/**
 * An AR(1) correlation at another frame rate. The process is read as sampled continuous-time
 * noise (Ornstein–Uhlenbeck) with correlation time −1 / (fps₀ ln ρ₀), so ρ = ρ₀^(fps₀ / fps):
 * at a lower rate successive frames are further apart and less correlated. Negative ρ (frame to
 * frame alternation, a property of the sampling) is kept as is.
 */
export function rhoAtFps(rho: number, fps: number): number {
  if (!(rho > 0)) return rho;
  return rho ** (NOISE_REFERENCE_FPS / fps);
}

/** Run parameters at another frame rate: the same rate per second and the same mean duration. */
export function runsAtFps(runs: RunParams, fps: number): RunParams {
  const ratio = NOISE_REFERENCE_FPS / fps;
  return {
    startPerFrame: 1 - (1 - runs.startPerFrame) ** ratio,
    meanRunFrames: Math.max(1, runs.meanRunFrames / ratio),
  };
}

/** Run parameters measured at `fps`, expressed at the reference rate (inverse of runsAtFps). */
export function runsToReference(runs: RunParams, fps: number): RunParams {
  return runsAtFps(runs, (NOISE_REFERENCE_FPS * NOISE_REFERENCE_FPS) / fps);
}

/** A lag-one correlation measured at `fps`, expressed at the reference rate. */
export function rhoToReference(rho: number, fps: number): number {
  return rhoAtFps(rho, (NOISE_REFERENCE_FPS * NOISE_REFERENCE_FPS) / fps);
}

/** No noise at all: for tests and for rendering the avatar exactly. */
export const NO_NOISE: NoiseParams = {
  pose: { shared: { sigma: 0, rho: 0 }, point: { sigma: 0, rho: 0 }, depth: { sigma: 0, rho: 0 } },
  hand: { shared: { sigma: 0, rho: 0 }, point: { sigma: 0, rho: 0 }, depth: { sigma: 0, rho: 0 } },
  face: { shared: { sigma: 0, rho: 0 }, point: { sigma: 0, rho: 0 }, depth: { sigma: 0, rho: 0 } },
  dropout: { startPerFrame: 0, meanRunFrames: 1 },
  occlusion: {
    faceDistance: 0,
    handsDistance: 0,
    fastSpeed: 0,
    startPerFrame: 0,
    meanRunFrames: 1,
  },
  swap: { startPerFrame: 0, meanRunFrames: 1 },
  outsideVisibility: 0,
  source: {
    pose: 'assumed',
    hand: 'assumed',
    face: 'assumed',
    poseRho: 'assumed',
    handRho: 'assumed',
    faceRho: 'assumed',
    dropout: 'assumed',
    occlusion: 'assumed',
    swap: 'assumed',
    outsideVisibility: 'assumed',
  },
};
