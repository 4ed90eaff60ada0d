import type { Connection } from './holistic-names';
import { FACE_MESH_TRIANGLES } from './face-mesh-triangles';

/** Points in MediaPipe's face mesh with refined irises; without refinement the first 468. */
export const FACE_MESH_POINTS = 478;
export const FACE_MESH_POINTS_WITHOUT_IRIS = 468;
/** The two mesh sizes MediaPipe produces. */
export type FaceMeshSize = typeof FACE_MESH_POINTS | typeof FACE_MESH_POINTS_WITHOUT_IRIS;

/**
 * Named MediaPipe face-mesh landmark indices used by the face features and the synthetic face.
 * LEFT/RIGHT are the subject's own sides (MediaPipe's convention): the subject's left eye
 * (263/362/386/374) appears on the image's right in an unmirrored camera image. A mirrored
 * (selfie) image swaps them in the picture but not in these names.
 */
export const FACE_MESH = {
  FOREHEAD: 10,
  NOSE_BRIDGE: 168,
  NOSE_DORSUM: 6,
  NOSE_TIP: 1,
  SUBNASALE: 2,
  CHIN: 152,
  FACE_RIGHT: 234,
  FACE_LEFT: 454,

  RIGHT_EYE_OUTER: 33,
  RIGHT_EYE_INNER: 133,
  RIGHT_EYE_UPPER: 159,
  RIGHT_EYE_LOWER: 145,
  LEFT_EYE_OUTER: 263,
  LEFT_EYE_INNER: 362,
  LEFT_EYE_UPPER: 386,
  LEFT_EYE_LOWER: 374,

  RIGHT_BROW_OUTER: 70,
  RIGHT_BROW_ARCH: 105,
  RIGHT_BROW_MID: 66,
  RIGHT_BROW_INNER: 107,
  LEFT_BROW_OUTER: 300,
  LEFT_BROW_ARCH: 334,
  LEFT_BROW_MID: 296,
  LEFT_BROW_INNER: 336,

  UPPER_LIP_OUTER: 0,
  UPPER_LIP_INNER: 13,
  LOWER_LIP_INNER: 14,
  LOWER_LIP_OUTER: 17,
  MOUTH_RIGHT: 61,
  MOUTH_LEFT: 291,

  RIGHT_CHEEK: 205,
  LEFT_CHEEK: 425,

  /** Iris centre and its four ring points (refined mesh only). */
  RIGHT_IRIS_CENTER: 468,
  RIGHT_IRIS_RING_0: 469,
  RIGHT_IRIS_RING_1: 470,
  RIGHT_IRIS_RING_2: 471,
  RIGHT_IRIS_RING_3: 472,
  LEFT_IRIS_CENTER: 473,
  LEFT_IRIS_RING_0: 474,
  LEFT_IRIS_RING_1: 475,
  LEFT_IRIS_RING_2: 476,
  LEFT_IRIS_RING_3: 477,
} as const;
export type FaceMeshPointName = keyof typeof FACE_MESH;
export const FACE_MESH_POINT_NAMES = Object.keys(FACE_MESH) as FaceMeshPointName[];

/** Brow points along the upper edge, outer to inner, per side. */
export const RIGHT_BROW = [
  FACE_MESH.RIGHT_BROW_OUTER,
  FACE_MESH.RIGHT_BROW_ARCH,
  FACE_MESH.RIGHT_BROW_MID,
  FACE_MESH.RIGHT_BROW_INNER,
] as const;
export const LEFT_BROW = [
  FACE_MESH.LEFT_BROW_OUTER,
  FACE_MESH.LEFT_BROW_ARCH,
  FACE_MESH.LEFT_BROW_MID,
  FACE_MESH.LEFT_BROW_INNER,
] as const;
export const RIGHT_IRIS_RING = [469, 470, 471, 472] as const;
export const LEFT_IRIS_RING = [474, 475, 476, 477] as const;

/** Every edge of the face-mesh triangles, in MediaPipe's FACEMESH_TESSELATION order (2556). */
export const FACE_MESH_TESSELATION: readonly Connection[] = trianglesToEdges(FACE_MESH_TRIANGLES);

/** The iris outlines as MediaPipe draws them: left (474–477), then right (469–472). */
export const FACE_MESH_IRISES: readonly Connection[] = [
  [474, 475],
  [475, 476],
  [476, 477],
  [477, 474],
  [469, 470],
  [470, 471],
  [471, 472],
  [472, 469],
];

function trianglesToEdges(triangles: readonly number[]): Connection[] {
  const edges: Connection[] = [];
  for (let i = 0; i + 2 < triangles.length; i += 3) {
    const a = triangles[i] ?? 0;
    const b = triangles[i + 1] ?? 0;
    const c = triangles[i + 2] ?? 0;
    edges.push([a, b], [b, c], [c, a]);
  }
  return edges;
}
