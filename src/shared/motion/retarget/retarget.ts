import { allocateClip, ROTATION_STRIDE, type Clip, type TimelineEntry } from '../clip';
import { distance3, quat, vec3, type Quat, type Vec3 } from '../math';
import { CLIP_BONES, FINGER_BONES_LEFT, FINGER_BONES_RIGHT, SIDES, type Side } from '../rig';
import type { Skeleton } from '../skeleton';
import { makeArmRotations, retargetArm, type ArmRotations, type ArmView } from './arm';
import { retargetHead } from './head';
import { makeFingerRotations, retargetHand } from './hand';
import { POSE_LANDMARK } from '../../landmarks/holistic-names';
import { readPoint } from './observe';

export interface RetargetOptions {
  /** Image width / height of the recording (x and MediaPipe's z are in widths, y in heights). */
  readonly aspect: number;
  readonly fps: number;
  /** What the clip's single timeline entry says: the gloss and where it came from. */
  readonly gloss: string;
  readonly source: string;
  /**
   * Camera to the signer's shoulders, in the signer's shoulder widths, when known: perspective is
   * then undone (a hand near the camera looks bigger and farther out). Default: a distant camera
   * (weak perspective), as signing videos are usually shot.
   */
  readonly cameraDistance?: number;
}

/**
 * Fewer frames than this with both shoulders and the signing arm, and the recording is not
 * retargeted: there is no body to measure or no arm to move.
 */
const MIN_BODY_FRAMES = 1;

const BONE = new Map<string, number>(CLIP_BONES.map((b, i) => [b, i]));
const slot = (name: string): number => BONE.get(name)!;

/**
 * Metres on the avatar per unit of the recording: the avatar's shoulder width over the signer's,
 * the median over frames (one scale per recording: per-frame scales would breathe as the signer
 * turns). NaN when no frame shows both shoulders.
 */
export function recordingScale(
  frames: readonly Float32Array[],
  aspect: number,
  sk: Skeleton,
): number {
  const l = vec3();
  const r = vec3();
  const widths: number[] = [];
  for (const f of frames) {
    if (!readPoint(f, 'pose', POSE_LANDMARK.LEFT_SHOULDER, aspect, l)) continue;
    if (!readPoint(f, 'pose', POSE_LANDMARK.RIGHT_SHOULDER, aspect, r)) continue;
    const w = Math.hypot(l[0] - r[0], l[1] - r[1]);
    if (w > 0) widths.push(w);
  }
  if (widths.length < MIN_BODY_FRAMES) return Number.NaN;
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)]!;
  return distance3(sk.bones.leftUpperArm, sk.bones.rightUpperArm) / median;
}

interface SideState {
  readonly arm: ArmRotations;
  readonly hand: Quat;
  readonly fingers: Quat[];
  armSeen: boolean;
  handSeen: boolean;
}

/**
 * A recorded Holistic landmark sequence as a motion clip on the avatar `sk`: the same Clip the
 * SiGML engine makes (normalized-rig rotations), so the player, the transitions and the `.pose`
 * export need nothing special. Arms from shoulder–elbow–wrist (arm.ts), hands and fingers from
 * the 21 hand points (hand.ts), neck and head from the face mesh (head.ts); spine, chest and
 * clavicles stay at rest and expressions at zero. A part missing from a frame keeps its last
 * pose (before it is first seen: the rest pose, arms down). Throws when no frame shows both
 * shoulders.
 */
export function retargetFrames(
  frames: readonly Float32Array[],
  sk: Skeleton,
  opts: RetargetOptions,
): Clip {
  const scale = recordingScale(frames, opts.aspect, sk);
  if (!Number.isFinite(scale)) {
    throw new RangeError(
      `recording of "${opts.gloss}" (${opts.source}): none of its ${frames.length} frames shows both shoulders (pose points 11 and 12), so it cannot be scaled onto the avatar`,
    );
  }
  const n = Math.max(1, frames.length);
  const timeline: TimelineEntry[] = [
    { gloss: opts.gloss, start: 0, end: (n - 1) / opts.fps, source: opts.source },
  ];
  const clip = allocateClip(opts.fps, n, timeline);
  const state = {} as Record<Side, SideState>;
  for (const side of SIDES) {
    state[side] = {
      arm: makeArmRotations(),
      hand: quat(),
      fingers: makeFingerRotations(),
      armSeen: false,
      handSeen: false,
    };
    // Before the arm is seen: hanging at the side (a T-pose would fling the arms out).
    const s = state[side];
    const down = side === 'left' ? -1 : 1;
    s.arm.upperArm.splice(0, 4, 0, 0, down * Math.SQRT1_2, Math.SQRT1_2);
  }
  const shoulderWidth = distance3(sk.bones.leftUpperArm, sk.bones.rightUpperArm);
  const view: ArmView = {
    metresPerUnit: scale,
    axis: [opts.aspect / 2, -0.5, 0],
    cameraDistance: (opts.cameraDistance ?? Number.NaN) * shoulderWidth,
  };
  const neck = quat();
  const head = quat();
  const obs = { shoulder: vec3(), elbow: vec3(), wrist: vec3() };
  frames.forEach((frame, f) => {
    retargetHead(frame, opts.aspect, neck, head);
    for (const side of SIDES) {
      const s = state[side];
      if (retargetHand(sk, side, frame, opts.aspect, s.hand, s.fingers)) s.handSeen = true;
      if (readArm(frame, side, opts.aspect, obs)) {
        retargetArm(sk, side, obs, view, s.hand, s.arm);
        s.armSeen = true;
      }
    }
    writeFrame(clip, f, neck, head, state);
  });
  return clip;
}

function readArm(
  frame: Float32Array,
  side: Side,
  aspect: number,
  out: { shoulder: Vec3; elbow: Vec3; wrist: Vec3 },
): boolean {
  const p = side === 'left' ? 'LEFT' : 'RIGHT';
  return (
    readPoint(frame, 'pose', POSE_LANDMARK[`${p}_SHOULDER`], aspect, out.shoulder) &&
    readPoint(frame, 'pose', POSE_LANDMARK[`${p}_ELBOW`], aspect, out.elbow) &&
    readPoint(frame, 'pose', POSE_LANDMARK[`${p}_WRIST`], aspect, out.wrist)
  );
}

function put(clip: Clip, f: number, bone: string, q: ArrayLike<number>): void {
  const o = f * ROTATION_STRIDE + slot(bone) * 4;
  for (let k = 0; k < 4; k++) clip.rotations[o + k] = q[k]!;
}

function writeFrame(
  clip: Clip,
  f: number,
  neck: Quat,
  head: Quat,
  state: Record<Side, SideState>,
): void {
  put(clip, f, 'neck', neck);
  put(clip, f, 'head', head);
  for (const side of SIDES) {
    const s = state[side];
    put(clip, f, `${side}UpperArm`, s.arm.upperArm);
    if (s.armSeen) {
      put(clip, f, `${side}LowerArm`, s.arm.lowerArm);
      put(clip, f, `${side}Hand`, s.arm.hand);
    }
    const names = side === 'left' ? FINGER_BONES_LEFT : FINGER_BONES_RIGHT;
    if (s.handSeen) names.forEach((b, j) => put(clip, f, b, s.fingers[j]!));
  }
}
