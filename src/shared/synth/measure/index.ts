export { bodyFrame, bodyValue, requireBodyFrame, type BodyFrame } from './body-frame';
export {
  HANDS,
  handDropout,
  handSwaps,
  type HandDropout,
  type HandName,
  type SwapCount,
} from './dropout';
export {
  JITTER_LAGS,
  partJitter,
  partResidualSeries,
  type PartJitter,
  type ResidualMoments,
} from './jitter';
export { wristSpeeds } from './motion';
export {
  HAND,
  NOISE_PARTS,
  PART_GROUP,
  PART_POINTS,
  POSE,
  type NoiseGroup,
  type NoisePart,
} from './parts';
export {
  dominantHand,
  handSizes,
  proportions,
  SIGNING_HEIGHT_QUANTILE,
  type Proportions,
} from './proportions';
export { PSD_SEGMENT, residualSpectrum, type Spectrum } from './psd';
export { aspectOf, type Recording } from './recording';
export { SAVGOL_RESIDUAL, SAVGOL_SMOOTH, SAVGOL_WINDOW, highPass, smooth } from './savgol';
export { MAD_TO_SD, mean, median, quantile, robustSigma, summarize, type Summary } from './stats';
export { rocAuc } from './auc';
export {
  WINDOW_FEATURES,
  WINDOW_FPS,
  WINDOW_FRAMES,
  WINDOW_HOP,
  WINDOW_SHAPE_FEATURES,
  handWindows,
} from './hand-windows';
export { logisticScore, trainLogistic, type LogisticModel, type LogisticOptions } from './logistic';
export { resampleFrames } from './resample';
export {
  twoSampleAuc,
  type TwoSampleOptions,
  type TwoSampleResult,
  type WindowGroup,
} from './two-sample';
export { measureRecording, type RecordingMeasures } from './recording-measures';
