import {
  COMPONENTS,
  COMPONENT_NAMES,
  VALUES_PER_POINT,
  emptyFrame,
  type ComponentName,
} from '../../shared/landmarks/layout';

/** A landmark as both MediaPipe APIs return it (normalized image x, y; relative z). */
export interface LandmarkLike {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly visibility?: number;
}

export type HolisticParts = Partial<Record<ComponentName, readonly LandmarkLike[] | undefined>>;

/**
 * MediaPipe gives a visibility only for pose points. For hands and the face the fourth value is
 * presence: 1 for every point of a detected part (a missing part is NaN throughout).
 */
const PRESENT = 1;

function writeComponent(
  frame: Float32Array,
  name: ComponentName,
  points: readonly LandmarkLike[],
): void {
  const { offset, points: expected } = COMPONENTS[name];
  if (points.length !== expected) {
    throw new RangeError(`${name} has ${points.length} landmarks, expected ${expected}`);
  }
  let i = offset * VALUES_PER_POINT;
  for (const p of points) {
    frame[i] = p.x;
    frame[i + 1] = p.y;
    frame[i + 2] = p.z;
    frame[i + 3] = name === 'pose' ? (p.visibility ?? PRESENT) : PRESENT;
    i += VALUES_PER_POINT;
  }
}

/** Packs the parts of one Holistic result into a new frame; absent or empty parts stay NaN. */
export function toFrame(parts: HolisticParts): Float32Array {
  const out = emptyFrame();
  for (const name of COMPONENT_NAMES) {
    const points = parts[name];
    if (points !== undefined && points.length > 0) writeComponent(out, name, points);
  }
  return out;
}
