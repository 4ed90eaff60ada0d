export { loadAvatar, describeGaps } from './load';
export { SigningAvatar } from './signing-avatar';
export { checkClip, type PoseClip } from './clip';
export { bindClip, applyFrame, type RetargetBinding } from './retarget';
export {
  createStage,
  frameUpperBody,
  upperBodyFraming,
  STAGE_BACKGROUND,
  type Stage,
  type Framing,
} from './stage';
