/**
 * Motion synthesis: SignSpec (src/shared/sigml) → a motion clip for a VRM avatar, and the clip's
 * Holistic landmarks by forward kinematics. Pure: no Node, no DOM.
 */
export { synthesize, type SynthesizeOptions, type UtteranceItem } from './synth';
export { isAnimatable, type Animatability } from './animatable';
export {
  allocateClip,
  clipDuration,
  clipFromJson,
  clipToJson,
  parseClip,
  serializeClip,
  clipJsonSchema,
  type Clip,
  type ClipJson,
  type TimelineEntry,
} from './clip';
export {
  clipToLandmarks,
  clipToPoseFile,
  defaultCamera,
  type LandmarkOptions,
  type VirtualCamera,
} from './fk';
export {
  buildSkeleton,
  DEFAULT_SKELETON,
  makeSkeleton,
  SKELETON_PRESETS,
  type BodyDims,
  type Proportions,
  type RestPositions,
  type Skeleton,
} from './skeleton';
export {
  CLIP_BONES,
  CLIP_EXPRESSIONS,
  CUSTOM_EXPRESSIONS,
  SKELETON_BONES,
  type ClipBone,
  type ClipExpression,
  type SkeletonBone,
} from './rig';
export {
  activeHand,
  handDescriptor,
  heldDescriptor,
  nearestNeighbour,
  type HandComponent,
  type Labelled,
  type NearestResult,
} from './eval';
