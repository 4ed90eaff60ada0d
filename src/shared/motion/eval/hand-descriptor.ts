import { COMPONENTS, VALUES_PER_POINT } from '../../landmarks/layout';

export const HAND_COMPONENTS = ['leftHand', 'rightHand'] as const;
export type HandComponent = (typeof HAND_COMPONENTS)[number];

/** Per finger (thumb first), its base point then the three points out to the tip. */
const FINGER_POINTS: readonly (readonly [number, number, number, number])[] = [
  [1, 2, 3, 4],
  [5, 6, 7, 8],
  [9, 10, 11, 12],
  [13, 14, 15, 16],
  [17, 18, 19, 20],
];
/** MediaPipe's depth is noisier than x and y: its share of a finger's direction is damped. */
const DEPTH_WEIGHT = 0.5;
export const DESCRIPTOR_LENGTH = FINGER_POINTS.length * 4;

/**
 * A handshape-and-orientation descriptor of one hand in one Holistic frame, per finger: how
 * extended it is (base-to-tip distance over the length of its three segments: 1 = straight,
 * small = curled) and the unit direction from its base to its tip (x scaled by the image aspect
 * so units are isotropic; depth damped). Scale- and position-free, and robust to how differently
 * a landmark model and a skeleton place the joints of a closed finger. `mirror` flips x, to
 * compare a left hand with right-hand references. null when the hand is not detected.
 */
export function handDescriptor(
  frame: Float32Array,
  component: HandComponent,
  aspect: number,
  mirror = false,
): Float64Array | null {
  const base = COMPONENTS[component].offset * VALUES_PER_POINT;
  const sx = (mirror ? -1 : 1) * aspect;
  const x = (i: number): number => frame[base + i * VALUES_PER_POINT]! * sx;
  const y = (i: number): number => frame[base + i * VALUES_PER_POINT + 1]!;
  const z = (i: number): number => frame[base + i * VALUES_PER_POINT + 2]! * aspect;
  const seg = (a: number, b: number): number => Math.hypot(x(b) - x(a), y(b) - y(a), z(b) - z(a));
  const d = new Float64Array(DESCRIPTOR_LENGTH);
  for (let f = 0; f < FINGER_POINTS.length; f++) {
    const [p0, p1, p2, tip] = FINGER_POINTS[f]!;
    const length = seg(p0, p1) + seg(p1, p2) + seg(p2, tip);
    const dx = x(tip) - x(p0);
    const dy = y(tip) - y(p0);
    const dz = z(tip) - z(p0);
    const reach = Math.hypot(dx, dy, dz);
    if (!(length > 1e-9) || !(reach > 1e-9)) return null;
    d[f * 4] = reach / length;
    d[f * 4 + 1] = dx / reach;
    d[f * 4 + 2] = dy / reach;
    d[f * 4 + 3] = (DEPTH_WEIGHT * dz) / reach;
  }
  for (const v of d) if (!Number.isFinite(v)) return null;
  return d;
}

/** Fraction of the detected frames, centred, that count as the hand's held posture. */
const HELD_FRACTION = 0.4;

/**
 * The held handshape of a clip: the mean descriptor over the middle part of the frames where the
 * hand is detected (a fingerspelled letter is held in the middle of its recording).
 */
export function heldDescriptor(
  frames: readonly Float32Array[],
  component: HandComponent,
  aspect: number,
  mirror = false,
): Float64Array | null {
  const ds = frames
    .map((f) => handDescriptor(f, component, aspect, mirror))
    .filter((d): d is Float64Array => d !== null);
  if (ds.length === 0) return null;
  const n = Math.max(1, Math.round(ds.length * HELD_FRACTION));
  const start = Math.floor((ds.length - n) / 2);
  const mean = new Float64Array(DESCRIPTOR_LENGTH);
  for (let i = start; i < start + n; i++)
    for (let k = 0; k < DESCRIPTOR_LENGTH; k++) mean[k]! += ds[i]![k]! / n;
  return mean;
}

/** Which hand signs in a clip: the one detected most often, ties to the higher (smaller y) one. */
export function activeHand(frames: readonly Float32Array[]): HandComponent {
  let best: HandComponent = 'rightHand';
  let bestScore = -Infinity;
  for (const c of HAND_COMPONENTS) {
    const base = COMPONENTS[c].offset * VALUES_PER_POINT;
    let n = 0;
    let y = 0;
    for (const f of frames) {
      if (Number.isFinite(f[base]!)) {
        n++;
        y += f[base + 1]!;
      }
    }
    const score = n - (n > 0 ? y / n : 0);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
