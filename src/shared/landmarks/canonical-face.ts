import type { FaceMeshPointName } from './face-mesh';

/** A point of the canonical face, in centimetres: x toward the subject's left, y up, z forward. */
export type CanonicalPoint = readonly [x: number, y: number, z: number];

/** Named face-mesh points that the canonical model has (the iris points are refinements it lacks). */
export type CanonicalFacePointName = Exclude<FaceMeshPointName, `${string}_IRIS_${string}`>;

/**
 * The named points of MediaPipe's canonical face model (`canonical_face_model.obj` in
 * mediapipe/modules/face_geometry/data, Apache-2.0): vertex i is face-mesh landmark i. Its frame is
 * the one the face features use for the head: x toward the subject's left (the image's right when
 * they face the camera), y up, z out of the face toward the camera; units are centimetres.
 * Head pose 0/0/0 means the face is oriented like this model, i.e. looking into the camera.
 */
export const CANONICAL_FACE: Readonly<Record<CanonicalFacePointName, CanonicalPoint>> = {
  FOREHEAD: [0, 8.261778, 4.481535],
  NOSE_BRIDGE: [0, 3.271027, 5.236015],
  NOSE_DORSUM: [0, 2.473255, 5.788627],
  NOSE_TIP: [0, -1.126865, 7.475604],
  SUBNASALE: [0, -2.089024, 6.058267],
  CHIN: [0, -9.403378, 4.264492],
  FACE_RIGHT: [-7.664182, 0.673132, -2.435867],
  FACE_LEFT: [7.664182, 0.673132, -2.435867],
  RIGHT_EYE_OUTER: [-4.445859, 2.663991, 3.173422],
  RIGHT_EYE_INNER: [-1.856432, 2.585245, 3.757904],
  RIGHT_EYE_UPPER: [-3.177186, 2.964136, 3.876973],
  RIGHT_EYE_LOWER: [-3.177186, 2.294265, 3.775704],
  LEFT_EYE_OUTER: [4.445859, 2.663991, 3.173422],
  LEFT_EYE_INNER: [1.856432, 2.585245, 3.757904],
  LEFT_EYE_UPPER: [3.177186, 2.964136, 3.876973],
  LEFT_EYE_LOWER: [3.177186, 2.294265, 3.775704],
  RIGHT_BROW_OUTER: [-5.720968, 4.254584, 2.830852],
  RIGHT_BROW_ARCH: [-3.986562, 5.109487, 4.466315],
  RIGHT_BROW_MID: [-2.760292, 5.100971, 5.01599],
  RIGHT_BROW_INNER: [-1.395634, 5.011963, 5.316032],
  LEFT_BROW_OUTER: [5.720968, 4.254584, 2.830852],
  LEFT_BROW_ARCH: [3.986562, 5.109487, 4.466315],
  LEFT_BROW_MID: [2.760292, 5.100971, 5.01599],
  LEFT_BROW_INNER: [1.395634, 5.011963, 5.316032],
  UPPER_LIP_OUTER: [0, -3.406404, 5.979507],
  UPPER_LIP_INNER: [0, -3.994436, 5.219482],
  LOWER_LIP_INNER: [0, -4.5424, 5.404754],
  LOWER_LIP_OUTER: [0, -5.365123, 5.535441],
  MOUTH_RIGHT: [-2.456206, -4.342621, 4.283884],
  MOUTH_LEFT: [2.456206, -4.342621, 4.283884],
  RIGHT_CHEEK: [-3.832928, -1.537326, 4.137731],
  LEFT_CHEEK: [3.832928, -1.537326, 4.137731],
};

/**
 * Iris centres for the canonical face, which has none: the mean of each eye's corners and lid
 * points, i.e. looking straight ahead. The synthetic face and the gaze baseline both use these.
 */
export const CANONICAL_IRIS: Readonly<Record<'left' | 'right', CanonicalPoint>> = {
  left: meanPoint(['LEFT_EYE_OUTER', 'LEFT_EYE_INNER', 'LEFT_EYE_UPPER', 'LEFT_EYE_LOWER']),
  right: meanPoint(['RIGHT_EYE_OUTER', 'RIGHT_EYE_INNER', 'RIGHT_EYE_UPPER', 'RIGHT_EYE_LOWER']),
};

function meanPoint(names: readonly CanonicalFacePointName[]): CanonicalPoint {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const n of names) {
    const [px, py, pz] = CANONICAL_FACE[n];
    x += px;
    y += py;
    z += pz;
  }
  return [x / names.length, y / names.length, z / names.length];
}
