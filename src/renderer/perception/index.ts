export { createLandmarker } from './create';
export { benchLandmarker, percentiles, type LandmarkerBenchOptions } from './bench';
export { installPerceptionAutomation } from './automation';
export { probeWebGl } from './delegate';
export * from './types';
