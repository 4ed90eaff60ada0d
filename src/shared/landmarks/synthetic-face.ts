import { CANONICAL_FACE, CANONICAL_IRIS, type CanonicalFacePointName } from './canonical-face';
import { FACE_MESH, LEFT_IRIS_RING, RIGHT_IRIS_RING } from './face-mesh';
import { COMPONENTS, VALUES_PER_POINT, emptyFrame } from './layout';
import { rotationFromEuler } from './rotation';

/**
 * A synthetic face mesh with known answers: the named points of MediaPipe's canonical face
 * (canonical-face.ts), deformed by an expression in the head frame, then posed and projected
 * into a frame like MediaPipe's output. Points without a name stay NaN. Tests use it to check
 * the face features; the avatar can use placeHeadPoints to turn its own face into landmarks.
 */

/** Displacements in canonical centimetres (head frame: x toward the subject's left, y up). */
export interface FaceExpression {
  browRaiseLeftCm?: number;
  browRaiseRightCm?: number;
  /** Each inner brow end moves this far toward the midline. */
  browFurrowCm?: number;
  /** 0 open as the canonical face, 1 shut: the upper lid closes this fraction of the gap. */
  eyeClosureLeft?: number;
  eyeClosureRight?: number;
  /** Both irises shift by [toward the subject's left, up]. */
  gazeCm?: readonly [number, number];
  /** The lower lip and chin drop by this much. */
  mouthOpenCm?: number;
  /** Each mouth corner moves outward by this much. */
  mouthWidenCm?: number;
  /** Both mouth corners move up by this much. */
  lipCornerRaiseCm?: number;
  /** Each cheek moves outward by this much. */
  cheekPuffCm?: number;
}

export interface HeadPlacement {
  /** Radians, conventions as in head-pose.ts. */
  yaw?: number;
  pitch?: number;
  roll?: number;
  /** Normalized image position [x, y] of the canonical origin (inside the head, at cheek level). */
  centre?: readonly [number, number];
  /** Frame z of the canonical origin. */
  depth?: number;
  /** Image-height units per canonical centimetre. */
  cmToImage?: number;
  /** Image width / height. */
  aspect?: number;
}

/** Human iris radius (≈ 11.7 mm diameter), in centimetres. */
export const IRIS_RADIUS_CM = 0.585;
/** Default scale: a ≈ 15 cm wide face covers ≈ 18 % of the image height. */
export const DEFAULT_CM_TO_IMAGE = 0.012;
const DEFAULT_CENTRE = [0.5, 0.45] as const;

export type HeadFramePoints = Map<number, readonly [number, number, number]>;

/** The named canonical points plus irises, deformed by `expression`, keyed by mesh index. */
export function expressionPoints(expression: FaceExpression = {}): HeadFramePoints {
  const p = new Map<number, [number, number, number]>();
  for (const [name, xyz] of Object.entries(CANONICAL_FACE)) {
    p.set(FACE_MESH[name as CanonicalFacePointName], [...xyz]);
  }
  const move = (index: number, dx: number, dy: number): void => {
    const q = p.get(index);
    if (q) {
      q[0] += dx;
      q[1] += dy;
    }
  };
  const e = expression;
  for (const i of [
    FACE_MESH.LEFT_BROW_OUTER,
    FACE_MESH.LEFT_BROW_ARCH,
    FACE_MESH.LEFT_BROW_MID,
    FACE_MESH.LEFT_BROW_INNER,
  ]) {
    move(i, 0, e.browRaiseLeftCm ?? 0);
  }
  for (const i of [
    FACE_MESH.RIGHT_BROW_OUTER,
    FACE_MESH.RIGHT_BROW_ARCH,
    FACE_MESH.RIGHT_BROW_MID,
    FACE_MESH.RIGHT_BROW_INNER,
  ]) {
    move(i, 0, e.browRaiseRightCm ?? 0);
  }
  move(FACE_MESH.LEFT_BROW_INNER, -(e.browFurrowCm ?? 0), 0);
  move(FACE_MESH.RIGHT_BROW_INNER, e.browFurrowCm ?? 0, 0);
  closeLid(p, FACE_MESH.LEFT_EYE_UPPER, FACE_MESH.LEFT_EYE_LOWER, e.eyeClosureLeft ?? 0);
  closeLid(p, FACE_MESH.RIGHT_EYE_UPPER, FACE_MESH.RIGHT_EYE_LOWER, e.eyeClosureRight ?? 0);
  for (const i of [FACE_MESH.LOWER_LIP_INNER, FACE_MESH.LOWER_LIP_OUTER, FACE_MESH.CHIN]) {
    move(i, 0, -(e.mouthOpenCm ?? 0));
  }
  move(FACE_MESH.MOUTH_LEFT, e.mouthWidenCm ?? 0, e.lipCornerRaiseCm ?? 0);
  move(FACE_MESH.MOUTH_RIGHT, -(e.mouthWidenCm ?? 0), e.lipCornerRaiseCm ?? 0);
  move(FACE_MESH.LEFT_CHEEK, e.cheekPuffCm ?? 0, 0);
  move(FACE_MESH.RIGHT_CHEEK, -(e.cheekPuffCm ?? 0), 0);

  const [gx, gy] = e.gazeCm ?? [0, 0];
  const irises = [
    [FACE_MESH.LEFT_IRIS_CENTER, CANONICAL_IRIS.left, LEFT_IRIS_RING],
    [FACE_MESH.RIGHT_IRIS_CENTER, CANONICAL_IRIS.right, RIGHT_IRIS_RING],
  ] as const;
  for (const [centre, [x, y, z], ring] of irises) {
    p.set(centre, [x + gx, y + gy, z]);
    // The ring order is nominal (MediaPipe's exact order does not matter to the features).
    ring.forEach((index, k) => {
      const angle = (k * Math.PI) / 2;
      p.set(index, [
        x + gx + IRIS_RADIUS_CM * Math.cos(angle),
        y + gy + IRIS_RADIUS_CM * Math.sin(angle),
        z,
      ]);
    });
  }
  return p;
}

function closeLid(
  p: Map<number, [number, number, number]>,
  upper: number,
  lower: number,
  closure: number,
): void {
  const u = p.get(upper);
  const l = p.get(lower);
  if (u && l) u[1] -= closure * (u[1] - l[1]);
}

const rotation = new Float64Array(9);

/**
 * Poses head-frame points (centimetres) and writes them into the face block of `out` as
 * MediaPipe would report them: x, y normalized to the image, z relative to the width,
 * visibility 1. Other points of `out` are left as they are.
 */
export function placeHeadPoints(
  points: HeadFramePoints,
  placement: HeadPlacement,
  out: Float32Array,
): Float32Array {
  const aspect = placement.aspect ?? 1;
  const s = placement.cmToImage ?? DEFAULT_CM_TO_IMAGE;
  const [cx, cy] = placement.centre ?? DEFAULT_CENTRE;
  const depth = placement.depth ?? 0;
  const r = rotationFromEuler(
    placement.yaw ?? 0,
    placement.pitch ?? 0,
    placement.roll ?? 0,
    rotation,
  );
  for (const [index, [x, y, z]] of points) {
    // Observed frame: x right, y up, z toward the camera, in image-height units.
    const wx = cx * aspect + s * ((r[0] ?? 0) * x + (r[1] ?? 0) * y + (r[2] ?? 0) * z);
    const wy = -cy + s * ((r[3] ?? 0) * x + (r[4] ?? 0) * y + (r[5] ?? 0) * z);
    const wz = -depth * aspect + s * ((r[6] ?? 0) * x + (r[7] ?? 0) * y + (r[8] ?? 0) * z);
    const base = (COMPONENTS.face.offset + index) * VALUES_PER_POINT;
    out[base] = wx / aspect;
    out[base + 1] = -wy;
    out[base + 2] = -wz / aspect;
    out[base + 3] = 1;
  }
  return out;
}

/** A frame whose face is the canonical face with `expression`, posed by `placement`. */
export function syntheticFace(
  placement: HeadPlacement = {},
  expression: FaceExpression = {},
  out: Float32Array = emptyFrame(),
): Float32Array {
  return placeHeadPoints(expressionPoints(expression), placement, out);
}
