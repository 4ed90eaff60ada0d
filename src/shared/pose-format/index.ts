export { PoseFormatError } from './errors';
export { DEFAULT_POSE_LIMITS, type PoseLimits } from './limits';
export {
  POSE_VERSIONS,
  componentOffsets,
  poseDims,
  poseVersion,
  totalPoints,
  type Limb,
  type Pose,
  type PoseBody,
  type PoseComponent,
  type PoseHeader,
  type PoseVersion,
  type RGB,
} from './types';
export { decodePose } from './decode';
export { encodePose, type EncodeOptions } from './encode';
export {
  HAND_COLORS,
  HOLISTIC_COMPONENT,
  HOLISTIC_FORMAT,
  POSE_WORLD_COMPONENT,
  holisticComponents,
  type HolisticComponentOptions,
} from './holistic';
export { holisticMapping, type HolisticMapping, type PartMapping } from './mapping';
export {
  MIN_DETECTED_CONFIDENCE,
  framesToPose,
  poseFrame,
  poseToFrames,
  type FrameReadOptions,
  type FrameWriteOptions,
} from './frames';
export {
  PART_COMPONENT_NAMES,
  summarizePose,
  type ComponentSummary,
  type PoseSummary,
} from './summary';
