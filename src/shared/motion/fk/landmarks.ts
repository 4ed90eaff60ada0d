import { expressionPoints, type FaceExpression } from '../../landmarks/synthetic-face';
import { COMPONENTS, FRAME_LENGTH, VALUES_PER_POINT } from '../../landmarks/layout';
import { CANONICAL_FACE } from '../../landmarks/canonical-face';
import { POSE_LANDMARK } from '../../landmarks/holistic-names';
import type { Clip } from '../clip';
import { bodySite } from '../body';
import { addScaled3, distance3, rotateV, sub3, vec3, type Vec3 } from '../math';
import { makeHandPoints } from '../hand';
import { CLIP_BONES, isClipBone, type ClipExpression } from '../rig';
import type { Skeleton } from '../skeleton';
import { defaultCamera, Projector, type VirtualCamera } from './camera';
import { handPointsWorld } from './hand-world';
import { makeWorldPose, skeletonFK } from './skeleton-fk';

/** Hip joints relative to the hips bone, adult metres (lateral, down). */
const HIP_LATERAL = 0.09;
const HIP_DOWN = 0.04;
/** Canonical face: centre of the eyes (cm) and inter-eye distance, to scale it onto the avatar. */
const CANON_EYE_MID: readonly [number, number, number] = [
  0,
  (CANONICAL_FACE.LEFT_EYE_UPPER[1] + CANONICAL_FACE.LEFT_EYE_LOWER[1]) / 2,
  (CANONICAL_FACE.LEFT_EYE_UPPER[2] + CANONICAL_FACE.LEFT_EYE_INNER[2]) / 2,
];
const CANON_IPD_CM = CANONICAL_FACE.LEFT_EYE_UPPER[0] - CANONICAL_FACE.RIGHT_EYE_UPPER[0];
/** Expression weight → canonical-face displacement, centimetres. */
const FACE_GAIN = {
  browRaise: 0.9,
  browFurrow: 0.35,
  /**
   * Knitted brows also come down (corrugator and depressor: the default avatar's browFurrow
   * lowers them 2–5 mm), which is what tells them from raised ones in a wh-question.
   */
  browFurrowLower: 0.3,
  mouthOpen: { aa: 1.6, oh: 1.2, ou: 0.6, ih: 0.5, ee: 0.4 },
  mouthWiden: { ee: 0.6, ih: 0.3, ou: -0.5, happy: 0.3 },
  cornerRaise: { happy: 0.5, sad: -0.4 },
  cheekPuff: 0.8,
  gazeX: 0.5,
  gazeY: 0.35,
} as const;

export interface LandmarkOptions {
  readonly camera?: VirtualCamera;
}

/**
 * Holistic landmark frames (src/shared/landmarks/layout.ts) of a clip on an avatar, by forward
 * kinematics, in MediaPipe's conventions: x, y normalized in the image of a camera in front of
 * the avatar (x right, y down; the avatar's left on the image's right), z relative depth in x's
 * units (pose: from the hips' midpoint, hands: from the wrist, face: from the eyes), 4th value 1.
 * Produced: pose 0–24 (legs NaN), both hands (21 points each), and the face's named points
 * (the ~42 points of canonical-face.ts plus irises, posed by the head and moved by the brows,
 * eyelids, mouth and gaze expressions); the other face-mesh points are NaN.
 */
export function clipToLandmarks(
  clip: Clip,
  sk: Skeleton,
  options: LandmarkOptions = {},
): Float32Array[] {
  const cam = new Projector(options.camera ?? defaultCamera(sk));
  const frames: Float32Array[] = [];
  const order = reorder(clip);
  const rot = new Float32Array(CLIP_BONES.length * 4);
  const world = makeWorldPose();
  const hand = makeHandPoints();
  const p = vec3();
  const nb = clip.bones.length;
  const ne = clip.expressions.length;
  const exprIndex = new Map<string, number>(clip.expressions.map((e, i) => [e, i]));
  const weight = (f: number, name: ClipExpression): number => {
    const i = exprIndex.get(name);
    return i === undefined ? 0 : clip.expressionWeights[f * ne + i]!;
  };
  const faceSites = {
    nose: bodySite(sk, 'nose', 'centre', 'left').pos,
    lips: bodySite(sk, 'lips', 'centre', 'left').pos,
    earL: bodySite(sk, 'ear', 'centre', 'left').pos,
    earR: bodySite(sk, 'ear', 'centre', 'right').pos,
  };
  const eyeMid: Vec3 = [
    (sk.bones.leftEye[0] + sk.bones.rightEye[0]) / 2,
    (sk.bones.leftEye[1] + sk.bones.rightEye[1]) / 2,
    (sk.bones.leftEye[2] + sk.bones.rightEye[2]) / 2,
  ];
  const cmToM = distance3(sk.bones.leftEye, sk.bones.rightEye) / CANON_IPD_CM;
  for (let f = 0; f < clip.frameCount; f++) {
    const out = new Float32Array(FRAME_LENGTH).fill(Number.NaN);
    for (let b = 0; b < CLIP_BONES.length; b++) {
      const src = order[b]!;
      for (let k = 0; k < 4; k++)
        rot[b * 4 + k] = src < 0 ? (k === 3 ? 1 : 0) : clip.rotations[(f * nb + src) * 4 + k]!;
    }
    skeletonFK(sk, rot, 0, world);
    const headRot = world.rot.head;
    const headAt = (rest: Vec3): Vec3 => {
      sub3(p, rest, sk.bones.head);
      rotateV(p, headRot, p);
      return addScaled3(p, p, world.pos.head, 1);
    };
    const hipsMid = world.pos.hips;
    const hipsDepth = cam.depth(hipsMid);
    const pose = (i: number, pos: Vec3): void => {
      const o = (COMPONENTS.pose.offset + i) * VALUES_PER_POINT;
      cam.project(pos, hipsDepth, out, o);
      out[o + 3] = 1;
    };
    pose(POSE_LANDMARK.LEFT_SHOULDER, world.pos.leftUpperArm);
    pose(POSE_LANDMARK.RIGHT_SHOULDER, world.pos.rightUpperArm);
    pose(POSE_LANDMARK.LEFT_ELBOW, world.pos.leftLowerArm);
    pose(POSE_LANDMARK.RIGHT_ELBOW, world.pos.rightLowerArm);
    pose(POSE_LANDMARK.LEFT_WRIST, world.pos.leftHand);
    pose(POSE_LANDMARK.RIGHT_WRIST, world.pos.rightHand);
    const s = sk.body.bodyScale;
    pose(POSE_LANDMARK.LEFT_HIP, [
      hipsMid[0] + HIP_LATERAL * s,
      hipsMid[1] - HIP_DOWN * s,
      hipsMid[2],
    ]);
    pose(POSE_LANDMARK.RIGHT_HIP, [
      hipsMid[0] - HIP_LATERAL * s,
      hipsMid[1] - HIP_DOWN * s,
      hipsMid[2],
    ]);
    pose(POSE_LANDMARK.NOSE, headAt(faceSites.nose));
    pose(POSE_LANDMARK.LEFT_EAR, headAt(faceSites.earL));
    pose(POSE_LANDMARK.RIGHT_EAR, headAt(faceSites.earR));
    for (const side of ['left', 'right'] as const) {
      const eye = side === 'left' ? sk.bones.leftEye : sk.bones.rightEye;
      const sx = side === 'left' ? 1 : -1;
      const base = side === 'left' ? POSE_LANDMARK.LEFT_EYE_INNER : POSE_LANDMARK.RIGHT_EYE_INNER;
      const eyeHalf = 0.014 * sk.body.headScale;
      pose(base, headAt([eye[0] - sx * eyeHalf, eye[1], eye[2]]));
      pose(base + 1, headAt([eye[0], eye[1], eye[2]]));
      pose(base + 2, headAt([eye[0] + sx * eyeHalf, eye[1], eye[2]]));
      const lips = faceSites.lips;
      pose(
        side === 'left' ? POSE_LANDMARK.MOUTH_LEFT : POSE_LANDMARK.MOUTH_RIGHT,
        headAt([lips[0] + sx * 0.025 * sk.body.headScale, lips[1], lips[2] - 0.01]),
      );
      // Hands: 21 points, z from the wrist.
      handPointsWorld(sk, world, rot, 0, side, hand);
      const comp = side === 'left' ? COMPONENTS.leftHand : COMPONENTS.rightHand;
      const wristDepth = cam.depth(hand[0]!);
      for (let i = 0; i < 21; i++) {
        const o = (comp.offset + i) * VALUES_PER_POINT;
        cam.project(hand[i]!, wristDepth, out, o);
        out[o + 3] = 1;
      }
      pose(side === 'left' ? POSE_LANDMARK.LEFT_PINKY : POSE_LANDMARK.RIGHT_PINKY, hand[17]!);
      pose(side === 'left' ? POSE_LANDMARK.LEFT_INDEX : POSE_LANDMARK.RIGHT_INDEX, hand[5]!);
      pose(side === 'left' ? POSE_LANDMARK.LEFT_THUMB : POSE_LANDMARK.RIGHT_THUMB, hand[3]!);
    }
    // Face: the canonical face's named points, deformed by the expressions, on the head.
    const expr = faceExpression(f, weight);
    const eyeMidWorld = headAt(eyeMid).slice() as Vec3;
    const faceDepth = cam.depth(eyeMidWorld);
    for (const [index, c] of expressionPoints(expr)) {
      p[0] = (c[0] - CANON_EYE_MID[0]) * cmToM;
      p[1] = (c[1] - CANON_EYE_MID[1]) * cmToM;
      p[2] = (c[2] - CANON_EYE_MID[2]) * cmToM;
      rotateV(p, headRot, p);
      addScaled3(p, p, eyeMidWorld, 1);
      const o = (COMPONENTS.face.offset + index) * VALUES_PER_POINT;
      cam.project(p, faceDepth, out, o);
      out[o + 3] = 1;
    }
    frames.push(out);
  }
  return frames;
}

function faceExpression(f: number, w: (f: number, n: ClipExpression) => number): FaceExpression {
  const sum = (table: Readonly<Partial<Record<ClipExpression, number>>>): number => {
    let s = 0;
    for (const [k, g] of Object.entries(table)) s += w(f, k as ClipExpression) * (g ?? 0);
    return s;
  };
  const blink = w(f, 'blink');
  // A squint closes an eye halfway; the two-eyed one adds to each side's own.
  const squint = w(f, 'squint');
  const lower = w(f, 'browFurrow') * FACE_GAIN.browFurrowLower;
  return {
    browRaiseLeftCm:
      Math.min(1, w(f, 'browRaise') + w(f, 'browRaiseLeft')) * FACE_GAIN.browRaise - lower,
    browRaiseRightCm:
      Math.min(1, w(f, 'browRaise') + w(f, 'browRaiseRight')) * FACE_GAIN.browRaise - lower,
    browFurrowCm: w(f, 'browFurrow') * FACE_GAIN.browFurrow,
    eyeClosureLeft: Math.min(1, blink + w(f, 'blinkLeft') + (squint + w(f, 'squintLeft')) * 0.5),
    eyeClosureRight: Math.min(1, blink + w(f, 'blinkRight') + (squint + w(f, 'squintRight')) * 0.5),
    mouthOpenCm: sum(FACE_GAIN.mouthOpen),
    mouthWidenCm: sum(FACE_GAIN.mouthWiden),
    lipCornerRaiseCm: sum(FACE_GAIN.cornerRaise),
    cheekPuffCm: w(f, 'cheekPuff') * FACE_GAIN.cheekPuff,
    gazeCm: [
      (w(f, 'lookLeft') - w(f, 'lookRight')) * FACE_GAIN.gazeX,
      (w(f, 'lookUp') - w(f, 'lookDown')) * FACE_GAIN.gazeY,
    ],
  };
}

/** For each CLIP_BONES slot, the clip's slot holding it (−1: not in the clip, stays at rest). */
function reorder(clip: Clip): Int32Array {
  const index = new Map<string, number>(clip.bones.map((b, i) => [b, i]));
  const out = new Int32Array(CLIP_BONES.length);
  CLIP_BONES.forEach((b, i) => {
    out[i] = isClipBone(b) ? (index.get(b) ?? -1) : -1;
  });
  return out;
}
