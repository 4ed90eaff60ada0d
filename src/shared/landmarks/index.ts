export * from './layout';
export * from './wire';
export * from './holistic-names';
export * from './face-mesh';
export {
  CANONICAL_FACE,
  CANONICAL_IRIS,
  type CanonicalFacePointName,
  type CanonicalPoint,
} from './canonical-face';
export * from './rotation';
export * from './head-pose';
export * from './face-features';
export * from './head-motion';
export * from './synthetic-face';
export * from './normalize';
