import { FACE_MESH, type FaceMeshPointName } from '../../../src/shared/landmarks/face-mesh';
import {
  POSE_LANDMARK,
  POSE_LANDMARK_NAMES,
  type PoseLandmarkName,
} from '../../../src/shared/landmarks/holistic-names';
import { emptyFrame, valueIndex } from '../../../src/shared/landmarks/layout';
import {
  syntheticFace,
  type FaceExpression,
  type HeadPlacement,
} from '../../../src/shared/landmarks/synthetic-face';
import {
  CORPUS_FACE_POINTS,
  CORPUS_FRAME_VALUES,
  CORPUS_PARTS,
  CORPUS_POINT_COUNT,
  corpusFrame,
} from '../../../src/shared/synth/points';

/**
 * Deterministic corpus frames for the SLT feature tests: a signer with shoulders, arms, two
 * animated hands and the synthetic face, plus the edits the tests need (dropouts, a true mirror
 * image, an image transform). Everything is made here: no third-party landmarks.
 */
export interface SignerOptions {
  /** Per-frame head placement and expression (default: frontal, neutral, swaying a little). */
  head?: (t: number) => HeadPlacement;
  expression?: (t: number) => FaceExpression;
  /** Left wrist position [x, y] in the image at frame t. */
  leftWrist?: (t: number) => readonly [number, number];
}

const POSE_AT: Partial<Record<PoseLandmarkName, readonly [number, number, number]>> = {
  NOSE: [0.5, 0.3, -0.3],
  LEFT_EAR: [0.56, 0.29, -0.1],
  RIGHT_EAR: [0.44, 0.29, -0.1],
  LEFT_SHOULDER: [0.62, 0.5, 0.02],
  RIGHT_SHOULDER: [0.38, 0.5, 0.03],
  LEFT_ELBOW: [0.7, 0.68, 0.0],
  RIGHT_ELBOW: [0.3, 0.7, 0.01],
  LEFT_HIP: [0.58, 0.95, 0],
  RIGHT_HIP: [0.42, 0.95, 0],
};

/** One hand: wrist plus 20 points fanned upward, fingers curling with `curl` in [0, 1]. */
function placeHand(
  frame: Float32Array,
  part: 'leftHand' | 'rightHand',
  wx: number,
  wy: number,
  curl: number,
): void {
  const mirror = part === 'leftHand' ? 1 : -1;
  frame.set([wx, wy, 0, 1], valueIndex(part, 0, 0));
  for (let finger = 0; finger < 5; finger++) {
    const angle = (finger - 2) * 0.3 * mirror;
    for (let joint = 0; joint < 4; joint++) {
      const reach = 0.02 * (joint + 1) * (1 - 0.4 * curl * (joint / 3));
      const x = wx + Math.sin(angle) * reach;
      const y = wy - Math.cos(angle) * reach;
      const z = -0.01 * joint * curl;
      frame.set([x, y, z, 1], valueIndex(part, 1 + finger * 4 + joint, 0));
    }
  }
}

/** A full Holistic frame of the synthetic signer at frame t. */
export function signerFrame(t: number, options: SignerOptions = {}): Float32Array {
  const frame = emptyFrame();
  const placement = options.head?.(t) ?? {
    yaw: 0.1 * Math.sin(t / 7),
    pitch: 0.05 * Math.cos(t / 8),
    roll: 0.08 * Math.sin(t / 5),
    centre: [0.5, 0.3],
  };
  syntheticFace(placement, options.expression?.(t) ?? {}, frame);
  for (const [name, xyz] of Object.entries(POSE_AT)) {
    frame.set([...xyz, 0.9], valueIndex('pose', POSE_LANDMARK[name as PoseLandmarkName], 0));
  }
  const [lx, ly] = options.leftWrist?.(t) ?? [0.6 + 0.05 * Math.sin(t / 5), 0.6];
  const [rx, ry] = [0.4 - 0.04 * Math.cos(t / 4), 0.62 + 0.02 * Math.sin(t / 3)];
  frame.set([lx, ly, -0.2, 0.9], valueIndex('pose', POSE_LANDMARK.LEFT_WRIST, 0));
  frame.set([rx, ry, -0.2, 0.9], valueIndex('pose', POSE_LANDMARK.RIGHT_WRIST, 0));
  placeHand(frame, 'leftHand', lx, ly, 0.5 + 0.5 * Math.sin(t / 6));
  placeHand(frame, 'rightHand', rx, ry, 0.5 + 0.5 * Math.cos(t / 9));
  return frame;
}

/** T corpus frames of the synthetic signer, concatenated. */
export function signerFrames(count: number, options: SignerOptions = {}): Float32Array {
  const out = new Float32Array(count * CORPUS_FRAME_VALUES);
  for (let t = 0; t < count; t++)
    corpusFrame(signerFrame(t, options), out, t * CORPUS_FRAME_VALUES);
  return out;
}

export type CorpusPart = keyof typeof CORPUS_PARTS;

/** Sets one part (or one point) of frames [from, to) to NaN, in place. */
export function dropPart(
  frames: Float32Array,
  part: CorpusPart,
  from: number,
  to: number,
  point?: number,
): Float32Array {
  const { start, points } = CORPUS_PARTS[part];
  const first = point === undefined ? start : start + point;
  const count = point === undefined ? points : 1;
  for (let t = from; t < to; t++) {
    const o = t * CORPUS_FRAME_VALUES + first * 3;
    frames.fill(Number.NaN, o, o + count * 3);
  }
  return frames;
}

/**
 * Random dropouts as a detector makes them: runs of frames without a hand, the face or the
 * pose, and single points missing. `random` returns [0, 1) (a seeded PRNG).
 */
export function randomDropouts(
  frames: Float32Array,
  count: number,
  random: () => number,
): Float32Array {
  const parts: CorpusPart[] = ['pose', 'leftHand', 'rightHand', 'face'];
  for (let run = 0; run < Math.ceil(count / 8); run++) {
    const part = parts[Math.floor(random() * parts.length)] ?? 'face';
    const from = Math.floor(random() * count);
    dropPart(frames, part, from, Math.min(count, from + 1 + Math.floor(random() * 12)));
  }
  for (let i = 0; i < count; i++) {
    const t = Math.floor(random() * count);
    const o = t * CORPUS_FRAME_VALUES + Math.floor(random() * CORPUS_POINT_COUNT) * 3;
    frames[o + Math.floor(random() * 3)] = Number.NaN;
  }
  return frames;
}

/** The mirror partner of every corpus point (the subject's left ↔ right). */
const MIRROR_POINT: readonly number[] = (() => {
  const swapName = (n: string): string =>
    n.replace(/LEFT|RIGHT/g, (m) => (m === 'LEFT' ? 'RIGHT' : 'LEFT'));
  const map: number[] = [];
  for (let p = 0; p < CORPUS_PARTS.pose.points; p++) {
    const name = swapName(POSE_LANDMARK_NAMES[p] ?? '') as PoseLandmarkName;
    map.push(CORPUS_PARTS.pose.start + POSE_LANDMARK[name]);
  }
  for (let i = 0; i < 21; i++) map.push(CORPUS_PARTS.rightHand.start + i);
  for (let i = 0; i < 21; i++) map.push(CORPUS_PARTS.leftHand.start + i);
  const nameOf = new Map<number, string>(Object.entries(FACE_MESH).map(([n, i]) => [i, n]));
  for (const m of CORPUS_FACE_POINTS) {
    const partner = FACE_MESH[swapName(nameOf.get(m) ?? '') as FaceMeshPointName];
    map.push(CORPUS_PARTS.face.start + CORPUS_FACE_POINTS.indexOf(partner));
  }
  return map;
})();

/**
 * The signer as their mirror twin would appear: x → 1 − x and every left/right label swapped
 * (what MediaPipe reports for a mirrored image: labels follow appearance).
 */
export function mirrorFrames(frames: Float32Array, count: number): Float32Array {
  const out = new Float32Array(frames.length);
  for (let t = 0; t < count; t++) {
    const f = t * CORPUS_FRAME_VALUES;
    for (let p = 0; p < CORPUS_POINT_COUNT; p++) {
      const src = f + (MIRROR_POINT[p] ?? p) * 3;
      const dst = f + p * 3;
      out[dst] = 1 - (frames[src] ?? Number.NaN);
      out[dst + 1] = frames[src + 1] ?? Number.NaN;
      out[dst + 2] = frames[src + 2] ?? Number.NaN;
    }
  }
  return out;
}

/** Every point moved as the whole image would be: x → s·x + dx, y → s·y + dy, z → s·z. */
export function transformFrames(
  frames: Float32Array,
  s: number,
  dx: number,
  dy: number,
): Float32Array {
  const out = new Float32Array(frames.length);
  for (let i = 0; i < frames.length; i += 3) {
    out[i] = s * (frames[i] ?? 0) + dx;
    out[i + 1] = s * (frames[i + 1] ?? 0) + dy;
    out[i + 2] = s * (frames[i + 2] ?? 0);
  }
  return out;
}
