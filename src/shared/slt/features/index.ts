/**
 * FEATURE DEFINITION (version 2; training/slt/features.py carries the same text)
 *
 * Input: corpus frames (src/shared/synth/points.ts): 109 points x, y, z; NaN = not detected;
 * x, y normalised image coordinates, y down; z MediaPipe's relative depth. With aspect = image
 * width / height, every point is read in isotropic units X = x * aspect, Y = y, Z = z * aspect.
 * |P - Q| is the 3-D distance in (X, Y, Z). Everything is computed in float64 and written as
 * float32; a value that is not finite (a missing point) is written as 0, so no output is NaN.
 *
 * Body frame (causal). A frame has shoulders when pose 11 and 12 have finite x, y and their
 * 2-D distance is at least MIN_PART_SIZE = 1e-3. The reference (cx, cy, w) at frame t is the
 * median, separately per value, of the shoulder midpoint (X, Y) and the 2-D shoulder width over
 * the last N frames up to t that had shoulders, N = max(1, floor(1 s * fps + 0.5)); fewer at the
 * start; the median of an even count is the mean of the two middle values. Why: a median ignores
 * glitches shorter than half the window instead of smearing them; a bounded window follows a
 * signer who moves; a fixed ring buffer keeps the live path allocation-free and the result
 * exactly reproducible in numpy. Before the first frame with shoulders there is no reference and
 * every body-frame value below is 0. Body coordinates: ((X - cx) / w, (Y - cy) / w).
 *
 * body.mask: 1 when this frame has shoulders. pose.NAME.x/y: body coordinates of pose 0
 * (nose), 7, 8 (ears) and 11-22 (shoulders, elbows, wrists, pose hand points). Left out: the
 * pose's other face points (the face mesh has them), hips 23, 24 (still or out of shot) and the
 * pose's z (since version 2): MediaPipe's pose depth is loose (frame-to-frame sigma 0.085 shoulder
 * widths) and its scale differs between recordings and the avatar (nose 2.5 shoulder widths in
 * front of the shoulders in the real recordings of ../shared, 0.33 in the corpus), so a model
 * trained on it read real signers wrongly. Depth stays where it is reliable: the hands' and the
 * face's own z, relative to the wrist and the eyes.
 *
 * Hands (leftHand, rightHand: the subject's own sides). Present when the wrist (0) and middle
 * MCP (9) give a size s = |P9 - P0| of at least MIN_PART_SIZE. mask: 1/0. wrist.x/y: the wrist
 * in body coordinates. scale: s / w. NAME.x/y/z for hand points 1-20: (P - P0) / s. The hand's
 * own size (3-D, so that it hardly changes as the hand turns) makes the handshape independent of
 * the distance to the camera and of the signer's proportions; where the hand is stays in
 * wrist.x/y and scale. A missing hand is all 0.
 *
 * Face. Eye centres R = mid(33, 133), L = mid(263, 362); origin O = mid(L, R); unit
 * f = |L - R|. Present when those four corners are finite and f >= MIN_PART_SIZE. Axes in the
 * image plane: u = (L - R) in (X, Y), normalised (toward the subject's left); v = (-u.y, u.x)
 * (down the face). face.NAME.x/y/z for the 42 points: (dot(P - O, u), dot(P - O, v),
 * Z(P) - Z(O)) / f, dot products on (X, Y). Scalars:
 *   browRaiseLeft/Right = |mean(BROW_ARCH, BROW_MID, BROW_INNER)
 *                          - mean(EYE_OUTER, EYE_INNER, EYE_UPPER, EYE_LOWER)| / f, per side
 *   browFurrow = |LEFT_BROW_INNER - RIGHT_BROW_INNER| / f (smaller = knitted)
 *   eyeOpenLeft/Right = |EYE_UPPER - EYE_LOWER| / |EYE_OUTER - EYE_INNER|, per side
 *   mouthOpen = |UPPER_LIP_INNER - LOWER_LIP_INNER| / f
 *   mouthWidth = |MOUTH_LEFT - MOUTH_RIGHT| / f
 *   headYaw = (a - b) / (a + b), a = dot(NOSE_TIP - FACE_RIGHT, u), b = dot(FACE_LEFT - NOSE_TIP, u):
 *     about sin(yaw), > 0 turned toward the subject's left
 *   headPitch = (c - d) / (c + d), c = dot(NOSE_TIP - O, v), d = dot(M - NOSE_TIP, v),
 *     M = mid(MOUTH_LEFT, MOUTH_RIGHT): > 0 head down; about 0.08 on a frontal canonical face
 *   (both clamped to [-1, 1], and 0 when a + b or c + d is below MIN_RATIO_SPAN * f = 0.25 f)
 *   headRoll = atan2(R.Y - L.Y, L.X - R.X) radians, > 0 tilted toward the subject's right shoulder
 *   gazeX, gazeY = mean over the eyes with a finite iris centre (468 right, 473 left) of
 *     dot(IRIS - mid(EYE_OUTER, EYE_INNER), u or v) / |EYE_OUTER - EYE_INNER|; 0 without irises
 * A missing face is all 0 (face.mask 0).
 *
 * Velocities, per second (first difference times fps): vel.HAND.wrist.x/y when the hand is
 * present in both frames and a body frame existed at the earlier one; vel.HAND.NAME.x/y/z (the
 * hand shape) when the hand is present in both; vel.face.headYaw/headPitch when the face is
 * present in both (nods and headshakes). Otherwise 0, and 0 at the first frame.
 * END FEATURE DEFINITION
 */
export { FeatureStream, sequenceFeatures, type FeatureOptions } from './stream';
export {
  FACE_SCALAR_NAMES,
  FEATURE_DIM,
  FEATURE_NAMES,
  FEATURE_VERSION,
  featureIndex,
  type FaceScalarName,
} from './layout';
export { NORMALISER_WINDOW_S, normaliserWindow } from './body-frame';
export { MIN_PART_SIZE } from './geometry';
export { MIN_RATIO_SPAN } from './face';
export * from './resample';
