import { createHeadPose, fitHeadPose } from '../../landmarks/head-pose';
import { fromBasisQ, quat, relativeQ, slerpQ, vec3, type Quat } from '../math';

/**
 * Share of the head's rotation the neck takes: a real head turns on the whole cervical spine, and
 * an avatar whose head alone turns 40° looks broken at the neck.
 */
const NECK_SHARE = 0.4;
/** A face fit worse than this RMS (canonical centimetres) is a mis-detection: keep the last pose. */
const MAX_FACE_RESIDUAL_CM = 2;

const pose = createHeadPose();
const x = vec3();
const y = vec3();
const z = vec3();
const world = quat();
const identity = quat();

/**
 * Neck and head local rotations from the face mesh (yaw, pitch and roll of the whole head): the
 * rigid face points are fitted to MediaPipe's canonical face (landmarks/head-pose.ts), whose frame
 * (x the subject's left, y up, z out of the face) is the avatar head's rest frame and whose
 * observed frame is the avatar's world frame (observe.ts). The chest is at rest, so the neck's
 * parent frame is the world. Returns false (outputs untouched) without a usable face.
 */
export function retargetHead(frame: Float32Array, aspect: number, neck: Quat, head: Quat): boolean {
  if (!fitHeadPose(frame, aspect, pose) || !(pose.residual <= MAX_FACE_RESIDUAL_CM)) return false;
  const r = pose.rotation;
  // Columns of the row-major rotation are the canonical axes in the observed frame.
  x.splice(0, 3, r[0]!, r[3]!, r[6]!);
  y.splice(0, 3, r[1]!, r[4]!, r[7]!);
  z.splice(0, 3, r[2]!, r[5]!, r[8]!);
  fromBasisQ(world, x, y, z);
  slerpQ(neck, identity, world, NECK_SHARE);
  relativeQ(head, neck, world);
  return true;
}
