import { HAND_JOINTS, type HandModel, type HandPose } from '../hand';
import {
  applyEasing,
  axisAngleQ,
  copyQ,
  cross3,
  mirrorQ,
  mulQ,
  normalize3,
  quat,
  slerpQ,
  sub3,
  vec3,
  type Quat,
  type Vec3,
} from '../math';
import { PALMAR } from '../hand';
import { pathOffset, type Segment, type WristSpec } from '../plan';
import type { Side } from '../rig';

/** A hand's state from its track at one instant, before placing and IK (scratch, reused). */
export interface TrackSample {
  seg: Segment | null;
  /** Eased progress through the segment. */
  e: number;
  readonly shape: HandPose;
  /** Hand rotation in the body's rest frame. */
  readonly rot: Quat;
  /** Path deviation from the chord, body rest frame. */
  readonly path: Vec3;
}

export function makeTrackSample(): TrackSample {
  return {
    seg: null,
    e: 0,
    shape: Array.from({ length: HAND_JOINTS }, () => quat()),
    rot: quat(),
    path: vec3(),
  };
}

/** Finds the segment at time t, starting from the cursor (time only moves forward). */
export class TrackCursor {
  private i = 0;
  constructor(readonly segments: readonly Segment[]) {}

  at(t: number): Segment | null {
    const s = this.segments;
    if (s.length === 0) return null;
    if (this.i >= s.length || s[this.i]!.t0 > t) this.i = 0;
    while (this.i < s.length - 1 && s[this.i]!.t1 <= t) this.i++;
    return s[this.i]!;
  }
}

const flexAxisCache = new WeakMap<HandModel, Vec3[]>();
function flexAxes(model: HandModel): Vec3[] {
  let axes = flexAxisCache.get(model);
  if (!axes) {
    axes = [];
    for (let f = 0; f < 5; f++) {
      const dir = normalize3(vec3(), sub3(vec3(), model.joints[f * 3 + 1]!, model.joints[f * 3]!));
      axes.push(normalize3(vec3(), cross3(vec3(), dir, PALMAR)));
    }
    flexAxisCache.set(model, axes);
  }
  return axes;
}

/** Wrist oscillation axes in the canonical (right) hand frame. */
const FLEX_AXIS: [number, number, number] = [0, 0, 1];
const DEVIATION_AXIS: [number, number, number] = [0, 1, 0];
const TWIST_AXIS: [number, number, number] = [-1, 0, 0];

const qa = quat();
const qb = quat();
const qosc = quat();

function wristOscillation(w: WristSpec, s: number, side: Side, out: Quat): Quat {
  const ph = 2 * Math.PI * w.cycles * s;
  switch (w.axis) {
    case 'flex':
      axisAngleQ(out, FLEX_AXIS, w.amp * Math.sin(ph));
      break;
    case 'deviation':
      axisAngleQ(out, DEVIATION_AXIS, w.amp * Math.sin(ph));
      break;
    case 'twist':
      axisAngleQ(out, TWIST_AXIS, w.amp * Math.sin(ph));
      break;
    case 'stir':
      axisAngleQ(qa, FLEX_AXIS, w.amp * Math.sin(ph));
      axisAngleQ(qb, DEVIATION_AXIS, w.sense * w.amp * (Math.cos(ph) - 1));
      mulQ(out, qa, qb);
      break;
  }
  return side === 'left' ? mirrorQ(out, out) : out;
}

/** Evaluates a track at time t: shape, body-frame rotation and path deviation. */
export function sampleTrack(
  cursor: TrackCursor,
  t: number,
  model: HandModel,
  side: Side,
  out: TrackSample,
): void {
  const seg = cursor.at(t);
  out.seg = seg;
  if (!seg) return;
  const span = seg.t1 - seg.t0;
  const s = span > 0 ? Math.min(1, Math.max(0, (t - seg.t0) / span)) : 1;
  const e = applyEasing(seg.ease, s);
  out.e = e;
  for (let i = 0; i < HAND_JOINTS; i++)
    slerpQ(out.shape[i]!, seg.from.shape[i]!, seg.to.shape[i]!, e);
  slerpQ(out.rot, seg.from.rot, seg.to.rot, e);
  if (seg.wrist) {
    wristOscillation(seg.wrist, s, side, qosc);
    mulQ(out.rot, out.rot, qosc);
  }
  if (seg.fingerPlay) {
    const fp = seg.fingerPlay;
    const axes = flexAxes(model);
    for (let k = 0; k < fp.fingers.length; k++) {
      const f = fp.fingers[k]!;
      // Each finger a fraction of a cycle behind the previous; faded in and out with the segment.
      const phase = (2 * Math.PI * k) / Math.max(1, fp.fingers.length);
      const a =
        fp.amp * 0.5 * (1 - Math.cos(2 * Math.PI * fp.cycles * s - phase)) * Math.sin(Math.PI * s);
      const axis = axes[f]!;
      axisAngleQ(qa, axis, a);
      mulQ(out.shape[f * 3]!, out.shape[f * 3]!, qa);
      axisAngleQ(qa, axis, a * 0.6);
      mulQ(out.shape[f * 3 + 1]!, out.shape[f * 3 + 1]!, qa);
    }
  }
  if (seg.path) pathOffset(seg.path, seg.reversed ? 1 - e : e, out.path);
  else {
    out.path[0] = 0;
    out.path[1] = 0;
    out.path[2] = 0;
  }
}

/** Writes a hand pose's local rotations for a side (mirrored for the left hand). */
export function sidePose(pose: HandPose, side: Side, out: Quat[]): void {
  for (let i = 0; i < HAND_JOINTS; i++) {
    if (side === 'left') mirrorQ(out[i]!, pose[i]!);
    else copyQ(out[i]!, pose[i]!);
  }
}
