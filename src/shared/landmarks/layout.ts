/**
 * The Holistic frame layout: one Float32Array per frame, 553 points × 4 values
 * (x, y, z, visibility/presence). Order: pose 33, left hand 21, right hand 21, face 478.
 * x and y are normalized image coordinates in [0, 1] (MediaPipe convention), z is MediaPipe's
 * relative depth. A part that is not detected is NaN in all four values.
 */
export const VALUES_PER_POINT = 4;

export const COMPONENTS = {
  pose: { offset: 0, points: 33 },
  leftHand: { offset: 33, points: 21 },
  rightHand: { offset: 54, points: 21 },
  face: { offset: 75, points: 478 },
} as const;
export type ComponentName = keyof typeof COMPONENTS;
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

export const FRAME_POINTS = 553;
export const FRAME_LENGTH = FRAME_POINTS * VALUES_PER_POINT;
export const FRAME_BYTES = FRAME_LENGTH * Float32Array.BYTES_PER_ELEMENT;

/** Index of value `v` (0 = x, 1 = y, 2 = z, 3 = visibility) of point `p` of a component. */
export function valueIndex(component: ComponentName, point: number, v: 0 | 1 | 2 | 3): number {
  return (COMPONENTS[component].offset + point) * VALUES_PER_POINT + v;
}

/** A new frame with every value NaN (nothing detected). */
export function emptyFrame(): Float32Array {
  return new Float32Array(FRAME_LENGTH).fill(Number.NaN);
}

/** True when the component's first point has finite coordinates in this frame. */
export function isDetected(frame: Float32Array, component: ComponentName): boolean {
  return Number.isFinite(frame[COMPONENTS[component].offset * VALUES_PER_POINT]);
}
