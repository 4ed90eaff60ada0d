import {
  FACE_MESH_IRISES,
  FACE_MESH_POINTS,
  type FaceMeshSize,
  FACE_MESH_TESSELATION,
} from '../landmarks/face-mesh';
import {
  HAND_CONNECTIONS,
  HAND_LANDMARK_NAMES,
  POSE_CONNECTIONS,
  POSE_LANDMARK_NAMES,
} from '../landmarks/holistic-names';
import type { ComponentName } from '../landmarks/layout';
import type { PoseComponent, RGB } from './types';

/**
 * The MediaPipe Holistic components as pose-format's Python library writes them
 * (`pose_format.utils.holistic.holistic_components`): same names, point names, limbs and
 * colours, so files we write look like files the field's own tools write.
 */
export const HOLISTIC_COMPONENT = {
  pose: 'POSE_LANDMARKS',
  face: 'FACE_LANDMARKS',
  leftHand: 'LEFT_HAND_LANDMARKS',
  rightHand: 'RIGHT_HAND_LANDMARKS',
} as const satisfies Record<ComponentName, string>;
export const POSE_WORLD_COMPONENT = 'POSE_WORLD_LANDMARKS';

/** Every Holistic component stores x, y, z and confidence. */
export const HOLISTIC_FORMAT = 'XYZC';
const POSE_COLORS: readonly RGB[] = [[255, 0, 0]];
const FACE_COLORS: readonly RGB[] = [[128, 0, 0]];

/**
 * pose-format's hand palette (from its OpenPose module, reused for Holistic hands): one colour
 * per point, a base colour per finger brightened by 35 per joint, the wrist grey. This is the
 * palette of the pose-format releases that wrote the Holistic files we have seen in the wild;
 * newer releases reorder the finger colours and recolour the pinky, which only changes drawing.
 * Built with Python's floor division and modulo, which the original formula relies on.
 */
export const HAND_COLORS: readonly RGB[] = (() => {
  // prettier-ignore
  const base: readonly RGB[] = [[192, 0, 0], [192, 192, 0], [0, 192, 0], [0, 192, 192], [0, 0, 192], [127, 127, 127]];
  const colors: RGB[] = [];
  for (let i = -1; i < HAND_LANDMARK_NAMES.length - 1; i++) {
    const group = Math.floor(i / 4);
    const [r, g, b] = base[(group + base.length) % base.length] ?? [0, 0, 0];
    const add = 35 * (((i % 4) + 4) % 4);
    colors.push([r + add, g + add, b + add]);
  }
  return colors;
})();

export interface HolisticComponentOptions {
  /**
   * 478 with refined irises (default, like the landmarker), 468 without, or the mesh indices of a
   * reduced face (ascending; e.g. the synthetic corpus's named points): points are named by mesh
   * index, so readers map them back.
   */
  facePoints?: FaceMeshSize | readonly number[];
  /** Append POSE_WORLD_LANDMARKS (metric pose), as pose-format's writer does. */
  world?: boolean;
}

export function holisticComponents(options: HolisticComponentOptions = {}): PoseComponent[] {
  const facePoints = options.facePoints ?? FACE_MESH_POINTS;
  const pose = (name: string): PoseComponent => ({
    name,
    format: HOLISTIC_FORMAT,
    points: POSE_LANDMARK_NAMES,
    limbs: POSE_CONNECTIONS,
    colors: POSE_COLORS,
  });
  const hand = (name: string): PoseComponent => ({
    name,
    format: HOLISTIC_FORMAT,
    points: HAND_LANDMARK_NAMES,
    limbs: HAND_CONNECTIONS,
    colors: HAND_COLORS,
  });
  const face: PoseComponent =
    typeof facePoints === 'number'
      ? {
          name: HOLISTIC_COMPONENT.face,
          format: HOLISTIC_FORMAT,
          // pose-format names face points by their mesh index.
          points: Array.from({ length: facePoints }, (_, i) => String(i)),
          limbs:
            facePoints === FACE_MESH_POINTS
              ? [...FACE_MESH_TESSELATION, ...FACE_MESH_IRISES]
              : FACE_MESH_TESSELATION,
          colors: FACE_COLORS,
        }
      : reducedFace(facePoints);
  const components = [
    pose(HOLISTIC_COMPONENT.pose),
    face,
    hand(HOLISTIC_COMPONENT.leftHand),
    hand(HOLISTIC_COMPONENT.rightHand),
  ];
  if (options.world) components.push(pose(POSE_WORLD_COMPONENT));
  return components;
}

/** A face component of some mesh points: the mesh's edges between kept points, re-indexed. */
function reducedFace(indices: readonly number[]): PoseComponent {
  indices.forEach((m, i) => {
    if (!Number.isInteger(m) || m < 0 || m >= FACE_MESH_POINTS || (i > 0 && m <= indices[i - 1]!))
      throw new RangeError(
        `face point ${i} is mesh index ${m}; expected ascending integers from 0 to ${FACE_MESH_POINTS - 1}`,
      );
  });
  const at = new Map(indices.map((m, i) => [m, i]));
  const limbs: [number, number][] = [];
  for (const [a, b] of [...FACE_MESH_TESSELATION, ...FACE_MESH_IRISES]) {
    const ia = at.get(a);
    const ib = at.get(b);
    if (ia !== undefined && ib !== undefined) limbs.push([ia, ib]);
  }
  return {
    name: HOLISTIC_COMPONENT.face,
    format: HOLISTIC_FORMAT,
    points: indices.map(String),
    limbs,
    colors: FACE_COLORS,
  };
}
