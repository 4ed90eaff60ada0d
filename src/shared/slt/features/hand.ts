import type { ShoulderWindow } from './body-frame';
import {
  HAND_MIDDLE_MCP,
  HAND_SHAPE_POINTS,
  HAND_WRIST,
  handPoint,
  type HandSide,
} from './corpus-index';
import { MIN_PART_SIZE, distance3, finite, readPoint, vec3 } from './geometry';
import { HAND_MASK, HAND_SCALE, HAND_SHAPE, HAND_WRIST_X, OFFSET } from './layout';

const wrist = vec3();
const mcp = vec3();
const p = vec3();

/**
 * One hand's block into `out` (which holds zeros there): the shape relative to the wrist in
 * hand sizes (wrist → middle MCP, 3-D), the wrist in the body frame, and the size in body units.
 * Returns whether the hand is present.
 */
export function writeHand(
  frame: Float32Array,
  side: HandSide,
  aspect: number,
  body: ShoulderWindow,
  out: Float64Array,
): boolean {
  readPoint(frame, handPoint(side, HAND_WRIST), aspect, wrist);
  readPoint(frame, handPoint(side, HAND_MIDDLE_MCP), aspect, mcp);
  const size = distance3(wrist, mcp);
  if (!(size >= MIN_PART_SIZE)) return false;
  const o = OFFSET.hand[side];
  out[o + HAND_MASK] = 1;
  if (body.count > 0) {
    out[o + HAND_WRIST_X] = finite(((wrist[0] ?? 0) - body.cx) / body.width);
    out[o + HAND_WRIST_X + 1] = finite(((wrist[1] ?? 0) - body.cy) / body.width);
    out[o + HAND_SCALE] = finite(size / body.width);
  }
  for (let k = 0; k < HAND_SHAPE_POINTS.length; k++) {
    readPoint(frame, handPoint(side, k + 1), aspect, p);
    for (let c = 0; c < 3; c++) {
      out[o + HAND_SHAPE + k * 3 + c] = finite(((p[c] ?? 0) - (wrist[c] ?? 0)) / size);
    }
  }
  return true;
}
