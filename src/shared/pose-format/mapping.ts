import { FACE_MESH_POINTS } from '../landmarks/face-mesh';
import { HAND_LANDMARK, POSE_LANDMARK } from '../landmarks/holistic-names';
import { COMPONENTS, type ComponentName } from '../landmarks/layout';
import { HOLISTIC_COMPONENT } from './holistic';
import { componentOffsets, type PoseHeader } from './types';

/** Where one Holistic component of a file lands in the frame layout. */
export interface PartMapping {
  readonly part: ComponentName;
  /** First point of the component among all the file's points. */
  readonly firstPoint: number;
  /** For each point of the component, its point index within the part, or −1 when unknown. */
  readonly targets: Int32Array;
  /** Dimension index of x, y and z in the body data (z −1 when the file has no depth). */
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

export interface HolisticMapping {
  readonly parts: readonly PartMapping[];
  /** "COMPONENT:point" for points whose names do not belong to their Holistic part. */
  readonly unmapped: readonly string[];
}

const PART_OF: Readonly<Record<string, ComponentName>> = Object.fromEntries(
  Object.entries(HOLISTIC_COMPONENT).map(([part, name]) => [name, part as ComponentName]),
);

/** Point index within the part for a pose-format point name, or −1. */
function pointTarget(part: ComponentName, name: string): number {
  switch (part) {
    case 'pose':
      return (POSE_LANDMARK as Record<string, number>)[name] ?? -1;
    case 'leftHand':
    case 'rightHand':
      return (HAND_LANDMARK as Record<string, number>)[name] ?? -1;
    case 'face': {
      // Face points are named by mesh index, so reduced meshes (e.g. 128 contour points) map too.
      const i = /^\d{1,3}$/.test(name) ? Number(name) : -1;
      return i < FACE_MESH_POINTS && i < COMPONENTS.face.points ? i : -1;
    }
  }
}

/** Matches a header's Holistic components to the frame layout by component and point names. */
export function holisticMapping(header: Pick<PoseHeader, 'components'>): HolisticMapping {
  const offsets = componentOffsets(header);
  const parts: PartMapping[] = [];
  const unmapped: string[] = [];
  header.components.forEach((c, index) => {
    const part = PART_OF[c.name];
    if (!part) return;
    const x = c.format.indexOf('X');
    const y = c.format.indexOf('Y');
    const lastValue = c.format.length - 1;
    if (x < 0 || y < 0 || x >= lastValue || y >= lastValue) {
      unmapped.push(
        `${c.name}:* (point format ${JSON.stringify(c.format)} has no X and Y before confidence)`,
      );
      return;
    }
    const z = c.format.indexOf('Z');
    const targets = Int32Array.from(c.points, (name) => {
      const t = pointTarget(part, name);
      if (t < 0) unmapped.push(`${c.name}:${name}`);
      return t;
    });
    parts.push({
      part,
      firstPoint: offsets[index] ?? 0,
      targets,
      x,
      y,
      z: z >= 0 && z < lastValue ? z : -1,
    });
  });
  return { parts, unmapped };
}
