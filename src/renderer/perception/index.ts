export { createLandmarker } from './create';
export { installPerceptionAutomation } from './automation';
export { probeWebGl } from './delegate';
export * from './types';
