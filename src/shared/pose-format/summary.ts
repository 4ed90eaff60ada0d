import type { ComponentName } from '../landmarks/layout';
import { HOLISTIC_COMPONENT } from './holistic';
import { componentOffsets, poseDims, totalPoints, type Pose } from './types';

/**
 * What a pose holds, per part of the body: the JSON that `signbridge landmarks --json` prints,
 * key order included: {"frames", "fps", "components": {"pose", "face", "leftHand", "rightHand"}}.
 */
export interface ComponentSummary {
  /** Points the file stores for this part (0 when the part is absent). */
  points: number;
  /** Frames in which at least one point of this part, of any person, has finite coordinates and confidence > 0. */
  framesDetected: number;
}

export interface PoseSummary {
  frames: number;
  fps: number;
  components: Record<ComponentName, ComponentSummary>;
}

/** Component names that play each part: MediaPipe Holistic first, then OpenPose. */
export const PART_COMPONENT_NAMES: Readonly<Record<ComponentName, readonly string[]>> = {
  pose: [HOLISTIC_COMPONENT.pose, 'pose_keypoints_2d'],
  face: [HOLISTIC_COMPONENT.face, 'face_keypoints_2d'],
  leftHand: [HOLISTIC_COMPONENT.leftHand, 'hand_left_keypoints_2d'],
  rightHand: [HOLISTIC_COMPONENT.rightHand, 'hand_right_keypoints_2d'],
};

export function summarizePose(pose: Pose): PoseSummary {
  return {
    frames: pose.body.frames,
    fps: pose.body.fps,
    components: {
      pose: summarizePart(pose, 'pose'),
      face: summarizePart(pose, 'face'),
      leftHand: summarizePart(pose, 'leftHand'),
      rightHand: summarizePart(pose, 'rightHand'),
    },
  };
}

function summarizePart(pose: Pose, part: ComponentName): ComponentSummary {
  const { header, body } = pose;
  const index = header.components.findIndex((c) => PART_COMPONENT_NAMES[part].includes(c.name));
  const component = header.components[index];
  if (!component) return { points: 0, framesDetected: 0 };
  const first = componentOffsets(header)[index] ?? 0;
  const points = totalPoints(header);
  const dims = poseDims(header);
  const storedDims = component.format.length - 1;
  let framesDetected = 0;
  for (let f = 0; f < body.frames; f++) {
    if (frameHasPoint(pose, f, first, component.points.length, points, dims, storedDims))
      framesDetected++;
  }
  return { points: component.points.length, framesDetected };
}

function frameHasPoint(
  pose: Pose,
  frame: number,
  first: number,
  count: number,
  points: number,
  dims: number,
  storedDims: number,
): boolean {
  const { data, confidence, people } = pose.body;
  for (let person = 0; person < people; person++) {
    const start = (frame * people + person) * points + first;
    for (let cell = start; cell < start + count; cell++) {
      if (!((confidence[cell] ?? 0) > 0)) continue;
      let finite = true;
      for (let d = 0; d < storedDims && finite; d++)
        finite = Number.isFinite(data[cell * dims + d]);
      if (finite) return true;
    }
  }
  return false;
}
