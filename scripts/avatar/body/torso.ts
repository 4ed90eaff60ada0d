/** Torso (top over trousers) and neck: lofts along the spine with smooth spine weights. */
import type { Part, Weights } from '../geometry/mesh';
import { loft, type Ring } from '../geometry/loft';
import { splitByMaterial } from '../geometry/split';
import { chainWeights, mix, single, type ChainJoint } from '../geometry/weights';
import { smoothstep, type V3 } from '../geometry/vec';
import { REST } from '../rig';

/** Where the top's hem meets the trousers (m above the ground). */
const HEM_Y = 0.975;

const SPINE: ChainJoint[] = [
  { bone: 'hips', at: 0, blend: 0 },
  { bone: 'spine', at: REST.spine[1], blend: 0.04 },
  { bone: 'chest', at: REST.chest[1], blend: 0.05 },
  { bone: 'upperChest', at: REST.upperChest[1], blend: 0.05 },
];

/** Cross-sections bottom to top: height, half width, half depth, depth centre. */
const PROFILE: ReadonlyArray<readonly [number, number, number, number]> = [
  [0.84, 0.125, 0.088, 0.0],
  [0.88, 0.146, 0.097, 0.0],
  [0.935, 0.149, 0.098, 0.0],
  [0.99, 0.139, 0.092, 0.002],
  [1.05, 0.129, 0.088, 0.004],
  [1.12, 0.133, 0.094, 0.006],
  [1.19, 0.14, 0.099, 0.008],
  [1.25, 0.142, 0.099, 0.004],
  [1.3, 0.138, 0.093, -0.004],
  [1.34, 0.134, 0.084, -0.01],
  [1.365, 0.124, 0.077, -0.013],
  [1.385, 0.1, 0.07, -0.015],
  [1.408, 0.064, 0.061, -0.014],
];

function torsoWeights(p: V3): Weights {
  const side = p[0] >= 0 ? 'left' : 'right';
  const ax = Math.abs(p[0]);
  const spine = chainWeights(SPINE, p[1]);
  // Shoulder tops follow the shoulder and a little of the upper arm when the arms move.
  const shoulder = smoothstep(0.05, 0.13, ax) * smoothstep(1.2, 1.3, p[1]) * 0.65;
  const arm = smoothstep(0.11, 0.15, ax) * smoothstep(1.27, 1.34, p[1]) * 0.05;
  // Hips near the leg sockets follow the thighs a little.
  const leg = smoothstep(0.93, 0.84, p[1]) * smoothstep(0.02, 0.1, ax) * 0.5;
  return mix(
    [spine, 1 - shoulder - arm - leg],
    [single(`${side}Shoulder`), shoulder],
    [single(`${side}UpperArm`), arm],
    [single(`${side}UpperLeg`), leg],
  );
}

export function torso(): Part[] {
  const rings: Ring[] = PROFILE.map(([y, rx, rz, cz]) => ({
    center: [0, y, cz],
    u: [0, 0, 1],
    v: [1, 0, 0],
    ru: rz,
    rv: rx,
    exponent: 2.4,
    weights: torsoWeights,
  }));
  const body = loft(rings, {
    name: 'torso',
    material: 'top',
    segments: 44,
    capStart: 0.03,
    capEnd: 0.008,
  });
  return splitByMaterial(body, (c) => (c[1] < HEM_Y ? 'trousers' : 'top'));
}

const NECK: ChainJoint[] = [
  { bone: 'upperChest', at: 0, blend: 0 },
  { bone: 'neck', at: REST.neck[1], blend: 0.03 },
  { bone: 'head', at: REST.head[1], blend: 0.03 },
];

export function neck(): Part {
  const rows: ReadonlyArray<readonly [number, number, number, number]> = [
    [1.37, 0.055, 0.052, -0.016],
    [1.41, 0.051, 0.05, -0.014],
    [1.44, 0.049, 0.049, -0.01],
    [1.47, 0.048, 0.047, -0.004],
    [1.49, 0.044, 0.04, 0.002],
  ];
  const rings: Ring[] = rows.map(([y, rx, rz, cz]) => ({
    center: [0, y, cz],
    u: [0, 0, 1],
    v: [1, 0, 0],
    ru: rz,
    rv: rx,
    weights: (p: V3) => chainWeights(NECK, p[1]),
  }));
  return loft(rings, { name: 'neck', material: 'skin', segments: 24 });
}
