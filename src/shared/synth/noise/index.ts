export { applyNoise, type ApplyNoiseOptions } from './apply';
export { ar1Path, invertResidual, residualAcf, residualGain } from './ar1';
export { ASSUMED, fitNoise } from './fit';
export { FITTED_NOISE } from './fitted';
export {
  NOISE_REFERENCE_FPS,
  NO_NOISE,
  rhoAtFps,
  rhoToReference,
  runsAtFps,
  runsToReference,
  type Ar1,
  type NoiseParamKey,
  type NoiseParams,
  type OcclusionParams,
  type PartNoise,
  type RunParams,
} from './params';
export { drawRuns } from './runs';
export { hardFrames, occlusionMisses, type HandPart } from './occlusion';
