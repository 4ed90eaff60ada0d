/**
 * Left hand: a rounded palm with a thenar pad, and five fingers whose segments follow their
 * bones (weights blend only within a few millimetres of each joint, so handshapes read
 * clearly), each with a nail on its back so the viewer sees which way the finger faces.
 */
import { FINGERS, fingerBones, type Finger, type HumanBoneName } from '../../../src/shared/avatar';
import { computeNormals, type Part, type Weights } from '../geometry/mesh';
import { gridTriangles } from '../geometry/grid';
import { loft, ringPoint, sectionFrame, type Ring } from '../geometry/loft';
import { chainWeights, mix, single, type ChainJoint } from '../geometry/weights';
import { add, addScaled, dot, length, normalize, smoothstep, sub, type V3 } from '../geometry/vec';
import { HAND, REST, leftFingerJoints } from '../rig';

const W = REST.leftHand;
const local = (p: V3): V3 => sub(p, W);
const LONG_FINGERS = ['Index', 'Middle', 'Ring', 'Little'] as const;
/** How far (m) skin on either side of a finger joint blends between the two bones. */
const JOINT_BLEND: readonly [number, number, number] = [0.006, 0.0042, 0.0036];
/** Nail offset above the finger surface (m): enough to never sink into the skin. */
const NAIL_LIFT = 0.00035;

function distanceToSegment(p: V3, a: V3, b: V3): number {
  const ab = sub(b, a);
  const t = Math.max(0, Math.min(1, dot(sub(p, a), ab) / dot(ab, ab)));
  return length(sub(p, addScaled(a, ab, t)));
}

function palmWeights(p: V3): Weights {
  const q = local(p);
  const knuckle = smoothstep(0.06, 0.09, q[0]) * 0.65;
  const lanes = LONG_FINGERS.map((f) => Math.exp(-(((q[2] - HAND.knuckle[f][2]) / 0.0095) ** 2)));
  const laneSum = lanes.reduce((s, x) => s + x, 0) || 1;
  const [t0, t1] = leftFingerJoints('Thumb');
  const thenar = Math.exp(-((distanceToSegment(p, t0 as V3, t1 as V3) / 0.016) ** 2)) * 0.55;
  const terms: Array<readonly [Weights, number]> = [[single('leftHand'), 1 - knuckle - thenar]];
  LONG_FINGERS.forEach((f, i) => {
    const bone = fingerBones('left', f)[0] as HumanBoneName;
    terms.push([single(bone), (knuckle * (lanes[i] as number)) / laneSum]);
  });
  terms.push([single('leftThumbMetacarpal'), thenar]);
  return mix(...terms);
}

/** Palm sections from the wrist to the knuckles: offset, half width, half thickness, z, y. */
const PALM: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [-0.006, 0.029, 0.018, 0.0, 0.0],
  [0.014, 0.034, 0.019, 0.002, -0.001],
  [0.034, 0.039, 0.0175, 0.001, -0.002],
  [0.054, 0.041, 0.016, 0.0, -0.002],
  [0.071, 0.041, 0.0142, 0.0, -0.001],
  [0.08, 0.039, 0.0125, 0.0, 0.0],
];

function palm(): Part {
  const rings: Ring[] = PALM.map(([x, hz, hy, z, y]) => ({
    center: add(W, [x, y, z]),
    u: [0, 0, -1],
    v: [0, 1, 0],
    ru: hz,
    rv: hy,
    exponent: 3,
    weights: palmWeights,
  }));
  return loft(rings, {
    name: 'leftPalm',
    material: 'skin',
    segments: 28,
    capEnd: 0.009,
    capRings: 3,
  });
}

interface FingerShape {
  readonly joints: V3[];
  readonly axis: V3;
  readonly up: V3;
  readonly ringAt: (s: number) => Ring;
  readonly length: number;
}

function fingerShape(finger: Finger): FingerShape {
  const joints = leftFingerJoints(finger);
  const [j0, j1, j2, tip] = joints as [V3, V3, V3, V3];
  const axis = normalize(sub(tip, j0));
  // VRM T-pose: nails face +Y, except the thumb, rolled 90° so its nail faces forward-inwards.
  const up: V3 = finger === 'Thumb' ? normalize([-1, 0, 1]) : [0, 1, 0];
  const { u, v } = sectionFrame(axis, up);
  const l1 = length(sub(j1, j0));
  const l2 = l1 + length(sub(j2, j1));
  const total = length(sub(tip, j0));
  const bones = fingerBones('left', finger);
  const chain: ChainJoint[] = [
    { bone: 'leftHand', at: -1, blend: 0 },
    { bone: bones[0] as HumanBoneName, at: 0, blend: JOINT_BLEND[0] },
    { bone: bones[1] as HumanBoneName, at: l1, blend: JOINT_BLEND[1] },
    { bone: bones[2] as HumanBoneName, at: l2, blend: JOINT_BLEND[2] },
  ];
  const r0 = HAND.radius[finger];
  const thumb = finger === 'Thumb';
  const ringAt = (s: number): Ring => {
    // Slight taper to the tip, small bulges at the knuckles.
    const taper = 1 - (0.16 * Math.max(0, s)) / total;
    const bulge =
      1 + 0.05 * (Math.exp(-(((s - l1) / 0.004) ** 2)) + Math.exp(-(((s - l2) / 0.0035) ** 2)));
    const r = r0 * taper * bulge;
    // The thumb's metacarpal is the thenar pad: wide towards the palm centre (−v) and sunk into it.
    const pad = thumb ? 1 - smoothstep(0, l1 * 1.05, s) : 0;
    return {
      center: addScaled(addScaled(j0, axis, s), v, -r * 0.85 * pad),
      u,
      v,
      ru: r * (1 + 0.35 * pad),
      rv: r * (thumb ? 0.92 : 0.86) * (1 + 1.1 * pad),
      exponent: 2.2,
      weights: (p: V3) => chainWeights(chain, dot(sub(p, j0), axis)),
    };
  };
  return { joints, axis, up, ringAt, length: total };
}

function fingerTube(finger: Finger): Part {
  const shape = fingerShape(finger);
  const [j0, j1, j2] = shape.joints as [V3, V3, V3];
  const l1 = length(sub(j1, j0));
  const l2 = l1 + length(sub(j2, j1));
  const capLength = HAND.radius[finger] * 0.8;
  const end = shape.length - capLength;
  const start = finger === 'Thumb' ? -0.016 : -0.014;
  const stations = [
    start,
    -0.005,
    0.004,
    l1 * 0.5,
    l1 - 0.004,
    l1,
    l1 + 0.004,
    (l1 + l2) / 2,
    l2 - 0.0035,
    l2,
    l2 + 0.0035,
    (l2 + end) / 2,
    end,
  ];
  return loft(
    stations.map((s) => shape.ringAt(s)),
    { name: `left${finger}`, material: 'skin', segments: 14, capEnd: capLength, capRings: 3 },
  );
}

/** A nail: a patch on the back of the last segment, lifted slightly off the skin. */
function nail(finger: Finger): Part {
  const shape = fingerShape(finger);
  const capLength = HAND.radius[finger] * 0.8;
  const end = shape.length - capLength;
  const rows = 5;
  const cols = 7;
  const nailLength = HAND.segments[finger][2] * 0.52;
  const halfAngle = 0.62;
  const positions: V3[] = [];
  const weights: Weights[] = [];
  for (let i = 0; i < rows; i++) {
    const s = end - nailLength + (i / (rows - 1)) * (nailLength + capLength * 0.25);
    const ring = shape.ringAt(Math.min(s, end));
    // Past the last ring the nail follows the cap's curve down towards the tip.
    const overshoot = Math.max(0, s - end) / capLength;
    for (let j = 0; j < cols; j++) {
      const theta = Math.PI / 2 - halfAngle + (j / (cols - 1)) * 2 * halfAngle;
      const p = ringPoint(ring, theta, 1.0);
      const capped = addScaled(p, shape.axis, overshoot * capLength * 0.9);
      const n = normalize(sub(p, ring.center));
      positions.push(addScaled(addScaled(capped, n, NAIL_LIFT), n, -overshoot * 0.0015));
      weights.push(typeof ring.weights === 'function' ? ring.weights(p) : ring.weights);
    }
  }
  // Rows run along the finger and columns around it (θ), so the grid already faces outwards.
  const triangles = gridTriangles(rows, cols);
  return {
    name: `left${finger}Nail`,
    material: 'nails',
    positions,
    normals: computeNormals(positions, triangles),
    weights,
    triangles,
  };
}

export function leftHand(): Part[] {
  return [palm(), ...FINGERS.map(fingerTube), ...FINGERS.map(nail)];
}
